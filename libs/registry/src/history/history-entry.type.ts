import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, JSONScalar, PersonalData, PersonalDataField } from '@app/common';

@ObjectType({ description: '修改记录：谁在何时改了什么' })
export class HistoryEntry {
  @Field(() => DateTimeScalar)
  at: Date;

  @Field({ description: 'Username of whoever wrote this version' })
  actor: string;

  @Field({ description: 'CREATE, UPDATE or DELETE' })
  operation: string;

  @PersonalDataField(PersonalData.RECORD_VALUES, () => JSONScalar, { description: '{ field: { from, to } } for every field this version changed (personal numbers masked without the right to see them)' })
  changes: Record<string, { from: unknown; to: unknown }>;
}
