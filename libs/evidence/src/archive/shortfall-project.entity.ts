import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '@app/common';
import { Site } from '@app/registry';
import { ShortfallCategory } from './archive.enums';
import { AuthoredRecord } from '../persistence/authored-record';

/** 补短板项目: a follow-up construction project closing a site's public-service gap. */
@Entity('shortfall_project')
// Substring search on the name (pg_trgm GIN), created by its migration.
@Index('shortfall_project_name_trgm', { synchronize: false })
@ObjectType({ description: '补短板项目' })
export class ShortfallProject extends AuthoredRecord {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Index()
  @Column('uuid')
  siteId: string;

  @ManyToOne(() => Site, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  protected siteRef?: Site;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: '项目名称' })
  name: string;

  @Column({ type: 'enum', enum: ShortfallCategory, enumName: 'shortfall_category' })
  @Field(() => ShortfallCategory)
  category: ShortfallCategory;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericTransformer })
  @Field(() => Float, { nullable: true, description: '计划投资（万元）' })
  plannedInvestment: number | null;
}
