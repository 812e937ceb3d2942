import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { DateScalar, declareFieldReads } from '@app/common';
import { HistoryEntry } from '../history/history-entry.type';
import { GraphQLRequestContext } from '../graphql-context';
import { LeaveReason } from '../enums/person.enums';
import { AddPersonInput, UpdatePersonInput } from './dtos/add-person.input';
import { Person } from './person.entity';
import { PersonService } from './person.service';

declareFieldReads(Person, 'history', []);

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly persons: PersonService) {}

  @Mutation(() => Person)
  addPerson(@CurrentViewer() viewer: Viewer, @Args('input') input: AddPersonInput): Promise<Person> {
    return this.persons.add(viewer, input);
  }

  @Mutation(() => Person)
  updatePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdatePersonInput,
  ): Promise<Person> {
    return this.persons.update(viewer, id, version, input);
  }

  @Mutation(() => Person, { description: 'Records that a person left the household (death, marriage, moving away); nobody is deleted.' })
  recordPersonLeft(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => LeaveReason }) reason: LeaveReason,
    @Args('date', { type: () => DateScalar }) date: string,
  ): Promise<Person> {
    return this.persons.recordLeft(viewer, id, reason, date);
  }

  @ResolveField(() => [HistoryEntry], { description: '修改记录（最早的在前）' })
  history(@Parent() record: Person, @Context() ctx: GraphQLRequestContext): Promise<HistoryEntry[]> {
    return ctx.loaders.history.person.load(record.id);
  }
}
