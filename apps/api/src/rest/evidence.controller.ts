import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentViewer, Viewer } from '@app/access';
import { EvidenceService, EvidenceUploadService, FileIntake } from '@app/evidence';
import { sendStoredFile } from './send-stored-file';

/**
 * The two REST routes of evidence (SPEC §10). Authentication is the global bearer-token guard,
 * as for GraphQL; errors answer `{ code, fields, message }` with the matching status.
 */
@Controller('evidence')
export class EvidenceController {
  constructor(
    private readonly uploads: EvidenceUploadService,
    private readonly evidence: EvidenceService,
    private readonly intake: FileIntake,
  ) {}

  /** multipart: subjectType, subjectId, kind, file. 201 when stored, 200 when the same content was already there. */
  @Post()
  async upload(@CurrentViewer() viewer: Viewer, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    this.uploads.assertMayUpload(viewer);
    const { evidence, created } = await this.uploads.upload(viewer, await this.intake.read(request));
    response.status(created ? 201 : 200);
    return {
      id: evidence.id,
      sha256: evidence.sha256,
      size: evidence.size,
      mimeType: evidence.mimeType,
      kind: evidence.kind,
      subjectType: evidence.subjectType,
      subjectId: evidence.subjectId,
      uploadedAt: evidence.uploadedAt,
      rejectedAt: evidence.rejectedAt,
    };
  }

  @Get(':id/file')
  async download(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res() response: Response): Promise<void> {
    const { evidence, content } = await this.evidence.openFile(viewer, id);
    await sendStoredFile(response, evidence, content);
  }
}
