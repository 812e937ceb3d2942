import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, SelectQueryBuilder } from 'typeorm';
import { badInput, Connection, DivisionCode, forbidden, keysetPage, notFound, PageArgs } from '@app/common';
import { AuditedTransaction } from '@app/db';
import { Role, Viewer } from '@app/access';
import { DivisionService, UUID_PATTERN } from '@app/registry';
import { CreateSpotCheckArgs } from './dtos/create-spot-check.args';
import { SpotCheckItem } from './spot-check-item.entity';
import { drawSample } from './spot-check-sampler';
import { SpotCheckerAssignment } from './spot-checker-assignment';
import { SpotCheck } from './spot-check.entity';

/** A spot check verifies a unit's data from above: drawn by region staff or the city, not by those who entered it. */
const DRAWING_ROLES: ReadonlySet<Role> = new Set([Role.REGION_ADMIN, Role.REGION_STAFF, Role.CITY_STAFF]);

@Injectable()
export class SpotCheckService {
  constructor(
    @InjectRepository(SpotCheck) private readonly checks: Repository<SpotCheck>,
    @InjectRepository(SpotCheckItem) private readonly items: Repository<SpotCheckItem>,
    private readonly divisions: DivisionService,
    private readonly assignment: SpotCheckerAssignment,
    private readonly tx: AuditedTransaction,
  ) {}

  async create(viewer: Viewer, args: CreateSpotCheckArgs): Promise<SpotCheck> {
    if (!DRAWING_ROLES.has(viewer.role)) throw forbidden(`Role ${viewer.role} does not draw spot checks; region staff and city staff do`);
    await this.divisions.findVisible(viewer, args.divisionCode);
    if (args.sites + args.households === 0) throw badInput([{ field: 'households', reason: 'the sample must contain at least one site or household' }]);
    const assignee = args.assignee ? await this.assignment.validate(args.assignee, args.divisionCode) : await this.assignment.pick(args.divisionCode);
    return this.tx.run(viewer.username, async (manager) => {
      const check = await manager.getRepository(SpotCheck).save(
        manager.getRepository(SpotCheck).create({
          divisionCode: args.divisionCode,
          seed: args.seed,
          sitesRequested: args.sites,
          householdsRequested: args.households,
          assignee,
          createdBy: viewer.username,
        }),
      );
      await drawSample(manager, check);
      return check;
    });
  }

  /** Hands a check to another spot checker (or to one at all, when the monthly draw found none). */
  async assign(viewer: Viewer, id: string, assignee: string): Promise<SpotCheck> {
    const check = await this.findVisible(viewer, id);
    if (!DRAWING_ROLES.has(viewer.role)) throw forbidden(`Role ${viewer.role} does not assign spot checks`);
    check.assignee = await this.assignment.validate(assignee, check.divisionCode);
    return this.checks.save(check);
  }

  /** Checks of units the caller may see, as if others did not exist. */
  visibleChecks(viewer: Viewer): SelectQueryBuilder<SpotCheck> {
    const scope = viewer.divisionColumnScopeSql('spot_check.division_code');
    return this.checks.createQueryBuilder('spot_check').where(scope.sql, scope.params);
  }

  async findVisible(viewer: Viewer, id: string): Promise<SpotCheck> {
    const check = UUID_PATTERN.test(id) ? await this.visibleChecks(viewer).andWhere('spot_check.id = :id', { id }).getOne() : null;
    if (!check) throw notFound('SpotCheck', id);
    return check;
  }

  /** A sampled record with its check, if the caller may see the check; NOT_FOUND otherwise. */
  async findVisibleItem(viewer: Viewer, itemId: string): Promise<{ item: SpotCheckItem; check: SpotCheck }> {
    const item = UUID_PATTERN.test(itemId) ? await this.items.findOne({ where: { id: itemId } }) : null;
    const check = item ? await this.visibleChecks(viewer).andWhere('spot_check.id = :id', { id: item.spotCheckId }).getOne() : null;
    if (!item || !check) throw notFound('SpotCheckItem', itemId);
    return { item, check };
  }

  /** Newest first; `assignedToMe` narrows to the caller's own work. */
  async list(viewer: Viewer, filter: { divisionCode?: string | null; assignedToMe?: boolean | null }, page: PageArgs): Promise<Connection<SpotCheck>> {
    const query = this.visibleChecks(viewer);
    if (filter.divisionCode) {
      await this.divisions.findVisible(viewer, filter.divisionCode);
      const within = DivisionCode.parse(filter.divisionCode).withinSql('spot_check.division_code', 'within');
      query.andWhere(within.sql, within.params);
    }
    if (filter.assignedToMe) query.andWhere('spot_check.assignee = :me', { me: viewer.username });
    return keysetPage(
      query,
      { column: `date_trunc('milliseconds', spot_check.created_at)`, idColumn: 'spot_check.id', key: (check) => check.createdAt.toISOString(), descending: true },
      page,
    );
  }

  /** Items of checks the caller has already been allowed to see (DataLoader batch), in sample order. */
  itemsOf(checkIds: readonly string[]): Promise<SpotCheckItem[]> {
    return this.items.find({ where: { spotCheckId: In([...checkIds]) }, order: { position: 'ASC' } });
  }
}
