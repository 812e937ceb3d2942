/**
 * Evidence files as an SQL relation, for features that recognise claims in SQL of their own
 * (with ClaimRecognitionSql): the live table, or the files as they stood at an instant.
 */
export const EVIDENCE_RELATION = 'evidence';

/** `instant`: SQL for a timestamptz, such as a bound parameter. */
export const evidenceAsOf = (instant: string): string => `evidence_as_of(${instant})`;
