import { badInput, forbidden } from '@app/common';
import { Viewer } from '@app/access';

/** Only capturing roles (region admin, county and site staff) may write records. */
export function assertWritesRecords(viewer: Viewer): void {
  if (!viewer.writesRecords) {
    throw forbidden(`Role ${viewer.role} reviews records but does not enter them; ask county or site staff`);
  }
}

/** Unknown UUIDs and malformed ids both mean "no such record" to the caller. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const noSuchReference = (field: string, what: string) =>
  badInput([{ field, reason: `does not name a ${what} you can write to` }]);
