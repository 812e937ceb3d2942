import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@app/access';
import { Connection } from '@app/common';
import { RedlineViolationsArgs } from './dtos/redline-violations.args';
import { RedlineViolationConnection } from './redline-violation.connection';
import { RedlineViolation } from './redline-violation.entity';
import { RedlineViolationsService } from './redline-violations.service';

@Resolver(() => RedlineViolation)
export class RedlineViolationResolver {
  constructor(private readonly violations: RedlineViolationsService) {}

  @Query(() => RedlineViolationConnection, { description: '政策红线预警列表（本辖区内）' })
  redlineViolations(@CurrentViewer() viewer: Viewer, @Args() args: RedlineViolationsArgs): Promise<Connection<RedlineViolation>> {
    return this.violations.list(viewer, args);
  }
}
