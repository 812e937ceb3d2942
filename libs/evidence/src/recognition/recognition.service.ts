import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DivisionService, REGISTRY_RELATIONS as R } from '@app/registry';
import { badInput, Connection, decodeCursor, encodeCursor, PageArgs, pageSize } from '@app/common';
import { siteWithinDivisionSql, Viewer } from '@app/access';
import { EvidenceSubjectType } from '../evidence/evidence.enums';
import { Claim } from './claim.enum';
import { namedQuery } from '../sql/named-query';
import { UnrecognizedClaim } from './unrecognized-claim.type';

interface ClaimRow {
  claim: Claim;
  subject_type: EvidenceSubjectType;
  subject_id: string;
  subject_code: string;
  site_id: string;
  evidence_kind: UnrecognizedClaim['requiredEvidenceKind'];
}

const toClaim = (row: ClaimRow): UnrecognizedClaim => ({
  claim: row.claim,
  subjectType: row.subject_type,
  subjectId: row.subject_id,
  subjectCode: row.subject_code,
  requiredEvidenceKind: row.evidence_kind,
  siteId: row.site_id,
});

/** A position in the list: the subject's code, then which subject and claim (unique). */
const cursorOf = (row: ClaimRow) => encodeCursor({ key: row.subject_code, id: `${row.subject_id}/${row.claim}` });

/**
 * Reads recognition from the generated `claim_status` view (one row per claim made), so the
 * rules of claim_rule are applied here exactly as in the indicators.
 */
@Injectable()
export class RecognitionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly divisions: DivisionService,
  ) {}

  /** Claims made but not recognised, per subject the caller has already been allowed to see. */
  async unrecognizedOf(type: EvidenceSubjectType, ids: readonly string[]): Promise<Map<string, Claim[]>> {
    const rows: Array<{ subject_id: string; claim: Claim }> = await this.dataSource.query(
      `SELECT subject_id, claim FROM claim_status WHERE subject_type = $1 AND subject_id = ANY($2) AND NOT recognised ORDER BY claim`,
      [type, ids],
    );
    const bySubject = new Map<string, Claim[]>(ids.map((id) => [id, []]));
    for (const row of rows) bySubject.get(row.subject_id)?.push(row.claim);
    return bySubject;
  }

  /** Every claim in a unit still lacking evidence, ordered by the subject's code. */
  async listUnrecognized(viewer: Viewer, divisionCode: string, page: PageArgs): Promise<Connection<UnrecognizedClaim>> {
    await this.divisions.findVisible(viewer, divisionCode);
    const limit = pageSize(page.first);
    const scope = viewer.siteScopeSql('s');
    const within = siteWithinDivisionSql('s', divisionCode, 'division');
    const from = `FROM claim_status cs
      JOIN ${R.site} s ON s.id = cs.site_id
      JOIN claim_rule r ON r.claim = cs.claim
      LEFT JOIN ${R.household} h ON cs.subject_type = 'HOUSEHOLD' AND h.id = cs.subject_id
      WHERE NOT cs.recognised AND ${scope.sql} AND ${within.sql}`;
    const code = `coalesce(h.code, s.code)`;
    const params: Record<string, unknown> = { ...scope.params, ...within.params, limit: limit + 1 };
    let after = '';
    if (page.after) {
      const position = decodeCursor(page.after);
      const [subjectId, claim] = position.id.split('/');
      if (!subjectId || !Object.values<string>(Claim).includes(claim)) throw badInput([{ field: 'after', reason: 'is not a cursor returned by this API' }]);
      Object.assign(params, { afterCode: position.key, afterSubject: subjectId, afterClaim: claim });
      after = ` AND (${code}, cs.subject_id::text, cs.claim) > (:afterCode, :afterSubject, CAST(:afterClaim AS claim))`;
    }
    const [total] = await namedQuery<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n ${from}`, params);
    const rows =
      limit === 0
        ? []
        : await namedQuery<ClaimRow>(
            this.dataSource,
            `SELECT cs.claim, cs.subject_type, cs.subject_id, ${code} AS subject_code, cs.site_id, r.evidence_kind
             ${from}${after} ORDER BY ${code}, cs.subject_id::text, cs.claim LIMIT :limit`,
            params,
          );
    const pageRows = rows.slice(0, limit);
    const edges = pageRows.map((row) => ({ node: toClaim(row), cursor: cursorOf(row) }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      totalCount: total.n,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
