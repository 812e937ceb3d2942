import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, DateTimeScalar, JSONScalar, PersonalData, PersonalDataField } from '@app/common';
import { ImportRun, ImportStatus } from '../runs/import-run.entity';
import { ExchangeOutcome, FieldChange } from './exchange-entry.entity';
import { RosterKind } from './roster-kind';

@ObjectType({ description: 'The preview of an exchange: roster rows by outcome (名单比对预览).' })
export class ExchangeSummary {
  @Field(() => Int, { description: '已匹配且将更新的人数' }) matched: number;
  @Field(() => Int, { description: '未匹配的行数' }) unmatched: number;
  @Field(() => Int, { description: '有冲突的人数（冲突字段不更新）' }) conflicting: number;
  @Field(() => Int, { description: '已匹配、无变化的人数' }) unchanged: number;
}

@ObjectType({ description: '名单中的一行：匹配到的人口与将写入的变化' })
export class ExchangeEntryView {
  @Field({ description: '工作表' }) sheet: string;
  @Field(() => Int, { description: '行号（与 Excel 中一致）' }) row: number;
  @PersonalDataField(PersonalData.RESIDENT_ID, () => String, { description: '身份证号（无权查看全号者见脱敏号码）' }) idNumber: string;
  @Field(() => String, { nullable: true, description: '名单中的姓名' }) name: string | null;
  @Field(() => ExchangeOutcome) outcome: ExchangeOutcome;
  @Field(() => ID, { nullable: true, description: '匹配到的人口' }) personId: string | null;
  // Roster fields carry no personal numbers today; marked all the same, so a roster kind that one
  // day does (a phone column) is masked like every other record value.
  @PersonalDataField(PersonalData.RECORD_VALUES, () => JSONScalar, { description: '{ field: { from, to } }: what the commit writes' })
  changes: Record<string, FieldChange>;
  @PersonalDataField(PersonalData.RECORD_VALUES, () => JSONScalar, { description: '{ field: { from, to, editedOn } }: fields edited by hand after the roster date, left as they are' })
  conflicts: Record<string, FieldChange>;
}

/** An exchange as its callers see it: an import run of a roster kind, with its preview. */
@ObjectType({ description: '一次部门名单比对（按身份证号）' })
export class ExchangeRun {
  @Field(() => ID) id: string;
  @Field(() => RosterKind) kind: RosterKind;
  @Field(() => DateScalar, { description: '名单数据的截止日期' }) asOf: string;
  @Field(() => ImportStatus) status: ImportStatus;
  @Field({ description: '上传时的文件名' }) fileName: string;
  @Field({ description: '比对人（提交时为修改人）' }) importedBy: string;
  @Field() divisionCode: string;
  @Field(() => Int, { description: '数据行数' }) rowsTotal: number;
  @Field(() => Int, { description: '已读取的行数' }) rowsDone: number;
  @Field(() => Int, { description: '可比对的行数' }) rowsValid: number;
  @Field(() => ExchangeSummary) summary: ExchangeSummary;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) validatedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) committedAt: Date | null;
  /** The run it presents, for the fields resolved from it. */
  run: ImportRun;

  static of(run: ImportRun): ExchangeRun {
    return Object.assign(new ExchangeRun(), {
      ...run,
      kind: run.kind as RosterKind,
      asOf: run.asOf as string,
      summary: { matched: run.personsMatched, unmatched: run.personsUnmatched, conflicting: run.personsConflicting, unchanged: run.personsUnchanged },
      run,
    });
  }
}
