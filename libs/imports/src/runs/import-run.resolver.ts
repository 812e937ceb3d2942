import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { ImportCommitter } from '../commit/import-commit.service';
import { ImportProblem } from './import-problem.entity';
import { ImportPreview, ImportRun } from './import-run.entity';
import { ImportRuns } from './import-runs.service';

@Resolver(() => ImportRun)
export class ImportRunResolver {
  constructor(
    private readonly runs: ImportRuns,
    private readonly committer: ImportCommitter,
  ) {}

  @Query(() => ImportRun, { description: 'One import: its status, progress while validated, preview and problems (POST /imports starts one).' })
  importRun(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ImportRun> {
    return this.runs.findVisible(viewer, id);
  }

  @Query(() => [ImportRun], { description: 'The latest 100 imports of a division and the divisions inside it, newest first; site staff see their own.' })
  imports(@CurrentViewer() viewer: Viewer, @Args('divisionCode', { type: () => ID }) divisionCode: string): Promise<ImportRun[]> {
    return this.runs.list(viewer, divisionCode);
  }

  @Mutation(() => ImportRun, {
    description: 'Writes every validated row of a VALIDATED import, or none, in one transaction, as its importer (only they may commit it).',
  })
  commitImport(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ImportRun> {
    return this.committer.commit(viewer, id);
  }

  @ResolveField(() => [ImportProblem], { description: 'Every problem found, in file order; empty when the file is valid.' })
  problems(@Parent() run: ImportRun, @CurrentViewer() viewer: Viewer): Promise<ImportProblem[]> {
    return this.runs.problemsOf(viewer, run);
  }

  @ResolveField(() => ImportPreview, { description: 'What the commit writes: records created and records updated.' })
  preview(@Parent() run: ImportRun): ImportPreview {
    return { householdsCreated: run.householdsCreated, householdsUpdated: run.householdsUpdated, personsCreated: run.personsCreated, personsUpdated: run.personsUpdated };
  }
}
