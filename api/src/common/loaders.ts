import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { PartnerEntity } from '../partner/entities/partner.entity.js';

/** DataLoaders built per request, so nested fields cost one query per kind, not per row. */
export function createLoaders(db: DataSource) {
  return {
    partner: new DataLoader<string, PartnerEntity | null>(async (ids) => {
      const rows = await db.getRepository(PartnerEntity).find({ where: { id: In([...ids]) } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
