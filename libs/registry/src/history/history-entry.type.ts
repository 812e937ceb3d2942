import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, JSONScalar } from '@app/common';

@ObjectType({ description: '修改记录：谁在何时改了什么' })
export class HistoryEntry {
  @Field(() => DateTimeScalar)
  at: Date;

  @Field({ description: 'Username of whoever wrote this version' })
  actor: string;

  @Field({ description: 'CREATE, UPDATE or DELETE' })
  operation: string;

  @Field(() => JSONScalar, { description: '{ field: { from, to } } for every field this version changed' })
  changes: Record<string, { from: unknown; to: unknown }>;
}
