import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentViewer, Viewer } from '@app/access';
import { ArchiveFileService, FileIntake } from '@app/evidence';
import { sendStoredFile } from './send-stored-file';

/** Files of the electronic archive that are not evidence: policy document scans, progress photos. */
@Controller('archive/files')
export class ArchiveFilesController {
  constructor(
    private readonly files: ArchiveFileService,
    private readonly intake: FileIntake,
  ) {}

  /** multipart: ownerType (POLICY_DOCUMENT | SHORTFALL_PROGRESS_REPORT), ownerId, file. */
  @Post()
  async upload(@CurrentViewer() viewer: Viewer, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    this.files.assertMayUpload(viewer);
    const { file, created } = await this.files.upload(viewer, await this.intake.read(request));
    response.status(created ? 201 : 200);
    return { id: file.id, sha256: file.sha256, size: file.size, mimeType: file.mimeType, ownerType: file.ownerType, ownerId: file.ownerId, uploadedAt: file.uploadedAt };
  }

  @Get(':id/file')
  async download(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const { file, content } = await this.files.openFile(viewer, id);
    await sendStoredFile(response, file, content);
  }
}
