import { badInput, forbidden } from '@app/common';
import { Role, Viewer } from '@app/access';

/** Only capturing roles (region admin, county and site staff) may write records. */
export function assertWritesRecords(viewer: Viewer): void {
  if (!viewer.writesRecords) {
    throw forbidden(`Role ${viewer.role} reviews records but does not enter them; ask county or site staff`);
  }
}

/** Department rosters cover a city or the region: their staff exchange them (issue 15). */
const EXCHANGING_ROLES: ReadonlySet<Role> = new Set([Role.REGION_ADMIN, Role.REGION_STAFF, Role.CITY_STAFF]);

/** Only region and city staff apply department rosters by resident ID, within their jurisdiction. */
export function assertExchangesRosters(viewer: Viewer): void {
  if (!EXCHANGING_ROLES.has(viewer.role)) {
    throw forbidden(`Role ${viewer.role} does not exchange department rosters; region and city staff do`);
  }
}

/** Unknown UUIDs and malformed ids both mean "no such record" to the caller. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const noSuchReference = (field: string, what: string) =>
  badInput([{ field, reason: `does not name a ${what} you can write to` }]);
