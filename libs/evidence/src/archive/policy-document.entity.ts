import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@app/common';
import { Division } from '@app/registry';
import { PolicyLevel } from './archive.enums';
import { AuthoredRecord } from '../persistence/authored-record';

/** 政策文件: a national, regional, city or county policy document in the electronic archive. */
@Entity('policy_document')
@Check('policy_document_division_check', `(level = 'NATIONAL') = (division_code IS NULL)`)
// Substring search over title, issuer and number (pg_trgm GIN), created by its migration.
@Index('policy_document_search_trgm', { synchronize: false })
@ObjectType({ description: '政策文件' })
export class PolicyDocument extends AuthoredRecord {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 300 })
  @Field({ description: '文件标题' })
  title: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: '发文机关' })
  issuer: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: '文号，如 桂政发〔2018〕1号' })
  documentNumber: string | null;

  @Index()
  @Column({ type: 'enum', enum: PolicyLevel, enumName: 'policy_level' })
  @Field(() => PolicyLevel)
  level: PolicyLevel;

  @Index()
  @Column({ type: 'varchar', length: 6, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The issuing region, city or county; null for national documents' })
  divisionCode: string | null;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_code' })
  protected divisionRef?: Division;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: '成文日期' })
  issuedOn: string;
}
