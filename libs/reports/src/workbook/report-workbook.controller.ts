import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { badInput } from '@app/common';
import { CurrentViewer, Viewer } from '@app/access';
import { ReportWorkbook } from './report-workbook.service';

/** GET /reports/:period/:divisionCode.xlsx (SPEC §10), with the caller's bearer token. */
@Controller('reports')
export class ReportWorkbookController {
  constructor(private readonly workbook: ReportWorkbook) {}

  @Get(':period/:file')
  async download(@CurrentViewer() viewer: Viewer, @Param('period') period: string, @Param('file') file: string, @Res() response: Response): Promise<void> {
    const match = /^(\d{6})\.xlsx$/.exec(file);
    if (!match) throw badInput([{ field: 'divisionCode', reason: 'the file must be <divisionCode>.xlsx' }]);
    const body = await this.workbook.build(viewer, period, match[1]);
    response
      .status(200)
      .setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .setHeader('content-disposition', `attachment; filename="report-${period}-${match[1]}.xlsx"`)
      .send(body);
  }
}
