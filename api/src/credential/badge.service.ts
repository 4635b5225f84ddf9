import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { badgePng } from './badge.util.js';

/** Programme badges, rendered once per programme and process (a few ms each) and kept. */
@Injectable()
export class BadgeService {
  private readonly cache = new Map<string, Promise<Buffer | null>>();

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The programme's badge from its latest published version, or null for an unknown programme. */
  png(programmeId: string): Promise<Buffer | null> {
    let png = this.cache.get(programmeId);
    if (!png) {
      png = (async () => {
        const [v]: { code: string; title: string }[] = await this.db.query(
          `SELECT definition ->> 'code' AS code, definition ->> 'title' AS title FROM programme_version WHERE programme_id = $1 ORDER BY version DESC LIMIT 1`,
          [programmeId],
        );
        return v ? badgePng({ code: v.code, title: v.title, issuerName: this.config.BEACON_ISSUER_NAME }) : null;
      })();
      png.catch(() => this.cache.delete(programmeId));
      if (this.cache.size > 1000) this.cache.clear();
      this.cache.set(programmeId, png);
    }
    return png;
  }
}
