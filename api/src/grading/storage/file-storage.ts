import type { Readable } from 'node:stream';

/**
 * Where uploaded files live. The default keeps them in a local folder
 * (`<BEACON_DATA_DIR>/files`); an S3-compatible store plugs in by providing another
 * implementation under FILE_STORAGE (see grading.module.ts): `put` uploads the staged file
 * (e.g. `@aws-sdk/lib-storage`'s Upload with a read stream of `localPath`), `open` returns
 * the object's body stream, `remove` deletes the object.
 */
export interface FileStorage {
  /** Takes a fully received and checked file from `localPath` (which the caller removes afterwards) into storage under `key`. */
  put(key: string, localPath: string, meta: { contentType: string; sizeBytes: number }): Promise<void>;
  /** The stored bytes; rejects with a NotFound-like error when the key is unknown. */
  open(key: string): Promise<Readable>;
  /** Deletes the file; a missing key is not an error. */
  remove(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');
