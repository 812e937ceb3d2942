import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { DataSource, Repository } from 'typeorm';
import type { BulletinHeader } from '../model/bulletin-header';
import { buildBulletin } from '../model/build-bulletin';
import { renderBulletinPdf } from '../pdf/render-bulletin-pdf';
import { BulletinSource } from '../source/bulletin-source.service';
import { renderWorkbook } from '../workbook/render-workbook';
import { BulletinFile, BulletinFormat } from './bulletin-file.entity';
import { BulletinStore } from './bulletin-store';

/** First key of the two-key advisory locks taken here ('BULL'), apart from any other lock user. */
const LOCK_SPACE = 0x42554c4c;
const EXTENSION: Record<BulletinFormat, string> = { [BulletinFormat.PDF]: 'pdf', [BulletinFormat.XLSX]: 'xlsx' };

export interface ObtainedBulletin {
  file: BulletinFile;
  header: BulletinHeader;
}

/**
 * Built bulletins and workbooks: served from the store when built, otherwise built now and
 * kept. A build holds a PostgreSQL advisory lock on its (period, division, format, snapshot)
 * for its whole duration, and whoever waited for the lock finds the file already there, so two
 * workers (or a worker and a download) racing for one file build it once.
 */
@Injectable()
export class BulletinFiles {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BulletinFile) private readonly files: Repository<BulletinFile>,
    private readonly store: BulletinStore,
    private readonly source: BulletinSource,
  ) {}

  /** NOT_FOUND when the division does not exist or the month is not published. */
  async obtain(period: string, divisionCode: string, format: BulletinFormat): Promise<ObtainedBulletin> {
    const header = await this.source.header(period, divisionCode);
    const key = { period, divisionCode, format, snapshotId: header.snapshotId };
    const stored = await this.stored(key);
    if (stored) return { file: stored, header };
    const file = await this.underLock(`${period}/${divisionCode}/${format}/${header.snapshotId}`, async () => (await this.stored(key)) ?? this.build(header, format));
    return { file, header };
  }

  open(file: BulletinFile): NodeJS.ReadableStream {
    return this.store.open(file.storageKey);
  }

  /** The row, if its file is still there (a lost file is built again). */
  private async stored(key: Pick<BulletinFile, 'period' | 'divisionCode' | 'format' | 'snapshotId'>): Promise<BulletinFile | null> {
    const row = await this.files.findOne({ where: key });
    return row && (await this.store.exists(row.storageKey)) ? row : null;
  }

  private async build(header: BulletinHeader, format: BulletinFormat): Promise<BulletinFile> {
    const started = Date.now();
    const storageKey = await this.store.put(header.period, EXTENSION[format], async (path) => {
      if (format === BulletinFormat.PDF) await writeFile(path, await renderBulletinPdf(buildBulletin(await this.source.bulletin(header))));
      else await renderWorkbook(await this.source.workbook(header), createWriteStream(path));
    });
    const { size, sha256 } = await this.digest(storageKey);
    const [row] = await this.dataSource.query(
      `INSERT INTO bulletin_file (period, division_code, format, snapshot_id, storage_key, size, sha256, build_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT bulletin_file_key DO UPDATE
         SET storage_key = EXCLUDED.storage_key, size = EXCLUDED.size, sha256 = EXCLUDED.sha256, build_ms = EXCLUDED.build_ms, built_at = now()
       RETURNING id`,
      [header.period, header.unit.code, format, header.snapshotId, storageKey, size, sha256, Date.now() - started],
    );
    return this.files.findOneByOrFail({ id: (row as { id: string }).id });
  }

  private async digest(storageKey: string): Promise<{ size: number; sha256: string }> {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(this.store.path(storageKey)) as AsyncIterable<Buffer>) {
      size += chunk.length;
      hash.update(chunk);
    }
    return { size, sha256: hash.digest('hex') };
  }

  /** Runs `work` holding a session advisory lock on its own connection, released however it ends. */
  private async underLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock($1::int, hashtext($2))`, [LOCK_SPACE, key]);
      try {
        return await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1::int, hashtext($2))`, [LOCK_SPACE, key]);
      }
    } finally {
      await runner.release();
    }
  }
}
