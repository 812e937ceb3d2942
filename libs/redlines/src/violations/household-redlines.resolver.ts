import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { declareFieldReads } from '@app/common';
import { Household } from '@app/registry';
import { RedlineViolation } from './redline-violation.entity';
import { ViolationStatus } from './violation-status.enum';
import { ViolationsByHousehold } from './violations-by-household.loader';

declareFieldReads(Household, 'redlineViolations', ['id']);

/** Adds the red-line violations to the registry's Household type. */
@Resolver(() => Household)
export class HouseholdRedlinesResolver {
  constructor(private readonly loader: ViolationsByHousehold) {}

  @ResolveField(() => [RedlineViolation], { description: '该户的政策红线预警，未解除的在前' })
  async redlineViolations(
    @Parent() household: Household,
    @Context() context: object,
    @Args('status', { type: () => ViolationStatus, nullable: true }) status?: ViolationStatus | null,
  ): Promise<RedlineViolation[]> {
    const violations = await this.loader.forRequest(context).load(household.id);
    return status ? violations.filter((violation) => violation.status === status) : violations;
  }
}
