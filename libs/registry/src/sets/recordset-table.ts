import { EntityManager, EntityMetadata, ValueTransformer } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Rows per statement: one JSON parameter of a few hundred KB, and a bounded plan over it. */
const ROWS_PER_STATEMENT = 1000;

interface CatalogColumn {
  type: string;
  notNull: boolean;
  defaultSql: string | null;
}

/**
 * Multi-row INSERT and UPDATE of one registry table from entities, each statement reading up to
 * a thousand rows from one JSON parameter (`jsonb_to_recordset`). Row triggers (history, `via`)
 * fire per row as for TypeORM's saves; statement triggers (stale site figures) once per statement.
 *
 * The recordset's column types and the defaults of columns an entity leaves unset come from the
 * table itself (pg_catalog), read once: what TypeORM would send as DEFAULT, the statement takes
 * from the same default expression.
 */
export class RecordsetTable<T extends { id: string }> {
  private catalog?: Promise<Map<string, CatalogColumn>>;
  private readonly inserted: ColumnMetadata[];
  private readonly updated: ColumnMetadata[];

  constructor(private readonly metadata: EntityMetadata) {
    const written = metadata.columns.filter((c) => !c.isVirtual && !c.isCreateDate && !c.isUpdateDate);
    this.inserted = written.filter((c) => c.isInsert);
    this.updated = written.filter((c) => c.isUpdate && !c.isPrimary && !c.isVersion);
  }

  /** Inserts new records (their ids given), at version 1. */
  async insert(manager: EntityManager, records: readonly T[]): Promise<void> {
    const columns = this.inserted;
    const catalog = await this.catalogOf(manager);
    const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
    const values = columns
      .map((c) => {
        const column = catalog.get(c.databaseName)!;
        return column.defaultSql && column.notNull ? `COALESCE(r."${c.databaseName}", ${column.defaultSql})` : `r."${c.databaseName}"`;
      })
      .join(', ');
    for (const chunk of chunks(records)) {
      await manager.query(`INSERT INTO "${this.metadata.tableName}" (${names}) SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS r(${this.recordDefinition(columns, catalog)})`, [
        this.json(columns, chunk),
      ]);
    }
  }

  /**
   * Writes records' values over their current ones. As a TypeORM save, a record whose values
   * are all unchanged is left alone; the others get the next version. Returns the ids changed.
   */
  async update(manager: EntityManager, records: readonly T[]): Promise<string[]> {
    const columns = [...this.metadata.primaryColumns, ...this.updated];
    const catalog = await this.catalogOf(manager);
    const quoted = this.updated.map((c) => `"${c.databaseName}"`);
    const assignments = quoted.map((name) => `${name} = r.${name}`).join(', ');
    const current = quoted.map((name) => `t.${name}`).join(', ');
    const next = quoted.map((name) => `r.${name}`).join(', ');
    const changed: string[] = [];
    for (const chunk of chunks(records)) {
      const rows: Array<{ id: string }> = await manager.query(
        `UPDATE "${this.metadata.tableName}" t SET ${assignments}, version = t.version + 1, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(${this.recordDefinition(columns, catalog)})
         WHERE t.id = r.id AND (${current}) IS DISTINCT FROM (${next})
         RETURNING t.id`,
        [this.json(columns, chunk)],
      );
      changed.push(...rows.map((row) => row.id));
    }
    return changed;
  }

  private recordDefinition(columns: readonly ColumnMetadata[], catalog: Map<string, CatalogColumn>): string {
    return columns.map((c) => `"${c.databaseName}" ${catalog.get(c.databaseName)!.type}`).join(', ');
  }

  /** The records as JSON rows by column name, values as TypeORM would write them. */
  private json(columns: readonly ColumnMetadata[], records: readonly T[]): string {
    return JSON.stringify(
      records.map((record) => Object.fromEntries(columns.map((c) => [c.databaseName, c.isVersion ? 1 : written(c, c.getEntityValue(record))]))),
    );
  }

  private catalogOf(manager: EntityManager): Promise<Map<string, CatalogColumn>> {
    this.catalog ??= manager
      .query(
        `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull", pg_get_expr(d.adbin, d.adrelid) AS "defaultSql"
         FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
        [this.metadata.tableName],
      )
      .then((rows: Array<CatalogColumn & { name: string }>) => new Map(rows.map(({ name, ...column }) => [name, column])));
    // A failed read (a lost connection) is not remembered: the next write asks again.
    this.catalog.catch(() => (this.catalog = undefined));
    return this.catalog;
  }
}

function written(column: ColumnMetadata, value: unknown): unknown {
  const transformers: ValueTransformer[] = column.transformer ? ([] as ValueTransformer[]).concat(column.transformer) : [];
  const stored = transformers.reduce((current, transformer) => transformer.to(current), value);
  return stored === undefined ? null : stored;
}

function* chunks<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let start = 0; start < items.length; start += ROWS_PER_STATEMENT) yield items.slice(start, start + ROWS_PER_STATEMENT);
}
