import { Module } from '@nestjs/common';
import { EvidenceModule } from '@app/evidence';
import { ArchiveFilesController } from './archive-files.controller';
import { EvidenceController } from './evidence.controller';

/** The REST routes beside GraphQL: file upload and download. */
@Module({
  imports: [EvidenceModule],
  controllers: [EvidenceController, ArchiveFilesController],
})
export class RestModule {}
