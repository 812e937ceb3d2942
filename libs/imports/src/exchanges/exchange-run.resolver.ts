import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { badInput } from '@app/common';
import { CurrentViewer, Viewer } from '@app/access';
import { ImportProblem } from '../runs/import-problem.entity';
import { ImportRuns } from '../runs/import-runs.service';
import { ExchangeCommitter } from './exchange-commit.service';
import { ExchangeOutcome } from './exchange-entry.entity';
import { ExchangeRuns } from './exchange-runs.service';
import { ExchangeEntryView, ExchangeRun } from './exchange-run.type';

const MAX_ENTRIES = 1000;

@Resolver(() => ExchangeRun)
export class ExchangeRunResolver {
  constructor(
    private readonly exchangeRuns: ExchangeRuns,
    private readonly runs: ImportRuns,
    private readonly committer: ExchangeCommitter,
  ) {}

  @Query(() => ExchangeRun, { description: 'One department roster exchange: status, preview and problems (POST /exchanges starts one). Region and city staff only.' })
  async exchangeRun(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ExchangeRun> {
    return ExchangeRun.of(await this.exchangeRuns.findVisible(viewer, id));
  }

  @Query(() => [ExchangeRun], { description: 'The latest 100 exchanges of a division and the divisions inside it, newest first. Region and city staff only.' })
  async exchanges(@CurrentViewer() viewer: Viewer, @Args('divisionCode', { type: () => ID }) divisionCode: string): Promise<ExchangeRun[]> {
    return (await this.exchangeRuns.list(viewer, divisionCode)).map(ExchangeRun.of);
  }

  @Mutation(() => ExchangeRun, {
    description: 'Writes the changes of a VALIDATED exchange (never a field in conflict), all or none, in one transaction, as who ran it, with the roster kind and date recorded in history.',
  })
  async commitExchange(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ExchangeRun> {
    return ExchangeRun.of(await this.committer.commit(viewer, id));
  }

  @ResolveField(() => [ImportProblem], { description: 'Why the roster cannot be exchanged, in file order; empty when it can.' })
  problems(@Parent() exchange: ExchangeRun, @CurrentViewer() viewer: Viewer): Promise<ImportProblem[]> {
    return this.runs.problemsOf(viewer, exchange.run);
  }

  @ResolveField(() => [ExchangeEntryView], { description: 'Roster rows in file order, optionally of some outcomes only; at most 1000 a page.' })
  async entries(
    @Parent() exchange: ExchangeRun,
    @Args('outcomes', { type: () => [ExchangeOutcome], nullable: true }) outcomes: ExchangeOutcome[] | null,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<ExchangeEntryView[]> {
    if (first < 1 || first > MAX_ENTRIES) throw badInput([{ field: 'first', reason: `must be from 1 to ${MAX_ENTRIES}` }]);
    if (offset < 0) throw badInput([{ field: 'offset', reason: 'must not be negative' }]);
    return this.exchangeRuns.entriesOf(exchange.run, outcomes, first, offset);
  }
}
