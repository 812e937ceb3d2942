import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/common';

@ObjectType({ description: '进度月报（不可变快照）' })
export class MonthlyReport {
  @Field() period: string;
  @Field(() => ID) divisionCode: string;
  @Field(() => DateTimeScalar) generatedAt: Date;
  @Field(() => DateTimeScalar, { description: 'The instant the figures describe: the last moment of the month' }) asOf: Date;
  @Field({ description: 'The workbook (GET it with the same bearer token)' }) excelUrl: string;
  @Field({ description: 'The printable bulletin, PDF (GET it with the same bearer token)' }) pdfUrl: string;
  @Field(() => Int, { description: '0 for the original snapshot; each revision (修订) adds one. Rows are always the current snapshot' })
  revision: number;
  @Field(() => DateTimeScalar, { nullable: true, description: '修订时间: when the current snapshot revised the month; null if never revised' })
  revisedAt: Date | null;
  @Field(() => String, { nullable: true, description: '修订原因 of the current snapshot; null if never revised' })
  revisionReason: string | null;
  /** The current snapshot's id, for fields other libs resolve from what they recorded with it (not in the schema). */
  snapshotId: string;
}
