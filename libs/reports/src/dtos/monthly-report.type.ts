import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/common';

@ObjectType({ description: '进度月报（不可变快照）' })
export class MonthlyReport {
  @Field() period: string;
  @Field(() => ID) divisionCode: string;
  @Field(() => DateTimeScalar) generatedAt: Date;
  @Field(() => DateTimeScalar, { description: 'The instant the figures describe: the last moment of the month' }) asOf: Date;
  @Field({ description: 'The workbook (GET it with the same bearer token)' }) excelUrl: string;
  @Field({ description: 'The printable bulletin, PDF (GET it with the same bearer token)' }) pdfUrl: string;
}
