import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { CurrentViewer, Viewer } from '@app/access';
import { badInput, notFound } from '@app/common';
import { reportPeriod } from '@app/reports';
import { BulletinFormat } from '../files/bulletin-file.entity';
import { BulletinFiles } from '../files/bulletin-files.service';
import { periodZh } from '../model/format';

const FILE = /^(\d{6})\.(xlsx|pdf)$/;
const TYPES: Record<BulletinFormat, { mime: string; extension: string; label: string }> = {
  [BulletinFormat.PDF]: { mime: 'application/pdf', extension: 'pdf', label: '进度月报' },
  [BulletinFormat.XLSX]: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', label: '进度月报数据' },
};

/**
 * GET /reports/:period/:divisionCode.xlsx and .pdf (SPEC §10), with the caller's bearer token: a
 * division outside the caller's view, or a month not yet published, is NOT_FOUND. Served from the
 * store; a file not built yet is built first (one county takes about a second).
 */
@Controller('reports')
export class BulletinController {
  constructor(private readonly files: BulletinFiles) {}

  @Get(':period/:file')
  async download(@CurrentViewer() viewer: Viewer, @Param('period') period: string, @Param('file') name: string, @Res() response: Response): Promise<void> {
    const match = FILE.exec(name);
    if (!match) throw badInput([{ field: 'divisionCode', reason: 'the file must be <divisionCode>.xlsx or <divisionCode>.pdf' }]);
    reportPeriod(period);
    const [, code, extension] = match;
    if (!viewer.seesDivision(code)) throw notFound('Division', code);
    const format = extension === 'pdf' ? BulletinFormat.PDF : BulletinFormat.XLSX;
    const { file, header } = await this.files.obtain(period, code, format);
    const type = TYPES[format];
    const fileName = `${header.unit.name}${periodZh(period)}${type.label}.${type.extension}`;
    response.status(200).set({
      'Content-Type': type.mime,
      'Content-Length': String(file.size),
      'Content-Disposition': `attachment; filename="report-${period}-${code}.${type.extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'private, max-age=0, must-revalidate',
      ETag: `"${file.sha256}"`,
      'X-Content-Type-Options': 'nosniff',
    });
    await pipeline(this.files.open(file), response);
  }
}
