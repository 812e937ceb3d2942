import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { GraphQLRequestContext, Site } from '@app/registry';
import { ClaimRule } from './claim-rule.entity';
import { ClaimRuleService } from './claim-rule.service';
import { RecognitionService } from './recognition.service';
import { UnrecognizedClaim, UnrecognizedClaimConnection } from './unrecognized-claim.type';

@Resolver(() => UnrecognizedClaim)
export class RecognitionResolver {
  constructor(
    private readonly recognition: RecognitionService,
    private readonly rules: ClaimRuleService,
  ) {}

  @Query(() => UnrecognizedClaimConnection, { description: '某单位（自治区、市、县）内所有缺少有效佐证材料的上报事项' })
  unrecognizedClaims(
    @CurrentViewer() viewer: Viewer,
    @Args('divisionCode', { type: () => ID }) divisionCode: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.recognition.listUnrecognized(viewer, divisionCode, { first, after });
  }

  @Query(() => [ClaimRule], { description: '认定规则：哪类佐证材料认定哪项上报事项' })
  claimRules(): Promise<ClaimRule[]> {
    return this.rules.all();
  }

  @ResolveField(() => Site)
  async site(@Parent() claim: UnrecognizedClaim, @Context() ctx: GraphQLRequestContext): Promise<Site> {
    const site = await ctx.loaders.siteById.load(claim.siteId);
    if (!site) throw new Error(`claim of ${claim.subjectId} refers to missing site ${claim.siteId}`);
    return site;
  }
}
