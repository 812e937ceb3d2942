import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
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
}
