import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { connectionNodeFields, connectionNodeSubfields, declareFieldReads } from '@app/common';
import { CurrentViewer, Viewer } from '@app/access';
import { HistoryEntry } from '../history/history-entry.type';
import { GraphQLRequestContext } from '../graphql-context';
import { Site } from '../sites/site.entity';
import { CreateHouseholdInput, UpdateHouseholdInput } from './dtos/create-household.input';
import { HouseholdFilter } from './dtos/household.filter';
import { HouseholdConnection } from './household.connection';
import { Household } from './household.entity';
import { HouseholdService } from './household.service';
import { Person } from '../persons/person.entity';
import { PersonService } from '../persons/person.service';

declareFieldReads(Household, 'site', ['siteId']);
declareFieldReads(Household, 'history', []);

@Resolver(() => Household)
export class HouseholdResolver {
  constructor(
    private readonly householdService: HouseholdService,
    private readonly personService: PersonService,
  ) {}

  @Query(() => Household, { nullable: true })
  household(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Household> {
    return this.householdService.findVisible(viewer, id);
  }

  @Query(() => HouseholdConnection)
  households(
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
    @Context() ctx: GraphQLRequestContext,
    @Args('filter', { nullable: true }) filter?: HouseholdFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    // Members asked for with the page are read in its statement and handed to the persons field's loader.
    const memberFields = connectionNodeSubfields(info, 'persons');
    const memberProperties = this.personService.propertiesFor(memberFields);
    const members = memberFields.size === 0 ? undefined : { properties: memberProperties, receive: (id: string, persons: Person[]) => ctx.loaders.primeMembers(id, memberProperties, persons) };
    return this.householdService.list(viewer, filter, { first, after }, this.householdService.propertiesFor(connectionNodeFields(info)), members);
  }

  @Mutation(() => Household)
  createHousehold(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateHouseholdInput): Promise<Household> {
    return this.householdService.create(viewer, input);
  }

  @Mutation(() => Household)
  updateHousehold(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateHouseholdInput,
  ): Promise<Household> {
    return this.householdService.update(viewer, id, version, input);
  }

  @ResolveField(() => Site)
  async site(@Parent() household: Household, @Context() ctx: GraphQLRequestContext): Promise<Site> {
    const site = await ctx.loaders.siteById.load(household.siteId);
    if (!site) throw new Error(`household ${household.id} refers to missing site ${household.siteId}`);
    return site;
  }

  @ResolveField(() => [HistoryEntry], { description: '修改记录（最早的在前）' })
  history(@Parent() record: Household, @Context() ctx: GraphQLRequestContext): Promise<HistoryEntry[]> {
    return ctx.loaders.history.household.load(record.id);
  }
}
