import type { SqlSession } from '@app/db';
import { EvidenceSubjectType } from '../evidence/evidence.enums';
import { Claim } from './claim.enum';

/** A claim rule as statements that recognise claims need it (the columns of `claim_rule`). */
export interface ClaimRuleRow {
  claim: Claim;
  subjectType: EvidenceSubjectType;
  evidenceKind: string;
  madeWhen: string;
}

/**
 * The rules as one JSON array, for a statement that reads them alongside other things (the
 * indicator figures read them with their freshness check, in the same round trip).
 */
export const CLAIM_RULES_JSON_SQL = `(SELECT coalesce(json_agg(json_build_object(
    'claim', claim, 'subjectType', subject_type, 'evidenceKind', evidence_kind, 'madeWhen', made_when) ORDER BY claim), '[]')
  FROM claim_rule)`;

/** The claim rules as they stand, for building statements that recognise claims. */
export async function readClaimRules(session: SqlSession): Promise<ClaimRuleRow[]> {
  const [{ rules }] = await session.query<{ rules: ClaimRuleRow[] }>(`SELECT ${CLAIM_RULES_JSON_SQL} AS rules`);
  return rules;
}

const claimColumn = (claim: Claim, suffix: string) => `${claim.toLowerCase()}_${suffix}`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Recognition (SPEC §5) of one subject type's claims as SQL fragments for statements that
 * aggregate many subjects at once, built from the rows of `claim_rule` so the rules live in one
 * place (ARCHITECTURE decision 3). The generated claim-status views apply the same rows to one
 * subject at a time; these fragments let an aggregate read each table once and push its scope
 * into the evidence it reads.
 *
 * A claim is made when its rule's condition holds on the subject's reported values, and
 * recognised when, besides, a non-rejected evidence file of the rule's kind backs it.
 */
export class ClaimRecognitionSql {
  private readonly rules: readonly ClaimRuleRow[];

  constructor(
    rules: readonly ClaimRuleRow[],
    private readonly subjectType: EvidenceSubjectType,
  ) {
    this.rules = rules.filter((rule) => rule.subjectType === subjectType);
    if (this.rules.length === 0) throw new Error(`claim_rule has no rule for ${subjectType}: there would be no claims to recognise`);
  }

  /**
   * Select-list entries `made_<claim>`, to evaluate in a subquery whose only relation is the
   * subject (the rules' conditions name its columns unqualified).
   */
  madeColumns(): string {
    return this.rules.map((rule) => `coalesce((${rule.madeWhen}), false) AS ${claimColumn(rule.claim, 'made')}`).join(', ');
  }

  /**
   * A subquery with one row per subject that has non-rejected evidence from `evidence` (a table
   * or an as-of function): `subject_id` and `backed_<claim>` for every rule. `subjects`, when
   * given, is a subquery of the subject ids to read evidence for.
   */
  evidenceFlags(evidence: string, subjects: string | null): string {
    const flags = this.rules.map((rule) => `bool_or(kind = ${literal(rule.evidenceKind)}) AS ${claimColumn(rule.claim, 'backed')}`).join(', ');
    const scope = subjects ? ` AND subject_id IN (${subjects})` : '';
    return `SELECT subject_id, ${flags} FROM ${evidence}
      WHERE subject_type = ${literal(this.subjectType)} AND rejected_at IS NULL${scope} GROUP BY subject_id`;
  }

  /**
   * Select-list entries over a subject alias that carries the made columns and an alias of the
   * evidence flags (null where the subject has none): `<claim>_recognised` for every rule, and
   * `claims_made`, `claims_recognised` (counts over the rules).
   */
  recognisedColumns(subject: string, flags: string): string {
    const recognised = (rule: ClaimRuleRow) =>
      `(${subject}.${claimColumn(rule.claim, 'made')} AND coalesce(${flags}.${claimColumn(rule.claim, 'backed')}, false))`;
    return [
      ...this.rules.map((rule) => `${recognised(rule)} AS ${claimColumn(rule.claim, 'recognised')}`),
      `${this.rules.map((rule) => `${subject}.${claimColumn(rule.claim, 'made')}::int`).join(' + ')} AS claims_made`,
      `${this.rules.map((rule) => `${recognised(rule)}::int`).join(' + ')} AS claims_recognised`,
    ].join(',\n    ');
  }
}
