import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder, ValueTransformer } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { loadableProperties } from './loadable-properties';
import { preparedRawRows } from './prepared-reads';

interface Reader {
  column: string;
  property: string;
  from?: ValueTransformer['from'];
  /** Gives back what node-postgres would have parsed where JSON renders the value otherwise. */
  fromJson?: (value: unknown) => unknown;
}

/**
 * Entity instances from plain rows, for the list reads every page of the API makes (a page of
 * households and their members): TypeORM's per-row machinery cost several times the query
 * itself there. node-postgres has already parsed each value (dates stay 'YYYY-MM-DD', see
 * pg-type-parsers); what is left is the column → property mapping and the columns' transformers.
 * Only for plain columns: enum arrays and other values TypeORM post-processes stay with TypeORM.
 */
export class EntityRows<T> {
  private readonly readers = new Map<string, Reader>();

  constructor(private readonly metadata: EntityMetadata) {
    for (const column of metadata.columns) {
      if (!loadableProperties(metadata).has(column.propertyName)) continue;
      if (column.isArray && column.type === 'enum') throw new Error(`${metadata.name}.${column.propertyName}: enum arrays need TypeORM's hydration`);
      this.readers.set(column.propertyName, { column: column.databaseName, property: column.propertyName, from: transformFrom(column), fromJson: jsonToDriverValue(column) });
    }
  }

  /** `"<alias>"."<column>" AS "<column>"` for each property (null: every loadable one). */
  selectList(alias: string, properties: readonly string[] | null): string {
    return this.readersFor(properties)
      .map((reader) => `"${alias}"."${reader.column}" AS "${reader.column}"`)
      .join(', ');
  }

  /**
   * `json_build_array("<alias>"."<column>", …)`: a row as a JSON array in selectList's order, so
   * rows of another table can travel inside one statement's answer (a household's members in its
   * page, json_agg'd) and be read back with hydrateJson. An array rather than an object: the
   * driver parses every member of every page, and keys cost a string lookup each (a page's
   * members as arrays are a quarter shorter).
   */
  jsonArray(alias: string, properties: readonly string[] | null): string {
    return `json_build_array(${this.readersFor(properties)
      .map((reader) => `"${alias}"."${reader.column}"`)
      .join(', ')})`;
  }

  /** A built query's plain rows, to hydrate: a named prepared statement (prepared-reads.ts). */
  rawRows<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): Promise<Record<string, unknown>[]> {
    return preparedRawRows(query);
  }

  /** Rows selected with selectList(…, properties) as entities carrying those properties. */
  hydrate(rows: readonly Record<string, unknown>[], properties: readonly string[] | null): T[] {
    return this.read(rows, properties, (row, reader) => row[reader.column]);
  }

  /** Arrays built by jsonArray(…, properties), as hydrate would read the same rows. */
  hydrateJson(arrays: readonly (readonly unknown[])[], properties: readonly string[] | null): T[] {
    return this.read(arrays, properties, (values, reader, index) => (reader.fromJson ? reader.fromJson(values[index]) : values[index]));
  }

  private read<R>(rows: readonly R[], properties: readonly string[] | null, valueOf: (row: R, reader: Reader, index: number) => unknown): T[] {
    const readers = this.readersFor(properties);
    const prototype = (this.metadata.target as { prototype: object }).prototype;
    return rows.map((row) => {
      const entity = Object.create(prototype) as Record<string, unknown>;
      for (const [index, reader] of readers.entries()) {
        const value = valueOf(row, reader, index);
        entity[reader.property] = reader.from ? reader.from(value) : value;
      }
      return entity as T;
    });
  }

  private readersFor(properties: readonly string[] | null): Reader[] {
    if (!properties) return [...this.readers.values()];
    return properties.map((property) => {
      const reader = this.readers.get(property);
      if (!reader) throw new Error(`${this.metadata.name} has no loadable property ${property}`);
      return reader;
    });
  }
}

const TIMESTAMP_TYPES = new Set<unknown>(['timestamptz', 'timestamp', 'timestamp with time zone', 'timestamp without time zone', Date]);
// node-postgres leaves these as strings (precision); JSON renders them as numbers.
const STRING_NUMBER_TYPES = new Set<unknown>(['numeric', 'decimal', 'bigint', 'int8']);

function jsonToDriverValue(column: ColumnMetadata): ((value: unknown) => unknown) | undefined {
  if (TIMESTAMP_TYPES.has(column.type)) return (value) => (value === null || value === undefined ? value : new Date(value as string));
  if (STRING_NUMBER_TYPES.has(column.type)) return (value) => (value === null || value === undefined ? value : String(value));
  return undefined;
}

function transformFrom(column: ColumnMetadata): ValueTransformer['from'] | undefined {
  const transformer = column.transformer;
  if (!transformer) return undefined;
  // TypeORM applies a list of transformers in reverse order when reading.
  const chain = Array.isArray(transformer) ? [...transformer].reverse() : [transformer];
  return (value: unknown) => chain.reduce((current, t) => t.from(current), value);
}
