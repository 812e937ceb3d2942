import { Role } from '@app/access';
import { Rng } from './prng';
import { AlertSubscriptionRow, UserRow } from './rows';

/** The demo accounts of SPEC §10: one per tier the quick start lets people try. */
export const DEMO_USERS: ReadonlyArray<{ username: string; role: Role; jurisdiction: string }> = [
  { username: 'admin', role: Role.REGION_ADMIN, jurisdiction: '450000' },
  { username: 'nanning', role: Role.CITY_STAFF, jurisdiction: '450100' },
  { username: 'longan', role: Role.COUNTY_STAFF, jurisdiction: '450123' },
  { username: 'bobai', role: Role.COUNTY_STAFF, jurisdiction: '450923' },
  { username: 'duan', role: Role.COUNTY_STAFF, jurisdiction: '451228' },
];

/**
 * One argon2id hash shared by all five accounts: they have the same password, and hashing
 * five times would add about half a second to every quick start for nothing.
 */
export function buildDemoUsers(rng: Rng, passwordHash: string, createdAt: string): { users: UserRow[]; subscriptions: AlertSubscriptionRow[] } {
  const users = DEMO_USERS.map(
    (user): UserRow => ({
      id: rng.uuid(),
      username: user.username,
      email: `${user.username}@example.org`,
      password_hash: passwordHash,
      role: user.role,
      jurisdiction: user.jurisdiction,
      active: true,
      failed_logins: 0,
      locked_until: null,
      created_at: createdAt,
    }),
  );
  // Each account receives the red-line alerts of its own jurisdiction.
  const subscriptions = users.map((user): AlertSubscriptionRow => ({ user_id: user.id, division_code: user.jurisdiction }));
  return { users, subscriptions };
}
