import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../config/config.js';
import { fileStorageFor } from '../grading.module.js';
import { LocalFileStorage } from '../storage/local-file-storage.js';
import { S3FileStorage } from '../storage/s3-file-storage.js';

const storageFor = (env: Record<string, string>) => fileStorageFor(loadConfig(env));

describe('the file store follows the configuration', () => {
  it('keeps files in <BEACON_DATA_DIR>/files without BEACON_S3_BUCKET', () => {
    const storage = storageFor({ BEACON_DATA_DIR: '/srv/beacon' });
    expect(storage).toBeInstanceOf(LocalFileStorage);
    expect((storage as LocalFileStorage).root).toBe(resolve('/srv/beacon', 'files'));
  });

  it('uses an S3-compatible service with BEACON_S3_BUCKET and an endpoint: path-style addressing by default, keys under the prefix', () => {
    const storage = storageFor({
      BEACON_S3_BUCKET: 'beacon-files',
      BEACON_S3_ENDPOINT: 'http://minio:9000',
      BEACON_S3_ACCESS_KEY_ID: 'beacon',
      BEACON_S3_SECRET_ACCESS_KEY: 'beacon-secret',
      BEACON_S3_PREFIX: '/uploads/beacon/',
    }) as S3FileStorage;
    expect(storage).toBeInstanceOf(S3FileStorage);
    expect(storage.options).toMatchObject({
      bucket: 'beacon-files',
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      forcePathStyle: true,
      accessKeyId: 'beacon',
    });
    expect(storage.objectKey('submissions/ab/ab12')).toBe('uploads/beacon/submissions/ab/ab12');
    storage.onApplicationShutdown();
  });

  it('uses AWS S3 itself without an endpoint: virtual-hosted addressing, the SDK’s credentials, no prefix', () => {
    const storage = storageFor({ BEACON_S3_BUCKET: 'beacon-files', BEACON_S3_REGION: 'eu-west-2' }) as S3FileStorage;
    expect(storage.options).toMatchObject({
      bucket: 'beacon-files',
      endpoint: undefined,
      region: 'eu-west-2',
      forcePathStyle: false,
      accessKeyId: undefined,
    });
    expect(storage.objectKey('submissions/ab/ab12')).toBe('submissions/ab/ab12');
    storage.onApplicationShutdown();
    const pathStyle = storageFor({
      BEACON_S3_BUCKET: 'beacon-files',
      BEACON_S3_ENDPOINT: 'https://r2.example.org',
      BEACON_S3_FORCE_PATH_STYLE: 'false',
    }) as S3FileStorage;
    expect(pathStyle.options.forcePathStyle).toBe(false);
    pathStyle.onApplicationShutdown();
  });

  it.each([
    ['BEACON_S3_BUCKET', 'My_Bucket'],
    ['BEACON_S3_BUCKET', 'ab'],
    ['BEACON_S3_ENDPOINT', 'minio:9000'],
    ['BEACON_S3_REGION', 'US East'],
    ['BEACON_S3_FORCE_PATH_STYLE', 'maybe'],
    ['BEACON_S3_PREFIX', 'files with spaces'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    const env = { BEACON_S3_BUCKET: 'beacon-files', [name]: value };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:.*${value}`));
  });

  it('refuses S3 settings without a bucket, and half a key pair, naming what is missing', () => {
    expect(() => loadConfig({ BEACON_S3_ENDPOINT: 'http://minio:9000' })).toThrow(
      /BEACON_S3_BUCKET: required when BEACON_S3_ENDPOINT is set/,
    );
    expect(() => loadConfig({ BEACON_S3_BUCKET: 'beacon-files', BEACON_S3_ACCESS_KEY_ID: 'beacon' })).toThrow(
      /BEACON_S3_SECRET_ACCESS_KEY: required with BEACON_S3_ACCESS_KEY_ID/,
    );
    expect(() => loadConfig({ BEACON_S3_BUCKET: 'beacon-files', BEACON_S3_SECRET_ACCESS_KEY: 'secret' })).toThrow(
      /BEACON_S3_ACCESS_KEY_ID: required with BEACON_S3_SECRET_ACCESS_KEY/,
    );
  });
});
