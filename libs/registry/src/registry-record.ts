import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DateTimeScalar, VersionedRecord } from '@app/common';

/** What every site, household and person has: identity, an optimistic-lock version and times. */
@ObjectType({ isAbstract: true })
export abstract class RegistryRecord extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @VersionColumn()
  @Field(() => Int, { description: 'Optimistic-lock version: pass it back to the update mutation; a stale one is a CONFLICT.' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => DateTimeScalar)
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => DateTimeScalar)
  updatedAt: Date;

  /** Where a version's values came from when not a manual edit (a department roster): set by a trigger from `app.via`. */
  @Column({ type: 'varchar', length: 40, nullable: true, insert: false, update: false, select: false })
  protected writtenVia?: string | null;
}
