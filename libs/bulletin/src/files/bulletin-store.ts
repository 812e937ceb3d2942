import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { AppConfig } from '@app/common';

export const bulletinDirectory = (config: AppConfig): string => resolve(config.BULLETIN_DIR ?? join(config.DATA_DIR, 'bulletins'));

/**
 * Built bulletins on local disk (or a shared volume) under BULLETIN_DIR, by month. A file is
 * written under a temporary name and renamed into place, so a reader never sees half of one,
 * and every build gets a new name: nothing is overwritten.
 */
@Injectable()
export class BulletinStore {
  private readonly root: string;

  constructor(config: AppConfig) {
    this.root = bulletinDirectory(config);
  }

  /** Writes a file through `write` (given a path to fill) and publishes it; returns its key. */
  async put(period: string, extension: string, write: (path: string) => Promise<void>): Promise<string> {
    const key = `${period}/${randomUUID()}.${extension}`;
    await mkdir(join(this.root, period), { recursive: true });
    const partial = join(this.root, `${key}.partial`);
    try {
      await write(partial);
      await rename(partial, join(this.root, key));
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return key;
  }

  async exists(key: string): Promise<boolean> {
    return stat(join(this.root, key)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  open(key: string): Readable {
    return createReadStream(join(this.root, key));
  }

  path(key: string): string {
    return join(this.root, key);
  }
}
