import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { badInput, DivisionCode, forbidden, notFound } from '@app/common';
import { isUniqueViolation } from '@app/db';
import { AuthService } from '../auth/auth.service';
import { parseJurisdiction } from '../scope/jurisdiction';
import { Viewer } from '../scope/viewer';
import { CreateUserInput, UpdateUserInput } from './dtos/user.inputs';
import { JurisdictionDirectory } from './jurisdiction-directory';
import { Role } from './role.enum';
import { User } from './user.entity';
import { ViewerCache } from '../auth/viewer-cache';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Region administrators manage the accounts inside their own jurisdiction. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly directory: JurisdictionDirectory,
    private readonly viewers: ViewerCache,
  ) {}

  async self(viewer: Viewer): Promise<User> {
    const user = await this.users.findOne({ where: { id: viewer.userId } });
    if (!user) throw notFound('User', viewer.userId);
    return user;
  }

  /**
   * The accounts inside the administrator's jurisdiction, or inside one division of it, by
   * username. The table holds staff accounts (hundreds), so it is read whole and each site
   * account placed by its county once.
   */
  async list(viewer: Viewer, divisionCode?: string): Promise<User[]> {
    this.assertAdministrator(viewer);
    const code = divisionCode ?? (viewer.jurisdiction.kind === 'site' ? '' : viewer.jurisdiction.code);
    const scope = DivisionCode.tryParse(code);
    if (!scope || !viewer.seesDivision(scope.value)) throw notFound('Division', code);
    const countyOfSite = new Map<string, Promise<string | null>>();
    const countyOf = (siteId: string) => {
      if (!countyOfSite.has(siteId)) countyOfSite.set(siteId, this.directory.countyOf(siteId).then((found) => found.countyCode));
      return countyOfSite.get(siteId)!;
    };
    const users = await this.users.find({ order: { username: 'ASC' } });
    const inside = await Promise.all(
      users.map(async (user) => {
        const jurisdiction = parseJurisdiction(user.jurisdiction);
        const division = jurisdiction.kind === 'site' ? await countyOf(jurisdiction.siteId) : jurisdiction.code;
        return division !== null && scope.contains(division);
      }),
    );
    return users.filter((_, i) => inside[i]);
  }

  async create(viewer: Viewer, input: CreateUserInput): Promise<User> {
    this.assertAdministrator(viewer);
    await this.assertJurisdiction(viewer, input.role, input.jurisdiction);
    const user = this.users.create({ ...input, passwordHash: await AuthService.hashPassword(input.password) });
    try {
      return await this.users.save(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw badInput([{ field: 'username', reason: 'is already taken' }]);
      throw error;
    }
  }

  async update(viewer: Viewer, id: string, input: UpdateUserInput): Promise<User> {
    const user = await this.findManaged(viewer, id);
    const role = input.role ?? user.role;
    const jurisdiction = input.jurisdiction ?? user.jurisdiction;
    if (input.role || input.jurisdiction) await this.assertJurisdiction(viewer, role, jurisdiction);
    const { password, ...fields } = input;
    // What a token stands for changes with these: the tokens issued before must stop working.
    const retiresTokens = Boolean(password) || role !== user.role || jurisdiction !== user.jurisdiction;
    Object.assign(user, fields);
    if (password) user.passwordHash = await AuthService.hashPassword(password);
    if (retiresTokens) user.tokenVersion += 1;
    const saved = await this.users.save(user);
    if (retiresTokens) await this.viewers.forget(user.id);
    return saved;
  }

  async deactivate(viewer: Viewer, id: string): Promise<User> {
    const user = await this.findManaged(viewer, id);
    if (user.id === viewer.userId) throw badInput([{ field: 'id', reason: 'you cannot deactivate your own account' }]);
    user.active = false;
    user.tokenVersion += 1;
    const saved = await this.users.save(user);
    await this.viewers.forget(user.id);
    return saved;
  }

  private assertAdministrator(viewer: Viewer): void {
    if (viewer.role !== Role.REGION_ADMIN) throw forbidden('Only administrators manage user accounts');
  }

  /** Accounts outside the administrator's jurisdiction are NOT_FOUND, as if they did not exist. */
  private async findManaged(viewer: Viewer, id: string): Promise<User> {
    this.assertAdministrator(viewer);
    const user = UUID.test(id) ? await this.users.findOne({ where: { id } }) : null;
    if (!user || !(await this.withinJurisdiction(viewer, user.jurisdiction))) throw notFound('User', id);
    return user;
  }

  private async withinJurisdiction(viewer: Viewer, jurisdiction: string): Promise<boolean> {
    const { exists, countyCode } = await this.directory.countyOf(jurisdiction);
    return exists && viewer.seesDivision(parseJurisdiction(jurisdiction).kind === 'site' ? (countyCode ?? '') : jurisdiction);
  }

  private async assertJurisdiction(viewer: Viewer, role: Role, jurisdiction: string): Promise<void> {
    const kind = parseJurisdiction(jurisdiction).kind;
    const expected: Record<Role, string[]> = {
      [Role.REGION_ADMIN]: ['region'],
      [Role.REGION_STAFF]: ['region'],
      [Role.CITY_STAFF]: ['city'],
      [Role.COUNTY_STAFF]: ['county'],
      [Role.SITE_STAFF]: ['site'],
      [Role.SPOT_CHECKER]: ['region', 'city', 'county'],
    };
    if (!expected[role].includes(kind) || !(await this.withinJurisdiction(viewer, jurisdiction))) {
      throw badInput([{ field: 'jurisdiction', reason: `must be an existing ${expected[role].join(' or ')} inside your jurisdiction for role ${role}` }]);
    }
  }
}
