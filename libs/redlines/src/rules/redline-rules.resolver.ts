import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { UpdateRedlineRuleArgs } from './dtos/update-redline-rule.args';
import { REDLINE_MEASURES } from './redline-measures';
import { REDLINE_RULE_LABELS } from './redline-rule.enum';
import { RedlineRuleConfig } from './redline-rule-config.entity';
import { RedlineRulesService } from './redline-rules.service';

@Resolver(() => RedlineRuleConfig)
export class RedlineRulesResolver {
  constructor(private readonly rules: RedlineRulesService) {}

  @Query(() => [RedlineRuleConfig], { description: '政策红线规则（所有用户可查看）' })
  redlineRules(): Promise<RedlineRuleConfig[]> {
    return this.rules.list();
  }

  @Mutation(() => RedlineRuleConfig, {
    description: 'Region administrators only. Recorded with who and when; every household is re-checked against the new rule right away.',
  })
  updateRedlineRule(@CurrentViewer() viewer: Viewer, @Args() args: UpdateRedlineRuleArgs): Promise<RedlineRuleConfig> {
    return this.rules.update(viewer, args);
  }

  @ResolveField(() => String, { description: '规则名称' })
  label(@Parent() config: RedlineRuleConfig): string {
    return REDLINE_RULE_LABELS[config.rule];
  }

  @ResolveField(() => String, { description: '计算方法' })
  formula(@Parent() config: RedlineRuleConfig): string {
    return REDLINE_MEASURES[config.rule].formula;
  }

  @ResolveField(() => String, { description: '计量单位' })
  unit(@Parent() config: RedlineRuleConfig): string {
    return REDLINE_MEASURES[config.rule].unit;
  }
}
