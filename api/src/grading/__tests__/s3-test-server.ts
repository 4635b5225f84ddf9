import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/** What s3rver's credentials accept (its built-in account). */
const KEY = 'S3RVER';

export interface S3TestServer {
  endpoint: string;
  bucket: string;
  /** the configuration that points Beacon at this server */
  env: Record<string, string>;
  /** keys in the bucket, sorted */
  keys: () => Promise<string[]>;
  bytes: (key: string) => Promise<Buffer>;
  delete: (key: string) => Promise<void>;
  /** S3 event names seen so far, e.g. ObjectCreated:Put (one request) or ObjectCreated:Post (a completed multipart upload) */
  events: { name: string; key: string }[];
  close: () => Promise<void>;
}

/** A real S3 HTTP server (s3rver, objects on disk in a temporary folder) on a free port of 127.0.0.1, with one empty bucket. */
export async function startS3TestServer(bucket = 'beacon-files'): Promise<S3TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 'beacon-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const events: S3TestServer['events'] = [];
  server.on('event', (e) => events.push(...e.Records.map((r) => ({ name: r.eventName, key: decodeURIComponent(r.s3.object.key) }))));
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: KEY, secretAccessKey: KEY },
  });

  const keys = async () => {
    const found: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
      found.push(...(page.Contents ?? []).map((o) => o.Key!));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found.sort();
  };
  const bytes = async (key: string) =>
    Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray());

  return {
    endpoint,
    bucket,
    env: { BEACON_S3_BUCKET: bucket, BEACON_S3_ENDPOINT: endpoint, BEACON_S3_ACCESS_KEY_ID: KEY, BEACON_S3_SECRET_ACCESS_KEY: KEY },
    keys,
    bytes,
    delete: async (key) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
    events,
    close: async () => {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
