import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { ProgrammeDefinition } from '@beacon/domain';
import { AppError, badInput, conflict, notFound } from '../common/errors.js';
import { ProgrammeEntity } from './entities/programme.entity.js';
import { ProgrammeVersionEntity } from './entities/programme-version.entity.js';
import type { ProgrammeDefinitionInput } from './dto/programme-definition.input.js';
import { publishProblems, toDefinition, validateDefinition } from './programme-definition.util.js';
import { programmeErrors } from './programme.errors.js';

/**
 * Who is looking: the certifying body edits drafts; partner administrators choose from the
 * catalogue of published programmes and only ever see what was published.
 */
export type ProgrammeAudience = 'admin' | 'catalogue';

/** A programme with its latest published version (null until first published). */
export interface ProgrammeView {
  programme: ProgrammeEntity;
  latest: ProgrammeVersionEntity | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Published versions kept in memory at most (there are a few per programme). */
const VERSION_CACHE_SIZE = 1000;

@Injectable()
export class ProgrammeService {
  // a published version never changes (nothing updates programme_version), so once read it is kept:
  // every cohort, roster, gradebook and learner home needs its cohort's definition
  private readonly versionCache = new Map<string, ProgrammeVersionEntity>();

  constructor(private readonly db: DataSource) {}

  /** Published versions by id, read from the database once per process; treat them as read-only. */
  async versionsById(ids: readonly string[], db: DataSource | EntityManager = this.db): Promise<Map<string, ProgrammeVersionEntity>> {
    const found = new Map<string, ProgrammeVersionEntity>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const v = this.versionCache.get(id);
      if (v) found.set(id, v);
      else missing.push(id);
    }
    if (missing.length) {
      const rows = await db.getRepository(ProgrammeVersionEntity).find({ where: { id: In(missing) } });
      if (this.versionCache.size + rows.length > VERSION_CACHE_SIZE) this.versionCache.clear();
      for (const v of rows) {
        this.versionCache.set(v.id, v);
        found.set(v.id, v);
      }
    }
    return found;
  }

  /** One page of programmes by code; the catalogue holds only those published at least once. */
  async list(audience: ProgrammeAudience, first: number, offset: number): Promise<ProgrammeView[]> {
    const qb = this.db.getRepository(ProgrammeEntity).createQueryBuilder('p').orderBy('p.code', 'ASC').limit(first).offset(offset);
    if (audience === 'catalogue') qb.where('EXISTS (SELECT 1 FROM programme_version v WHERE v.programme_id = p.id)');
    const programmes = await qb.getMany();
    const latest = await this.latestVersions(programmes.map((p) => p.id));
    return programmes.map((programme) => ({ programme, latest: latest.get(programme.id) ?? null }));
  }

  /** A programme outside the audience's view (an unpublished one for the catalogue) is not found. */
  async get(audience: ProgrammeAudience, id: string): Promise<ProgrammeView> {
    const programme = UUID.test(id) ? await this.db.getRepository(ProgrammeEntity).findOne({ where: { id } }) : null;
    if (!programme) throw notFound('Programme');
    const latest = await this.latestVersion(id);
    if (audience === 'catalogue' && !latest) throw notFound('Programme');
    return { programme, latest };
  }

  /** Creates a programme with the definition as its draft; nothing is published yet. */
  async create(input: ProgrammeDefinitionInput | ProgrammeDefinition): Promise<ProgrammeView> {
    const definition = toDefinition(await validateDefinition(input));
    const programme = await insertProgramme(this.db.manager, definition);
    return this.get('admin', programme.id);
  }

  /**
   * Replaces the draft. Published versions stay as they were: cohorts keep the version they
   * pinned until the programme is published again.
   */
  async updateDraft(id: string, input: ProgrammeDefinitionInput | ProgrammeDefinition): Promise<ProgrammeView> {
    const definition = toDefinition(await validateDefinition(input));
    await this.get('admin', id);
    try {
      await this.db.getRepository(ProgrammeEntity).update({ id }, { code: definition.code, title: definition.title, draft: definition });
    } catch (e) {
      throw codeTaken(e, definition.code);
    }
    return this.get('admin', id);
  }

  /**
   * Publishes the draft as the next version. The programme row is locked for the transaction,
   * so simultaneous publishes queue up and each gets its own next number.
   */
  async publish(id: string, publishedById: string | null): Promise<ProgrammeVersionEntity> {
    if (!UUID.test(id)) throw notFound('Programme');
    return this.db.transaction(async (tx) => {
      const programme = await tx.getRepository(ProgrammeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!programme) throw notFound('Programme');
      return insertVersion(tx, programme, publishedById);
    });
  }

  async latestVersion(programmeId: string): Promise<ProgrammeVersionEntity | null> {
    if (!UUID.test(programmeId)) return null;
    return this.db.getRepository(ProgrammeVersionEntity).findOne({ where: { programmeId }, order: { version: 'DESC' } });
  }

  /**
   * The version a new cohort pins: the latest published one. NOT_FOUND when the programme
   * does not exist or has never been published.
   */
  async latestPublishedVersion(programmeId: string): Promise<ProgrammeVersionEntity> {
    const latest = await this.latestVersion(programmeId);
    if (latest) return latest;
    const exists = UUID.test(programmeId) && (await this.db.getRepository(ProgrammeEntity).exists({ where: { id: programmeId } }));
    if (!exists) throw notFound('Programme');
    throw new AppError('NOT_FOUND', programmeErrors.notPublished);
  }

  async getVersion(id: string): Promise<ProgrammeVersionEntity> {
    const version = UUID.test(id) ? await this.db.getRepository(ProgrammeVersionEntity).findOne({ where: { id } }) : null;
    if (!version) throw notFound('Programme version');
    return version;
  }

  /** Every published version of each programme, newest first, in one query (for DataLoaders). */
  async versionsOf(programmeIds: readonly string[]): Promise<Map<string, ProgrammeVersionEntity[]>> {
    const byProgramme = new Map<string, ProgrammeVersionEntity[]>(programmeIds.map((id) => [id, []]));
    if (programmeIds.length === 0) return byProgramme;
    const rows = await this.db
      .getRepository(ProgrammeVersionEntity)
      .find({ where: { programmeId: In([...programmeIds]) }, order: { version: 'DESC' } });
    for (const v of rows) byProgramme.get(v.programmeId)?.push(v);
    return byProgramme;
  }

  /** The latest version of each programme, in one query. */
  async latestVersions(programmeIds: readonly string[]): Promise<Map<string, ProgrammeVersionEntity>> {
    if (programmeIds.length === 0) return new Map();
    const rows = await this.db
      .getRepository(ProgrammeVersionEntity)
      .createQueryBuilder('v')
      .distinctOn(['v.programme_id'])
      .where('v.programme_id IN (:...ids)', { ids: [...programmeIds] })
      .orderBy('v.programme_id')
      .addOrderBy('v.version', 'DESC')
      .getMany();
    return new Map(rows.map((v) => [v.programmeId, v]));
  }

  /**
   * Creates a programme and publishes its definition as version 1 in one go, for demo data and
   * set-up scripts. The definition is checked like an admin's input and must be publishable;
   * ids it carries are kept. Runs in its own transaction, or within the caller's when given
   * an EntityManager of a transaction.
   */
  static async createWithFirstVersion(
    db: DataSource | EntityManager,
    definition: ProgrammeDefinition,
    opts: { publishedById?: string | null } = {},
  ): Promise<{ programme: ProgrammeEntity; version: ProgrammeVersionEntity }> {
    const checked = toDefinition(await validateDefinition(definition));
    const manager = db instanceof DataSource ? db.manager : db;
    return manager.transaction(async (tx) => {
      const programme = await insertProgramme(tx, checked);
      const version = await insertVersion(tx, programme, opts.publishedById ?? null);
      return { programme, version };
    });
  }
}

async function insertProgramme(manager: EntityManager, definition: ProgrammeDefinition): Promise<ProgrammeEntity> {
  const repo = manager.getRepository(ProgrammeEntity);
  try {
    return await repo.save(repo.create({ code: definition.code, title: definition.title, draft: definition }));
  } catch (e) {
    throw codeTaken(e, definition.code);
  }
}

/** Call with the programme row locked (or just created) in the transaction of `tx`. */
async function insertVersion(tx: EntityManager, programme: ProgrammeEntity, publishedById: string | null): Promise<ProgrammeVersionEntity> {
  const problems = publishProblems(programme.draft);
  if (problems.length) {
    throw badInput(programmeErrors.cannotPublish.with({ code: programme.code, problems: problems.join('; ') }), { problems });
  }
  const [{ next }] = await tx.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM programme_version WHERE programme_id = $1`, [
    programme.id,
  ]);
  const repo = tx.getRepository(ProgrammeVersionEntity);
  const saved = await repo.save(repo.create({ programmeId: programme.id, version: next, definition: programme.draft, publishedById }));
  return repo.findOneOrFail({ where: { id: saved.id } });
}

/** The database's unique code rule, as a message naming the code. */
function codeTaken(e: unknown, code: string): unknown {
  const driver = e instanceof QueryFailedError ? (e.driverError as { code?: string; constraint?: string }) : undefined;
  if (driver?.code === '23505' && driver.constraint === 'programme_code_unique') {
    return conflict(programmeErrors.codeTaken.with({ code }));
  }
  return e;
}
