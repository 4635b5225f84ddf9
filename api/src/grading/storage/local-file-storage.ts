import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileStorage } from './file-storage.js';

/** Files in a local folder, one per key; writes are atomic (a file appears complete or not at all). */
export class LocalFileStorage implements FileStorage {
  constructor(readonly root: string) {}

  async put(key: string, localPath: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    try {
      await rename(localPath, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      // another file system: copy beside the target, then rename into place
      const partial = `${target}.part`;
      try {
        await copyFile(localPath, partial);
        await rename(partial, target);
      } finally {
        await rm(partial, { force: true });
      }
    }
  }

  async open(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(resolve(this.root) + sep)) throw new Error(`storage key escapes the storage folder: ${key}`);
    return path;
  }
}
