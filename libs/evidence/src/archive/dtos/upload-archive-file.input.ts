import { IsEnum, IsUUID } from 'class-validator';
import { ArchiveFileOwner } from '../archive.enums';

/** The text fields of `POST /archive/files` (multipart). */
export class UploadArchiveFileInput {
  @IsEnum(ArchiveFileOwner, { message: `must be one of ${Object.values(ArchiveFileOwner).join(', ')}` })
  ownerType: ArchiveFileOwner;

  @IsUUID('all', { message: 'must be the id of a policy document, progress report or work news item' })
  ownerId: string;
}
