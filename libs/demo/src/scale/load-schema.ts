import { Client } from 'pg';

interface ConstraintDefinition {
  table: string;
  name: string;
  definition: string;
  type: 'p' | 'u' | 'f' | 'x';
}

interface IndexDefinition {
  table: string;
  name: string;
  definition: string;
}

/** What was dropped before a bulk load, to be rebuilt exactly as it was afterwards. */
export interface DroppedSchema {
  constraints: ConstraintDefinition[];
  indexes: IndexDefinition[];
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Drops the keys, foreign keys and indexes of the tables about to be loaded (and foreign keys
 * of other tables pointing at them), read from the catalog so indexes added by later
 * migrations are handled too. Building an index once over sorted data is many times faster
 * than maintaining it row by row, and the loads of parent and child tables run concurrently
 * on separate connections, which foreign-key checks would forbid.
 */
export async function dropForLoad(client: Client, tables: readonly string[]): Promise<DroppedSchema> {
  const { rows: constraints } = await client.query<ConstraintDefinition>(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition, c.contype AS type
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'u', 'f', 'x')
        AND (c.conrelid = ANY($1::regclass[]) OR (c.contype = 'f' AND c.confrelid = ANY($1::regclass[])))
      ORDER BY c.contype = 'f' DESC, c.conname`,
    [tables],
  );
  const { rows: indexes } = await client.query<IndexDefinition>(
    `SELECT i.indrelid::regclass::text AS "table", i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
      ORDER BY 2`,
    [tables],
  );
  // Foreign keys first: they depend on the keys they reference.
  for (const c of constraints) await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT ${quoted(c.name)}`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  return { constraints, indexes };
}

/**
 * Rebuilds what dropForLoad dropped: keys and indexes first, spread over `connections`
 * connections (largest tables first, so the two cores stay busy), then the foreign keys, whose
 * validation is one join per key and also checks that the generated data is consistent.
 */
export async function restoreAfterLoad(url: string, dropped: DroppedSchema, connections: number, log: (line: string) => void): Promise<void> {
  const { rows: sizes } = await withClient(url, (client) =>
    client.query<{ table: string; bytes: string }>(`SELECT c.oid::regclass::text AS "table", pg_table_size(c.oid) AS bytes FROM pg_class c WHERE c.oid = ANY($1::regclass[])`, [
      [...new Set([...dropped.indexes.map((i) => i.table), ...dropped.constraints.map((c) => c.table)])],
    ]),
  );
  const sizeOf = new Map(sizes.map((s) => [s.table, Number(s.bytes)]));
  const builds = [
    ...dropped.constraints.filter((c) => c.type !== 'f').map((c) => ({ table: c.table, label: c.name, sql: `ALTER TABLE ${c.table} ADD CONSTRAINT ${quoted(c.name)} ${c.definition}` })),
    ...dropped.indexes.map((i) => ({ table: i.table, label: i.name, sql: i.definition })),
  ].sort((a, b) => (sizeOf.get(b.table) ?? 0) - (sizeOf.get(a.table) ?? 0));
  const foreignKeys = dropped.constraints
    .filter((c) => c.type === 'f')
    .map((c) => ({ table: c.table, label: c.name, sql: `ALTER TABLE ${c.table} ADD CONSTRAINT ${quoted(c.name)} ${c.definition}` }));

  for (const batch of [builds, foreignKeys]) {
    const queue = [...batch];
    await Promise.all(
      Array.from({ length: Math.max(1, connections) }, () =>
        withClient(url, async (client) => {
          // Session settings only: sorts for index builds and key checks stay in memory.
          await client.query(`SET maintenance_work_mem = '1GB'`);
          await client.query(`SET work_mem = '256MB'`);
          for (let job = queue.shift(); job; job = queue.shift()) {
            const started = Date.now();
            await client.query(job.sql);
            log(`  ${job.table}: ${job.label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
          }
        }),
      ),
    );
  }
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>, options?: string): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'gen', options });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
