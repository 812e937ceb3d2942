import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '@app/common';
import { ArchiveFileOwner } from './archive.enums';

/**
 * A file of the archive that is not evidence: a policy document's scan, a progress report's
 * photo. Stored like evidence (same storage, same checks), never changed once stored.
 */
@Entity('archive_file')
@Index('archive_file_owner_sha256_key', ['ownerType', 'ownerId', 'sha256'], { unique: true })
@ObjectType({ description: '档案文件（政策文件扫描件、项目进度照片）' })
export class ArchiveFile {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'enum', enum: ArchiveFileOwner, enumName: 'archive_file_owner' })
  @Field(() => ArchiveFileOwner)
  ownerType: ArchiveFileOwner;

  @Column('uuid')
  @Field(() => ID)
  ownerId: string;

  @Column({ type: 'char', length: 64 })
  @Field()
  sha256: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  size: number;

  @Column({ type: 'varchar', length: 50 })
  @Field()
  mimeType: string;

  @Index('archive_file_storage_key_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'varchar', length: 255 })
  @Field()
  originalName: string;

  @Column({ type: 'varchar', length: 50 })
  @Field()
  uploadedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => DateTimeScalar)
  uploadedAt: Date;
}
