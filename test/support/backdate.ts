import type { Pool } from 'pg';

/**
 * Makes records look as if they had been entered at a past instant, with their red-line
 * findings: fixtures for reports about past months. Bypasses the history triggers, which only
 * ever write "now", so it also forgets the figures reports keep of past months.
 */
export async function backdate(api: { db: Pool }, table: 'site' | 'household' | 'person' | 'evidence', ids: string[], when: string): Promise<void> {
  const client = await api.db.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(`UPDATE ${table} SET sys_period = tstzrange($2::timestamptz, NULL) WHERE id = ANY($1)`, [ids, when]);
    if (table === 'household') await client.query(`UPDATE redline_violation SET detected_at = $2 WHERE household_id = ANY($1)`, [ids, when]);
    // A site's facilities were entered with it.
    if (table === 'site') await client.query(`UPDATE site_facility SET sys_period = tstzrange($2::timestamptz, NULL) WHERE site_id = ANY($1)`, [ids, when]);
    // Months' figures kept by earlier reports assumed the past would not change: it just did.
    await client.query(`DELETE FROM month_figures_basis`);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}
