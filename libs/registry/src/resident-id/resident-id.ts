/**
 * Chinese resident identity numbers (公民身份号码) per GB 11643-1999.
 *
 * Layout: 6-digit place code + 8-digit birth date (YYYYMMDD) + 3-digit order code
 * (odd = male, even = female) + ISO 7064 MOD 11-2 check character (0-9 or X).
 *
 * Pure module: no I/O, no dependencies, no reliance on the host time zone.
 */

export type ResidentIdGender = 'MALE' | 'FEMALE';

export interface ParsedResidentId {
  /** Trimmed, with a lowercase check character `x` upper-cased. */
  normalized: string;
  regionCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: ResidentIdGender;
}

export type ResidentIdProblem =
  | 'LENGTH' // not 18 characters
  | 'FORMAT' // not 17 digits + digit/X
  | 'REGION_CODE' // first two digits are not a valid province-level prefix
  | 'BIRTH_DATE' // not a real calendar date, before 1900-01-01, or in the future
  | 'CHECK_CHARACTER'; // MOD 11-2 check fails

type ResidentIdParseResult =
  | { ok: true; value: ParsedResidentId }
  | { ok: false; problem: ResidentIdProblem; message: string };

interface ResidentIdMismatch {
  field: 'birthDate' | 'gender';
  message: string;
}

const ID_LENGTH = 18;
const BODY_LENGTH = 17;

/** W_i = 2^(i-1) mod 11 for positions 18..2, as tabulated in GB 11643-1999. */
const WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Index = (weighted sum mod 11); value = check character making the full sum ≡ 1 (mod 11). */
const CHECK_CHARACTERS = '10X98765432';

/**
 * Province-level prefixes only. The full 6-digit code records the place of issue at issue
 * time and county codes are renamed or retired (横县 450127 became 横州市 450181), so
 * validating against today's division list would reject genuine, still-valid IDs.
 */
const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  ...range(11, 15),
  ...range(21, 23),
  ...range(31, 37),
  ...range(41, 46),
  ...range(50, 54),
  ...range(61, 65),
  '71',
  '81',
  '82',
  '91',
]);

const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * The registry operates in Guangxi, so "today" is the China Standard Time calendar date
 * (UTC+8, no daylight saving). A fixed offset keeps the result identical on any host,
 * and a child born this morning in China is not rejected as "future" by a UTC clock.
 */
const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

function range(from: number, to: number): string[] {
  const values: string[] = [];
  for (let n = from; n <= to; n++) values.push(String(n));
  return values;
}

function isDigits(value: string): boolean {
  return /^[0-9]*$/.test(value);
}

export function residentIdCheckCharacter(first17: string): string {
  if (first17.length !== BODY_LENGTH || !isDigits(first17)) {
    throw new RangeError('residentIdCheckCharacter expects exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < BODY_LENGTH; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

export function parseResidentId(raw: string, today: Date = new Date()): ResidentIdParseResult {
  const normalized = raw.trim().toUpperCase();
  const problem =
    lengthProblem(normalized) ??
    formatProblem(normalized) ??
    regionProblem(normalized) ??
    birthDateProblem(normalized, today) ??
    checkCharacterProblem(normalized);
  if (problem) return { ok: false, ...problem };
  return {
    ok: true,
    value: {
      normalized,
      regionCode: normalized.slice(0, 6),
      birthDate: isoBirthDate(normalized),
      gender: Number(normalized[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    },
  };
}

type Problem = { problem: ResidentIdProblem; message: string } | undefined;

function lengthProblem(id: string): Problem {
  // Count code points so a stray full-width character is reported as one character.
  const length = Array.from(id).length;
  if (length === ID_LENGTH) return undefined;
  return { problem: 'LENGTH', message: `expected 18 characters, got ${length}` };
}

function formatProblem(id: string): Problem {
  const chars = Array.from(id);
  for (let i = 0; i < ID_LENGTH; i++) {
    const char = chars[i];
    const allowed = i < BODY_LENGTH ? isDigits(char) : /^[0-9X]$/.test(char);
    if (!allowed) {
      const expected = i < BODY_LENGTH ? 'a digit' : 'a digit or X';
      return { problem: 'FORMAT', message: `character ${i + 1} ('${char}') should be ${expected}` };
    }
  }
  return undefined;
}

function regionProblem(id: string): Problem {
  const prefix = id.slice(0, 2);
  if (PROVINCE_PREFIXES.has(prefix)) return undefined;
  return { problem: 'REGION_CODE', message: `region prefix ${prefix} is not a province-level code` };
}

function birthDateProblem(id: string, today: Date): Problem {
  const iso = isoBirthDate(id);
  if (!isCalendarDate(iso)) {
    return { problem: 'BIRTH_DATE', message: `birth date ${id.slice(6, 14)} is not a real calendar date` };
  }
  if (iso < EARLIEST_BIRTH_DATE) {
    return { problem: 'BIRTH_DATE', message: `birth date ${iso} is before ${EARLIEST_BIRTH_DATE}` };
  }
  const todayIso = chinaCalendarDate(today);
  if (iso > todayIso) {
    return { problem: 'BIRTH_DATE', message: `birth date ${iso} is after today (${todayIso})` };
  }
  return undefined;
}

function checkCharacterProblem(id: string): Problem {
  const expected = residentIdCheckCharacter(id.slice(0, BODY_LENGTH));
  const actual = id[BODY_LENGTH];
  if (actual === expected) return undefined;
  return { problem: 'CHECK_CHARACTER', message: `check character should be ${expected}, not ${actual}` };
}

function isoBirthDate(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Round-trips through Date.UTC: an impossible day (02-30) rolls over and no longer matches. */
function isCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number);
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function chinaCalendarDate(instant: Date): string {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('parseResidentId: `today` is an invalid Date');
  return new Date(time + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Null/undefined mean "not stated" and are skipped; any stated value is compared exactly. */
export function residentIdMismatches(
  parsed: ParsedResidentId,
  stated: { birthDate?: string | null; gender?: ResidentIdGender | null },
): ResidentIdMismatch[] {
  const mismatches: ResidentIdMismatch[] = [];
  if (stated.birthDate != null && stated.birthDate !== parsed.birthDate) {
    mismatches.push({
      field: 'birthDate',
      message: `ID number gives birth date ${parsed.birthDate}, stated ${stated.birthDate}`,
    });
  }
  if (stated.gender != null && stated.gender !== parsed.gender) {
    mismatches.push({
      field: 'gender',
      message: `ID number gives gender ${parsed.gender}, stated ${stated.gender}`,
    });
  }
  return mismatches;
}
