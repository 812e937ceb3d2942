import { EntityManager } from 'typeorm';

/** PostgreSQL's wire protocol numbers bind parameters with a 16-bit count. */
const MAX_PARAMETERS = 65535;

/**
 * Writes rows with multi-row `INSERT … VALUES` statements of up to `batchSize` rows, with bind
 * parameters (never values spliced into SQL). One statement per row would make the demo
 * load take minutes over a network connection; one statement per few hundred rows keeps it
 * to seconds without needing COPY support in the driver.
 *
 * Every row must have the same keys, in the same order: the columns come from the first row.
 * Untyped parameters take their column's type, so enums, dates, arrays and jsonb (given as
 * JSON text) need no casts.
 */
export async function insertRows<Row extends object>(manager: EntityManager, table: string, rows: readonly Row[], batchSize = 500): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]);
  const perStatement = Math.max(1, Math.min(batchSize, Math.floor(MAX_PARAMETERS / columns.length)));
  const columnList = columns.map((c) => `"${c}"`).join(', ');
  for (let offset = 0; offset < rows.length; offset += perStatement) {
    const batch = rows.slice(offset, offset + perStatement);
    const parameters: unknown[] = [];
    const tuples = batch.map((row) => {
      const record = row as Record<string, unknown>;
      const placeholders = columns.map((column) => {
        parameters.push(record[column]);
        return `$${parameters.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(', ')}`, parameters);
  }
  return rows.length;
}

/**
 * Updates many rows by id in one statement per batch: `UPDATE … FROM (VALUES …)`. Unlike an
 * INSERT, a VALUES list in FROM has no target columns to borrow types from, so each column
 * is given with its SQL type and every parameter is cast.
 */
export async function updateRows<Row extends { id: string }>(
  manager: EntityManager,
  table: string,
  columnTypes: Readonly<Record<string, string>>,
  rows: readonly Row[],
  batchSize = 500,
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(columnTypes);
  const perStatement = Math.max(1, Math.min(batchSize, Math.floor(MAX_PARAMETERS / (columns.length + 1))));
  const assignments = columns.map((c) => `"${c}" = v."${c}"`).join(', ');
  const aliases = ['id', ...columns].map((c) => `"${c}"`).join(', ');
  for (let offset = 0; offset < rows.length; offset += perStatement) {
    const batch = rows.slice(offset, offset + perStatement);
    const parameters: unknown[] = [];
    const tuples = batch.map((row) => {
      const record = row as unknown as Record<string, unknown>;
      parameters.push(row.id);
      const placeholders = [`$${parameters.length}::uuid`];
      for (const column of columns) {
        parameters.push(record[column]);
        placeholders.push(`$${parameters.length}::${columnTypes[column]}`);
      }
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(`UPDATE "${table}" AS t SET ${assignments} FROM (VALUES ${tuples.join(', ')}) AS v(${aliases}) WHERE t."id" = v."id"`, parameters);
  }
  return rows.length;
}
