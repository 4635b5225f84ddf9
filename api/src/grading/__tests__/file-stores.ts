import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { filesUnder } from './grading-fixtures.js';
import { startS3TestServer, type S3TestServer } from './s3-test-server.js';

export type StoreKind = 'local' | 's3';

/** Where a test app keeps its uploads, seen from outside Beacon. */
export interface TestFileStore {
  kind: StoreKind;
  dataDir: string;
  /** the configuration for startTestApp */
  env: Record<string, string>;
  /** everything stored: paths under <dataDir>/files, or object keys in the bucket */
  stored: () => Promise<string[]>;
  /** the stored bytes of a storage key (submission_file.storage_key) */
  bytesOf: (storageKey: string) => Promise<Buffer>;
  /** deletes the stored bytes behind Beacon's back */
  drop: (storageKey: string) => Promise<void>;
  /** the S3 server, for S3 stores */
  s3?: S3TestServer;
  close: () => Promise<void>;
}

/** S3 stores use a key prefix, so that the prefix is exercised too. */
export const S3_PREFIX = 'beacon';

export async function startFileStore(kind: StoreKind): Promise<TestFileStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'beacon-files-'));
  if (kind === 'local') {
    const root = join(dataDir, 'files');
    return {
      kind,
      dataDir,
      env: { BEACON_DATA_DIR: dataDir },
      stored: async () => (await filesUnder(root)).map((f) => relative(root, f)).sort(),
      bytesOf: (key) => readFile(join(root, key)),
      drop: (key) => rm(join(root, key)),
      close: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const s3 = await startS3TestServer();
  return {
    kind,
    dataDir,
    env: { BEACON_DATA_DIR: dataDir, ...s3.env, BEACON_S3_PREFIX: S3_PREFIX },
    stored: s3.keys,
    bytesOf: (key) => s3.bytes(`${S3_PREFIX}/${key}`),
    drop: (key) => s3.delete(`${S3_PREFIX}/${key}`),
    s3,
    close: async () => {
      await s3.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
