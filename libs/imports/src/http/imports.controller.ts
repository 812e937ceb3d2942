import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { CurrentViewer, Viewer } from '@app/access';
import { ImportProblemsDownload } from '../problems/import-problems-download.service';
import { buildHouseholdTemplate } from '../template/household-template';
import { ImportUploads } from '../upload/import-uploads.service';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The headers of a workbook download with a Chinese file name (RFC 5987) and an ASCII fallback. */
export function sendDownloadHeaders(response: Response, asciiName: string, chineseName: string): void {
  response.status(200).set({
    'Content-Type': XLSX_MIME,
    'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(chineseName)}`,
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  });
}

/** Sends a workbook as a download with a Chinese file name (RFC 5987) and an ASCII fallback. */
export async function sendWorkbook(response: Response, workbook: ExcelJS.Workbook, asciiName: string, chineseName: string): Promise<void> {
  sendDownloadHeaders(response, asciiName, chineseName);
  await workbook.xlsx.write(response);
  response.end();
}

/**
 * The REST side of imports (issue 15): the template to fill in and the upload; everything else
 * (status, problems, commit) is GraphQL. Authentication is the global bearer-token guard.
 */
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly uploads: ImportUploads,
    private readonly problems: ImportProblemsDownload,
  ) {}

  @Get('templates/households.xlsx')
  template(@Res() response: Response): Promise<void> {
    return sendWorkbook(response, buildHouseholdTemplate(), 'households-template.xlsx', '搬迁户及搬迁人口导入模板.xlsx');
  }

  /** multipart: file (.xlsx or .csv). 202: validation runs in the worker; poll importRun(id). */
  @Post()
  @HttpCode(202)
  async upload(@CurrentViewer() viewer: Viewer, @Req() request: Request) {
    const run = await this.uploads.upload(viewer, request);
    return { id: run.id, status: run.status };
  }

  /** The uploaded sheets with the problem cells marked and a reason column, to fix and send again. */
  @Get(':id/problems.xlsx')
  async problemsWorkbook(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const { write } = await this.problems.open(viewer, id);
    sendDownloadHeaders(response, 'import-problems.xlsx', '导入问题清单.xlsx');
    await write(response);
  }
}
