import {
  HttpException,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError, notFound } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { QueueService } from '../jobs/queue.service.js';
import { RemoveUnattachedFilesJob } from './jobs/remove-unattached-files.job.js';
import { SubmissionFileEntity } from './entities/submission-file.entity.js';
import { FILE_STORAGE, type FileStorage } from './storage/file-storage.js';
import { extensionOf, MAX_FILE_BYTES, sniffFile } from './file-sniff.util.js';
import { toFileModel } from './grading-models.util.js';
import type { SubmissionFileModel } from './dto/submission.model.js';
import type { ErrorMessage } from '../i18n/error-messages.js';
import { fileErrors } from './grading.errors.js';

export type FileRefusal = 'NO_FILE' | 'FILE_EMPTY' | 'FILE_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED' | 'UPLOAD_QUOTA_EXCEEDED';

const httpStatusOf: Record<FileRefusal, number> = {
  NO_FILE: 400,
  FILE_EMPTY: 400,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  UPLOAD_QUOTA_EXCEEDED: 413,
};

/** A refused upload: BAD_USER_INPUT with a reason clients can branch on, and the fitting HTTP status. */
export class FileRefusedError extends AppError {
  constructor(
    readonly reason: FileRefusal,
    message: ErrorMessage,
  ) {
    super('BAD_USER_INPUT', message, { reason });
  }

  get httpStatus(): number {
    return httpStatusOf[this.reason];
  }
}

export interface IncomingFile {
  stream: Readable;
  originalname: string;
}

/** An upload that no submission refers to after this long is deleted (see removeUnattached). */
export const UNATTACHED_FILE_MAX_AGE_MS = 24 * 60 * 60_000;

/**
 * A staged upload (`*.part`) older than this was left by a process that died mid-upload: an
 * upload in progress writes to its file all along, and one of 10 MB takes seconds, not an hour.
 */
export const STAGED_FILE_MAX_AGE_MS = 60 * 60_000;

const tooLarge = () => new FileRefusedError('FILE_TOO_LARGE', fileErrors.tooLarge.with({ megabytes: MAX_FILE_BYTES / 1024 / 1024 }));

/**
 * Uploads for submissions. A file is streamed to a staging folder while it is counted and
 * hashed, checked (size, then type by its content), and only then moved into storage and
 * recorded; a refused or broken upload leaves nothing behind.
 */
@Injectable()
export class SubmissionFileService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('SubmissionFiles');
  private readonly staging: string;
  private readonly servesHttp: boolean;
  private readonly quotaBytes: number;
  private stagingSweep: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly cohorts: CohortAccessService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly queues: QueueService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.staging = resolve(config.BEACON_DATA_DIR, 'uploads-staging');
    this.servesHttp = config.BEACON_ROLE !== 'worker';
    this.quotaBytes = config.BEACON_UPLOAD_QUOTA_MB * 1024 * 1024;
  }

  onModuleInit(): void {
    this.queues.repeat(RemoveUnattachedFilesJob, () => this.removeUnattached());
  }

  /** The processes that take uploads sweep their staging folder at start and hourly (a worker may not share the folder). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.servesHttp) return;
    const sweep = () => this.removeStaleStaged().catch((e: Error) => this.log.warn(`sweeping ${this.staging} failed: ${e.message}`));
    await sweep();
    this.stagingSweep = setInterval(() => void sweep(), STAGED_FILE_MAX_AGE_MS);
    this.stagingSweep.unref();
  }

  onApplicationShutdown(): void {
    if (this.stagingSweep) clearInterval(this.stagingSweep);
  }

  /** Deletes staged uploads (`*.part`) last written before `maxAgeMs` ago; returns how many. */
  async removeStaleStaged(maxAgeMs = STAGED_FILE_MAX_AGE_MS, now = Date.now()): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.staging);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw e;
    }
    let removed = 0;
    for (const name of names.filter((n) => n.endsWith('.part'))) {
      const path = join(this.staging, name);
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs > maxAgeMs) {
        await rm(path, { force: true });
        removed++;
      }
    }
    return removed;
  }

  async upload(viewer: Viewer, file: IncomingFile | undefined): Promise<SubmissionFileModel> {
    if (!file) throw new FileRefusedError('NO_FILE', fileErrors.noFile);
    const filename = cleanFilename(file.originalname);
    await mkdir(this.staging, { recursive: true });
    const staged = join(this.staging, `${randomUUID()}.part`);
    try {
      const hash = createHash('sha256');
      let size = 0;
      const count = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > MAX_FILE_BYTES) return done(tooLarge());
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(file.stream, count, createWriteStream(staged, { flags: 'wx' }));
      } catch (e) {
        // the multipart layer stops at its own limit with a 413 of its own
        if (e instanceof FileRefusedError) throw e;
        if (e instanceof HttpException && e.getStatus() === 413) throw tooLarge();
        throw e;
      }
      if (size === 0) throw new FileRefusedError('FILE_EMPTY', fileErrors.empty);
      const sniffed = await sniffFile(staged, filename);
      if (!sniffed.ok) throw new FileRefusedError('FILE_TYPE_NOT_ALLOWED', sniffed.message);

      // stored and served under the name of what it is: a PNG called evil.html becomes evil.png
      const storedName = withExtension(filename, sniffed.ext);
      await this.refuseOverQuota(this.db, viewer.userId, size);

      const id = randomUUID();
      const key = `submissions/${id.slice(0, 2)}/${id}`;
      await this.storage.put(key, staged, { contentType: sniffed.contentType, sizeBytes: size });
      try {
        const saved = await this.db.transaction(async (tx) => {
          // one upload of a user at a time passes the quota check, so parallel uploads cannot overshoot it together
          await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('upload-quota:' || $1, 0))`, [viewer.userId]);
          await this.refuseOverQuota(tx, viewer.userId, size);
          const repo = tx.getRepository(SubmissionFileEntity);
          return repo.save(
            repo.create({
              id,
              ownerId: viewer.userId,
              storageKey: key,
              filename: storedName,
              contentType: sniffed.contentType,
              sizeBytes: size,
              sha256: hash.digest('hex'),
            }),
          );
        });
        return toFileModel(saved);
      } catch (e) {
        await this.storage.remove(key);
        throw e;
      }
    } finally {
      await rm(staged, { force: true });
    }
  }

  /** BEACON_UPLOAD_QUOTA_MB: the bytes a user's uploads may take up together (unattached ones count until the hourly cleanup removes them). */
  private async refuseOverQuota(db: DataSource | EntityManager, userId: string, adding: number): Promise<void> {
    const [{ used }]: { used: string }[] = await db.query(
      `SELECT coalesce(sum(size_bytes), 0)::bigint AS used FROM submission_file WHERE owner_id = $1`,
      [userId],
    );
    if (Number(used) + adding > this.quotaBytes) {
      const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
      throw new FileRefusedError(
        'UPLOAD_QUOTA_EXCEEDED',
        fileErrors.quotaExceeded.with({ quota: mb(this.quotaBytes), used: mb(Number(used)) }),
      );
    }
  }

  /** A file for its uploader, or for staff of a cohort where it is part of a submission; NOT_FOUND for anyone else. */
  async open(viewer: Viewer, fileId: string): Promise<{ file: SubmissionFileEntity; stream: Readable }> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(fileId)) throw notFound('File');
    const file = await this.db.getRepository(SubmissionFileEntity).findOne({ where: { id: fileId } });
    if (!file) throw notFound('File');
    if (file.ownerId !== viewer.userId) {
      const rows: { cohort_id: string }[] = await this.db.query(
        `SELECT DISTINCT e.cohort_id FROM submission s JOIN enrolment e ON e.id = s.enrolment_id WHERE s.file_id = $1`,
        [file.id],
      );
      const roles = await this.cohorts.rolesIn(
        viewer,
        rows.map((r) => r.cohort_id),
      );
      const staff = [...roles.values()].some((r) => r.has('ADMIN') || r.has('PARTNER_ADMIN') || r.has('COACH'));
      if (!staff) throw notFound('File');
    }
    try {
      return { file, stream: await this.storage.open(file.storageKey) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      this.log.error(`file ${file.id} is recorded but its bytes are missing from storage (${file.storageKey})`);
      throw notFound('File');
    }
  }

  /**
   * Deletes uploads that no submission refers to and that are older than `maxAgeMs`: the row, then
   * the stored bytes, file by file. Safe to run twice or alongside itself, and against a learner
   * attaching the file at that moment: the row goes only while no submission refers to it (checked
   * in the DELETE; a submission committed in between trips the foreign key, which keeps the row),
   * and the row's deletion commits only after the bytes are gone, so a storage failure leaves the
   * row for the next run rather than bytes nobody knows about. Returns how many files were deleted.
   */
  async removeUnattached(maxAgeMs = UNATTACHED_FILE_MAX_AGE_MS): Promise<number> {
    const batch = 500;
    let removed = 0;
    for (;;) {
      const candidates: { id: string }[] = await this.db.query(
        `SELECT f.id FROM submission_file f
          WHERE f.created_at < now() - make_interval(secs => $1)
            AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.file_id = f.id)
          ORDER BY f.created_at LIMIT $2`,
        [maxAgeMs / 1000, batch],
      );
      // each candidate either goes, or now has a submission, or the storage error ends the run
      for (const c of candidates) if (await this.removeIfUnattached(c.id, maxAgeMs)) removed++;
      if (candidates.length < batch) return removed;
    }
  }

  private async removeIfUnattached(fileId: string, maxAgeMs: number): Promise<boolean> {
    try {
      return await this.db.transaction(async (tx) => {
        const gone: { storage_key: string }[] = await tx.query(
          `WITH gone AS (
             DELETE FROM submission_file f
              WHERE f.id = $1 AND f.created_at < now() - make_interval(secs => $2)
                AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.file_id = f.id)
             RETURNING f.storage_key)
           SELECT storage_key FROM gone`,
          [fileId, maxAgeMs / 1000],
        );
        if (!gone.length) return false;
        await this.storage.remove(gone[0].storage_key);
        return true;
      });
    } catch (e) {
      // foreign_key_violation: a submission took the file up while we were deleting it
      const pgCode = (e as { driverError?: { code?: string } }).driverError?.code ?? (e as { code?: string }).code;
      if (pgCode === '23503') return false;
      throw e;
    }
  }
}

/**
 * The uploader's file name without folders, control characters or bidirectional-text controls
 * (which make `evil\u202Egnp.exe` read as `evilexe.png`), at most 255 characters.
 */
export function cleanFilename(name: string | undefined): string {
  const cleaned = basename((name ?? '').replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  if (!cleaned) return 'file';
  if (cleaned.length <= 255) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 11 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 255 - ext.length) + ext;
}

/** The name with the extension of what the file is: kept when it already says so, else replaced (or added). */
export function withExtension(filename: string, ext: string): string {
  if (extensionOf(filename) === ext) return filename;
  const dot = filename.lastIndexOf('.');
  const stem = (dot > 0 ? filename.slice(0, dot) : filename).slice(0, 255 - ext.length - 1) || 'file';
  return `${stem}.${ext}`;
}
