import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer, Viewer } from '@app/access';
import { badInput } from '@app/common';
import { NationalEvaluationService } from '../national-evaluation.service';
import { renderEvaluationWorkbook } from '../workbook/render-evaluation-workbook';

const FILE = /^(\d{6})\.xlsx$/;

/**
 * GET /exports/national-evaluation/:divisionCode.xlsx?asOf=YYYY-MM-DD with the caller's bearer
 * token: the same checks and figures as the `nationalEvaluation` query, as a printable workbook.
 */
@Controller('exports/national-evaluation')
export class NationalEvaluationController {
  constructor(private readonly evaluation: NationalEvaluationService) {}

  @Get(':file')
  async download(@CurrentViewer() viewer: Viewer, @Param('file') name: string, @Query('asOf') asOf: unknown, @Res() response: Response): Promise<void> {
    const match = FILE.exec(name);
    if (!match) throw badInput([{ field: 'divisionCode', reason: 'the file must be <divisionCode>.xlsx' }]);
    if (asOf !== undefined && typeof asOf !== 'string') throw badInput([{ field: 'asOf', reason: 'must be given once, as YYYY-MM-DD' }]);
    const request = await this.evaluation.request(viewer, match[1], asOf);
    const evaluation = await this.evaluation.evaluate(viewer, request);
    const fileName = `${request.division.name}国家评估核查指标（截至${request.day}）.xlsx`;
    response.status(200).set({
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="national-evaluation-${request.division.code}-${request.day}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    await renderEvaluationWorkbook(evaluation, request.division.name, response);
    response.end();
  }
}
