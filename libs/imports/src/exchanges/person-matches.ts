import { DataSource } from 'typeorm';
import { Viewer } from '@app/access';
import { REGISTRY_HISTORY, REGISTRY_RELATIONS } from '@app/registry';

const { site: SITE, household: HOUSEHOLD, person: PERSON } = REGISTRY_RELATIONS;

/** An active person a roster row names, as the registry holds them now. */
export interface PersonMatch {
  id: string;
  version: number;
  /** The stored row (snake_case columns). */
  row: Record<string, unknown>;
  /** Column → the day (Shanghai) of its last manual edit; columns never edited by hand are absent. */
  editedOn: Map<string, string>;
}

/**
 * The active persons of the given resident IDs within the exchanger's jurisdiction (outside it,
 * a person is as unknown as one who does not exist), with the day each of `columns` was last
 * edited by hand: the latest version that changed it with no roster provenance (`written_via`).
 * The record's creation is its initial registration, not an edit.
 */
export async function matchPersons(dataSource: DataSource, viewer: Viewer, idNumbers: string[], columns: string[]): Promise<Map<string, PersonMatch>> {
  if (idNumbers.length === 0) return new Map();
  const scope = viewer.siteScopeSql('site');
  const found: Array<{ id: string; idNumber: string; version: number; row: Record<string, unknown> }> = await dataSource
    .createQueryBuilder()
    .select(['person.id AS id', 'person.id_number AS "idNumber"', 'person.version AS version', 'to_jsonb(person) AS row'])
    .from(PERSON, 'person')
    .innerJoin(HOUSEHOLD, 'household', 'household.id = person.household_id')
    .innerJoin(SITE, 'site', 'site.id = household.site_id')
    .where('person.id_number = ANY(:idNumbers) AND person.left_on IS NULL', { idNumbers })
    .andWhere(scope.sql, scope.params)
    .getRawMany();
  const ids = found.map((person) => person.id);
  const edits: Array<{ id: string; column: string; editedOn: string }> = ids.length
    ? await dataSource.query(
        `WITH versions AS (
           SELECT id, sys_period, written_via, to_jsonb(v) AS row
           FROM (SELECT * FROM ${PERSON} WHERE id = ANY($1) UNION ALL SELECT * FROM ${REGISTRY_HISTORY.person} WHERE id = ANY($1)) v
         ), steps AS (
           SELECT id, sys_period, written_via, row, lag(row) OVER (PARTITION BY id ORDER BY lower(sys_period)) AS previous FROM versions
         )
         SELECT id, c.name AS column, max(timezone('Asia/Shanghai', lower(sys_period))::date)::text AS "editedOn"
         FROM steps CROSS JOIN unnest($2::text[]) AS c(name)
         WHERE previous IS NOT NULL AND written_via IS NULL AND row -> c.name IS DISTINCT FROM previous -> c.name
         GROUP BY id, c.name`,
        [ids, columns],
      )
    : [];
  const editsOf = new Map<string, Map<string, string>>();
  for (const edit of edits) editsOf.set(edit.id, (editsOf.get(edit.id) ?? new Map()).set(edit.column, edit.editedOn));
  return new Map(found.map((person) => [person.idNumber, { id: person.id, version: person.version, row: person.row, editedOn: editsOf.get(person.id) ?? new Map() }]));
}
