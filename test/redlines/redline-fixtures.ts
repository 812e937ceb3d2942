import { ApiHarness } from '../support/api-harness';

export const VIOLATION_FIELDS = 'id rule status value threshold detectedAt detectedBy resolvedAt resolvedBy household { code }';

export interface ViolationRow {
  id: string;
  rule: string;
  status: string;
  value: string;
  threshold: string;
  detected_by: string;
  resolved_by: string | null;
  resolved_at: Date | null;
}

/** A household's violations as stored, oldest first. */
export async function storedViolations(api: ApiHarness, householdId: string): Promise<ViolationRow[]> {
  const { rows } = await api.db.query<ViolationRow>(
    `SELECT id, rule, status, value, threshold, detected_by, resolved_by, resolved_at FROM redline_violation WHERE household_id = $1 ORDER BY detected_at, rule`,
    [householdId],
  );
  return rows;
}

export interface OutboxRow {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  message_id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  server_response: string | null;
}

/** The outbox mail about these violations, by recipient. */
export async function outboxFor(api: ApiHarness, violationIds: string[]): Promise<OutboxRow[]> {
  const { rows } = await api.db.query<OutboxRow>(
    `SELECT id, recipient, subject, body, message_id, status, attempts, last_error, server_response FROM mail_outbox
     WHERE split_part(dedupe_key, '/', 2) = ANY($1) ORDER BY recipient, dedupe_key`,
    [violationIds],
  );
  return rows;
}

/** Subscribes a user to the alerts of a division through the API, as staff would. */
export async function subscribe(api: ApiHarness, username: string, divisionCode: string): Promise<void> {
  const response = await api.as(username, `mutation($c: ID!) { subscribeRedlineAlerts(divisionCode: $c) { id } }`, { c: divisionCode });
  if (response.errors) throw new Error(`subscribe ${username} to ${divisionCode} failed: ${JSON.stringify(response.errors)}`);
}

export const mailbox = (username: string) => `${username}@example.org`;
