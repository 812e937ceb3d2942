import { Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { extendHouseholdFilter } from '@app/registry';
import { RedlineRule } from '../rules/redline-rule.enum';

// SPEC §7's query function "households by any red line", offered where the violations live.
extendHouseholdFilter<RedlineRule>({
  field: 'redline',
  decorators: [Field(() => RedlineRule, { nullable: true, description: 'Only households with an open violation of this red line' }), IsOptional(), IsEnum(RedlineRule)],
  condition: (rule, param) => ({
    sql: `EXISTS (SELECT 1 FROM redline_violation v WHERE v.household_id = household.id AND v.status = 'OPEN' AND v.rule = :${param})`,
    params: { [param]: rule },
  }),
});
