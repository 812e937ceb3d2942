import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '@app/common';

/** 工作动态: a news item a tier publishes about its relocation work. */
@Entity('news_item')
@Index(['divisionCode', 'publishedAt'])
@ObjectType({ description: '工作动态' })
export class NewsItem {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 6 })
  @Field(() => ID, { description: 'The division that published it' })
  divisionCode: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  title: string;

  @Column({ type: 'text' })
  @Field()
  body: string;

  @Column({ type: 'varchar', length: 50 })
  @Field()
  author: string;

  /** Millisecond precision, like the JavaScript Date that page cursors carry. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => DateTimeScalar)
  publishedAt: Date;
}
