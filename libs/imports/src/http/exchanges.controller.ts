import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentViewer, Viewer } from '@app/access';
import { ExchangeReconciliation } from '../exchanges/exchange-reconciliation.service';
import { ImportUploads } from '../upload/import-uploads.service';
import { sendDownloadHeaders } from './imports.controller';

/**
 * The REST side of department roster exchanges (issue 15, part 2): the upload and the
 * reconciliation workbook; status, preview and commit are GraphQL (exchangeRun, commitExchange).
 */
@Controller('exchanges')
export class ExchangesController {
  constructor(
    private readonly uploads: ImportUploads,
    private readonly reconciliation: ExchangeReconciliation,
  ) {}

  /** multipart: kind, asOf (YYYY-MM-DD) and file (.xlsx or .csv with a 身份证号 column). 202: matching runs in the worker. */
  @Post()
  @HttpCode(202)
  async upload(@CurrentViewer() viewer: Viewer, @Req() request: Request) {
    const run = await this.uploads.uploadRoster(viewer, request);
    return { id: run.id, status: run.status };
  }

  @Get(':id/reconciliation.xlsx')
  async reconciliationWorkbook(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const { write } = await this.reconciliation.open(viewer, id);
    sendDownloadHeaders(response, 'exchange-reconciliation.xlsx', '名单比对对账表.xlsx');
    await write(response);
  }
}
