import { EvidenceSubjectType } from '../evidence/evidence.enums';
import { Claim } from './claim.enum';
import { ClaimRecognitionSql, ClaimRuleRow } from './claim-recognition-sql';

const RULES: ClaimRuleRow[] = [
  { claim: Claim.ACTUALLY_RESIDENT, subjectType: EvidenceSubjectType.HOUSEHOLD, evidenceKind: 'MOVE_IN_PHOTO', madeWhen: 'actually_resident' },
  { claim: Claim.POVERTY_EXIT, subjectType: EvidenceSubjectType.HOUSEHOLD, evidenceKind: 'DUAL_CONFIRMATION_FORM', madeWhen: "poverty_status = 'EXITED'" },
  { claim: Claim.GEOHAZARD_ASSESSMENT, subjectType: EvidenceSubjectType.SITE, evidenceKind: 'GEOHAZARD_ASSESSMENT_REPORT', madeWhen: 'geohazard_assessed' },
];

describe('ClaimRecognitionSql', () => {
  const households = new ClaimRecognitionSql(RULES, EvidenceSubjectType.HOUSEHOLD);

  it("builds a subject's claims from its type's rules only", () => {
    expect(households.madeColumns()).toBe(
      "coalesce((actually_resident), false) AS actually_resident_made, coalesce((poverty_status = 'EXITED'), false) AS poverty_exit_made",
    );
    expect(households.recognisedColumns('h', 'ev')).not.toContain('geohazard');
    expect(households.recognisedColumns('h', 'ev')).toContain(
      '(h.actually_resident_made AND coalesce(ev.actually_resident_backed, false)) AS actually_resident_recognised',
    );
    expect(households.recognisedColumns('h', 'ev')).toContain('h.actually_resident_made::int + h.poverty_exit_made::int AS claims_made');
  });

  it('reads non-rejected evidence of the subject type, within the subjects asked for', () => {
    const flags = households.evidenceFlags('evidence_as_of($1)', 'SELECT id FROM scoped');
    expect(flags).toContain("bool_or(kind = 'MOVE_IN_PHOTO') AS actually_resident_backed");
    expect(flags).toContain("FROM evidence_as_of($1)");
    expect(flags).toContain("subject_type = 'HOUSEHOLD' AND rejected_at IS NULL AND subject_id IN (SELECT id FROM scoped)");
    expect(households.evidenceFlags('evidence', null)).not.toContain('subject_id IN');
  });

  it('refuses a subject type without rules rather than count no claims', () => {
    expect(() => new ClaimRecognitionSql(RULES, EvidenceSubjectType.PERSON)).toThrow(/no rule for PERSON/);
  });
});
