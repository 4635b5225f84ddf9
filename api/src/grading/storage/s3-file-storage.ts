import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { FileStorage } from './file-storage.js';

export interface S3StorageOptions {
  bucket: string;
  /** an S3-compatible service (MinIO, R2, …); AWS S3 itself when absent */
  endpoint?: string;
  region: string;
  /** both or neither; without them the SDK's default credential chain applies (environment, profile, instance role) */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** prepended to every key, e.g. `beacon/` to share a bucket */
  prefix?: string;
}

/**
 * Files as objects in an S3 bucket. `put` streams the staged file with lib-storage's Upload, which
 * sends files over one part size (5 MiB) as a multipart upload and aborts it if a part fails, so an
 * object appears complete or not at all.
 */
export class S3FileStorage implements FileStorage {
  readonly client: S3Client;
  private readonly prefix: string;

  constructor(readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
      // since early 2025 the SDK adds CRC checksums (and aws-chunked bodies) to every upload, which
      // several S3-compatible services refuse; AWS itself keeps the SDK's default
      ...(options.endpoint
        ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const }
        : {}),
    });
    const prefix = (options.prefix ?? '').replace(/^\/+|\/+$/g, '');
    this.prefix = prefix ? `${prefix}/` : '';
  }

  get bucket(): string {
    return this.options.bucket;
  }

  /** The object key of a storage key (with the configured prefix). */
  objectKey(key: string): string {
    return this.prefix + key;
  }

  async put(key: string, localPath: string, meta: { contentType: string; sizeBytes: number }): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: this.objectKey(key), Body: createReadStream(localPath), ContentType: meta.contentType },
      queueSize: 2,
    });
    await upload.done();
  }

  async open(key: string): Promise<Readable> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return res.Body as Readable;
    } catch (e) {
      if (isMissing(e)) throw notInStorage(key);
      throw e;
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    } catch (e) {
      // S3 answers 204 for a missing key; some compatible services answer 404
      if (!isMissing(e)) throw e;
    }
  }

  onApplicationShutdown(): void {
    this.client.destroy();
  }
}

function isMissing(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'NoSuchKey' || err?.name === 'NotFound' || err?.$metadata?.httpStatusCode === 404;
}

/** The same rejection as the local folder's for an unknown key (an ENOENT error). */
function notInStorage(key: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOENT: no such object in storage: ${key}`), { code: 'ENOENT' });
}
