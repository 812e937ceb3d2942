import { Role } from '@app/access';
import { DivisionCode, DivisionTier } from '@app/common';
import { Rng } from './prng';
import { AlertSubscriptionRow, UserRow } from './rows';

export interface DemoAccount {
  username: string;
  role: Role;
  jurisdiction: string;
}

/** The demo accounts of SPEC §10: one per tier the quick start lets people try. */
export const DEMO_USERS: readonly DemoAccount[] = [
  { username: 'admin', role: Role.REGION_ADMIN, jurisdiction: '450000' },
  { username: 'nanning', role: Role.CITY_STAFF, jurisdiction: '450100' },
  { username: 'longan', role: Role.COUNTY_STAFF, jurisdiction: '450123' },
  { username: 'bobai', role: Role.COUNTY_STAFF, jurisdiction: '450923' },
  { username: 'duan', role: Role.COUNTY_STAFF, jurisdiction: '451228' },
];

/**
 * The other staff the demo's past needs: Yulin and Hechi publish their own work news and review
 * their counties' evidence, and each demo city has a spot checker for its monthly checks.
 */
export const DEMO_STAFF: readonly DemoAccount[] = [
  { username: 'yulin', role: Role.CITY_STAFF, jurisdiction: '450900' },
  { username: 'hechi', role: Role.CITY_STAFF, jurisdiction: '451200' },
  { username: 'checker-nanning', role: Role.SPOT_CHECKER, jurisdiction: '450100' },
  { username: 'checker-yulin', role: Role.SPOT_CHECKER, jurisdiction: '450900' },
  { username: 'checker-hechi', role: Role.SPOT_CHECKER, jurisdiction: '451200' },
];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [...DEMO_USERS, ...DEMO_STAFF];

/** The account working at a division in a role; the demo has one of each it needs. */
export function demoAccount(role: Role, jurisdiction: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role && a.jurisdiction === jurisdiction);
  if (!account) throw new Error(`no demo ${role} account for ${jurisdiction}`);
  return account;
}

const STAFF_ROLE: Record<DivisionTier, Role> = { REGION: Role.REGION_ADMIN, CITY: Role.CITY_STAFF, COUNTY: Role.COUNTY_STAFF };

/** The staff who speak for a division: its administrator for the region, its staff below. */
export function staffOf(divisionCode: string): DemoAccount {
  return demoAccount(STAFF_ROLE[DivisionCode.parse(divisionCode).tier], divisionCode);
}

/**
 * One argon2id hash shared by all the accounts: they have the same password, and hashing each
 * would add about a tenth of a second to every quick start for nothing. Staff receive the
 * red-line alerts of their own jurisdiction; spot checkers receive none.
 */
export function buildDemoUsers(rng: Rng, passwordHash: string, createdAt: string): { users: UserRow[]; subscriptions: AlertSubscriptionRow[] } {
  const users = DEMO_ACCOUNTS.map(
    (user): UserRow => ({
      id: rng.uuid(),
      username: user.username,
      email: `${user.username}@example.org`,
      password_hash: passwordHash,
      role: user.role,
      jurisdiction: user.jurisdiction,
      active: true,
      token_version: 0,
      created_at: createdAt,
    }),
  );
  const subscriptions = users
    .filter((user) => user.role !== Role.SPOT_CHECKER)
    .map((user): AlertSubscriptionRow => ({ user_id: user.id, division_code: user.jurisdiction }));
  return { users, subscriptions };
}
