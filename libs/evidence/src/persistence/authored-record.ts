import { Field, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn } from 'typeorm';
import { DateTimeScalar } from '@app/common';

/** Who created a record that is written once and never edited, and when. */
@ObjectType({ isAbstract: true })
export abstract class AuthoredRecord {
  @Column({ type: 'varchar', length: 50 })
  @Field({ description: 'Username of whoever created it' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => DateTimeScalar)
  createdAt: Date;
}
