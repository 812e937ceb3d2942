import {
  parseResidentId,
  ParsedResidentId,
  residentIdCheckCharacter,
  residentIdMismatches,
} from './resident-id';

/*
 * Every full ID below is a literal whose check character was worked out outside the module
 * under test, so a wrong weight table or mapping makes these tests fail.
 *
 * Weights W (positions 1..17): 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
 * Check character by (sum mod 11): 0→1 1→0 2→X 3→9 4→8 5→7 6→6 7→5 8→4 9→3 10→2
 *
 * 1) GB 11643-1999 example 11010519491231002X (Beijing 东城, 1949-12-31, order 002 → female):
 *    digits   1  1  0  1  0  5  1  9  4  9  1  2  3  1  0  0  2
 *    products 7  9  0  5  0 20  2  9 24 27  7 18 30  5  0  0  4  = 167
 *    167 mod 11 = 2 → X ✓
 *
 * 2) GB 11643-1999 example 440524188001010014 (Guangdong 潮阳, 1880-01-01, order 001 → male):
 *    digits   4  4  0  5  2  4  1  8  8  0  0  1  0  1  0  0  1
 *    products 28 36 0 25 16 16  2  8 48  0  0  9  0  5  0  0  2  = 195
 *    195 mod 11 = 8 → 4 ✓
 *
 * 3) Guangxi 450123199001011233 (隆安县, 1990-01-01, order 123 → male):
 *    digits   4  5  0  1  2  3  1  9  9  0  0  1  0  1  1  2  3
 *    products 28 45 0  5 16 12  2  9 54  0  0  9  0  5  8  8  6  = 207
 *    207 mod 11 = 9 → 3 ✓  (so 450123199001011234 is a broken check character)
 */

// 2024-06-01 12:00 in China (UTC+8).
const TODAY = new Date('2024-06-01T04:00:00Z');

function expectParsed(raw: string, today: Date = TODAY): ParsedResidentId {
  const result = parseResidentId(raw, today);
  if (!result.ok) throw new Error(`expected ${raw} to parse, got ${result.problem}: ${result.message}`);
  return result.value;
}

describe('residentIdCheckCharacter', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['45012319900101123', '3'],
    ['45092319850615019', '0'], // sum ≡ 1 → 0, the one case where the mapping is easy to get off by one
    ['45092319850615006', 'X'],
    ['45012720240602001', '5'],
  ])('computes %s → %s', (first17, expected) => {
    expect(residentIdCheckCharacter(first17)).toBe(expected);
  });

  it('rejects input that is not exactly 17 digits', () => {
    expect(() => residentIdCheckCharacter('4501231990010112')).toThrow(RangeError);
    expect(() => residentIdCheckCharacter('450123199001011233')).toThrow(RangeError);
    expect(() => residentIdCheckCharacter('4501231990010112X')).toThrow(RangeError);
  });
});

describe('parseResidentId', () => {
  describe('valid numbers', () => {
    it('parses a Guangxi ID into its parts', () => {
      expect(parseResidentId('450123199001011233', TODAY)).toEqual({
        ok: true,
        value: { normalized: '450123199001011233', regionCode: '450123', birthDate: '1990-01-01', gender: 'MALE' },
      });
    });

    it('accepts the GB 11643 published example with check character X', () => {
      expect(expectParsed('11010519491231002X')).toEqual({
        normalized: '11010519491231002X',
        regionCode: '110105',
        birthDate: '1949-12-31',
        gender: 'FEMALE',
      });
    });

    it('accepts lowercase x and normalises it to uppercase', () => {
      expect(expectParsed('45092319850615006x')).toEqual({
        normalized: '45092319850615006X',
        regionCode: '450923',
        birthDate: '1985-06-15',
        gender: 'FEMALE',
      });
    });

    it('trims surrounding whitespace', () => {
      expect(expectParsed('  450123199001011233\n').normalized).toBe('450123199001011233');
    });

    it('accepts a place code that is no longer a current division (横县 450127)', () => {
      expect(expectParsed('450127197203100417')).toEqual({
        normalized: '450127197203100417',
        regionCode: '450127',
        birthDate: '1972-03-10',
        gender: 'MALE',
      });
    });

    it('accepts the current code for the same place (横州市 450181)', () => {
      expect(expectParsed('450181202406010034').regionCode).toBe('450181');
    });

    it('accepts 29 February in a leap year (2000)', () => {
      expect(expectParsed('451228200002290055').birthDate).toBe('2000-02-29');
    });

    it('accepts 1900-01-01, the earliest allowed birth date', () => {
      expect(expectParsed('450123190001010010').birthDate).toBe('1900-01-01');
    });

    it('accepts a birth date of today', () => {
      expect(expectParsed('450123202406010014').birthDate).toBe('2024-06-01');
    });
  });

  describe('gender from the order code parity', () => {
    it.each([
      ['450923198506150019', 'MALE'], // order 001
      ['450923198506150027', 'FEMALE'], // order 002
      ['450923198506150094', 'MALE'], // order 009
      ['450923198506150107', 'FEMALE'], // order 010
      ['450123199001011233', 'MALE'], // order 123
      ['45092319850615006X', 'FEMALE'], // order 006
    ])('%s is %s', (id, gender) => {
      expect(expectParsed(id).gender).toBe(gender);
    });
  });

  describe('LENGTH', () => {
    it.each([
      ['45012319900101123', 17],
      ['4501231990010112334', 19],
      ['450123900101123', 15], // first-generation 15-digit card number
      ['', 0],
    ])('rejects %p (%i characters)', (raw, length) => {
      expect(parseResidentId(raw, TODAY)).toEqual({
        ok: false,
        problem: 'LENGTH',
        message: `expected 18 characters, got ${length}`,
      });
    });
  });

  describe('FORMAT', () => {
    it('rejects a letter among the first 17 characters', () => {
      expect(parseResidentId('4501231990O1011233', TODAY)).toEqual({
        ok: false,
        problem: 'FORMAT',
        message: "character 11 ('O') should be a digit",
      });
    });

    it('rejects X anywhere but the last position', () => {
      expect(parseResidentId('45012319900101X233', TODAY)).toEqual({
        ok: false,
        problem: 'FORMAT',
        message: "character 15 ('X') should be a digit",
      });
    });

    it('rejects a last character other than a digit or X', () => {
      expect(parseResidentId('45012319900101123Y', TODAY)).toEqual({
        ok: false,
        problem: 'FORMAT',
        message: "character 18 ('Y') should be a digit or X",
      });
    });

    it('rejects an inner space rather than silently removing it', () => {
      expect(parseResidentId('450123 99001011233', TODAY)).toMatchObject({ ok: false, problem: 'FORMAT' });
    });
  });

  describe('REGION_CODE', () => {
    it.each([
      ['160123199001011234', '16'],
      ['990123199001011239', '99'],
    ])('rejects %s (prefix %s)', (id, prefix) => {
      expect(parseResidentId(id, TODAY)).toEqual({
        ok: false,
        problem: 'REGION_CODE',
        message: `region prefix ${prefix} is not a province-level code`,
      });
    });

    it.each(['11', '15', '45', '46', '65', '71', '81', '82', '91'])('accepts province prefix %s', (prefix) => {
      const result = parseResidentId(`${prefix}0123199001011233`, TODAY);
      // Check characters are not recomputed per prefix: anything but REGION_CODE proves the prefix passed.
      expect(result.ok || result.problem).not.toBe('REGION_CODE');
    });
  });

  describe('BIRTH_DATE', () => {
    it('rejects 1900-02-29 (1900 is not a leap year)', () => {
      expect(parseResidentId('450123190002290018', TODAY)).toEqual({
        ok: false,
        problem: 'BIRTH_DATE',
        message: 'birth date 19000229 is not a real calendar date',
      });
    });

    it('rejects 2023-02-30', () => {
      expect(parseResidentId('450123202302300017', TODAY)).toEqual({
        ok: false,
        problem: 'BIRTH_DATE',
        message: 'birth date 20230230 is not a real calendar date',
      });
    });

    it.each([
      ['450123199013011230', '19901301'],
      ['450123199001001238', '19900100'],
    ])('rejects %s (month or day out of range)', (id, compact) => {
      expect(parseResidentId(id, TODAY)).toEqual({
        ok: false,
        problem: 'BIRTH_DATE',
        message: `birth date ${compact} is not a real calendar date`,
      });
    });

    it('rejects a birth date before 1900-01-01 even with a correct check character', () => {
      expect(parseResidentId('440524188001010014', TODAY)).toEqual({
        ok: false,
        problem: 'BIRTH_DATE',
        message: 'birth date 1880-01-01 is before 1900-01-01',
      });
    });

    it('rejects a birth date in the future', () => {
      expect(parseResidentId('450123203001010010', TODAY)).toEqual({
        ok: false,
        problem: 'BIRTH_DATE',
        message: 'birth date 2030-01-01 is after today (2024-06-01)',
      });
    });

    it('rejects tomorrow', () => {
      expect(parseResidentId('45012320240602001X', TODAY)).toMatchObject({ ok: false, problem: 'BIRTH_DATE' });
    });

    it('takes "today" as the China calendar date, independent of the host time zone', () => {
      const id = '450123202406010014'; // born 2024-06-01
      const chinaMidnight = new Date('2024-05-31T16:00:00.000Z');
      const justBefore = new Date('2024-05-31T15:59:59.999Z');
      expect(parseResidentId(id, chinaMidnight).ok).toBe(true);
      expect(parseResidentId(id, justBefore)).toEqual({
        ok: false,
        problem: 'BIRTH_DATE',
        message: 'birth date 2024-06-01 is after today (2024-05-31)',
      });
    });
  });

  describe('CHECK_CHARACTER', () => {
    it('rejects a wrong check digit and names the right one', () => {
      expect(parseResidentId('450123199001011234', TODAY)).toEqual({
        ok: false,
        problem: 'CHECK_CHARACTER',
        message: 'check character should be 3, not 4',
      });
    });

    it('rejects X where a digit is due', () => {
      expect(parseResidentId('45012319900101123x', TODAY)).toEqual({
        ok: false,
        problem: 'CHECK_CHARACTER',
        message: 'check character should be 3, not X',
      });
    });

    it('rejects a digit where X is due', () => {
      expect(parseResidentId('110105194912310020', TODAY)).toEqual({
        ok: false,
        problem: 'CHECK_CHARACTER',
        message: 'check character should be X, not 0',
      });
    });

    it('catches two transposed digits', () => {
      // 1990 → 1909 keeps a valid date, so only the checksum can notice.
      expect(parseResidentId('450123190901011233', TODAY)).toMatchObject({ ok: false, problem: 'CHECK_CHARACTER' });
    });
  });
});

describe('residentIdMismatches', () => {
  const parsed: ParsedResidentId = {
    normalized: '450123199001011233',
    regionCode: '450123',
    birthDate: '1990-01-01',
    gender: 'MALE',
  };

  it('returns nothing when the stated details agree', () => {
    expect(residentIdMismatches(parsed, { birthDate: '1990-01-01', gender: 'MALE' })).toEqual([]);
  });

  it('skips details that are not stated', () => {
    expect(residentIdMismatches(parsed, {})).toEqual([]);
    expect(residentIdMismatches(parsed, { birthDate: null, gender: null })).toEqual([]);
  });

  it('reports a different birth date', () => {
    expect(residentIdMismatches(parsed, { birthDate: '1990-01-02', gender: 'MALE' })).toEqual([
      { field: 'birthDate', message: 'ID number gives birth date 1990-01-01, stated 1990-01-02' },
    ]);
  });

  it('reports a different gender', () => {
    expect(residentIdMismatches(parsed, { gender: 'FEMALE' })).toEqual([
      { field: 'gender', message: 'ID number gives gender MALE, stated FEMALE' },
    ]);
  });

  it('reports both, birth date first', () => {
    const female = expectParsed('45092319850615006X');
    expect(residentIdMismatches(female, { birthDate: '1985-05-15', gender: 'MALE' })).toEqual([
      { field: 'birthDate', message: 'ID number gives birth date 1985-06-15, stated 1985-05-15' },
      { field: 'gender', message: 'ID number gives gender FEMALE, stated MALE' },
    ]);
  });
});
