import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, JSONScalar, PersonalData, PersonalDataField } from '@app/common';

@ObjectType({ description: '修改记录：谁在何时改了什么' })
export class HistoryEntry {
  @Field(() => DateTimeScalar)
  at: Date;

  @Field({ description: 'Username of whoever wrote this version' })
  actor: string;

  @Field(() => String, { nullable: true, description: 'Where the written values came from when not a manual edit: a department roster exchange, as "<kind> <asOf>" (e.g. "EMPLOYMENT 2026-11-30"); null for a manual edit' })
  via?: string | null;

  @Field({ description: 'CREATE, UPDATE or DELETE' })
  operation: string;

  @PersonalDataField(PersonalData.RECORD_VALUES, () => JSONScalar, { description: '{ field: { from, to } } for every field this version changed (personal numbers masked without the right to see them)' })
  changes: Record<string, { from: unknown; to: unknown }>;
}
