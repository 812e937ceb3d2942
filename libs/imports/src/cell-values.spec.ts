import { halfWidth, readCell, readDate } from './cell-values';

const gender = { type: 'enum', labels: { MALE: '男', FEMALE: '女' }, aliases: { 男性: 'MALE' } } as const;

describe('reading cells as staff type them', () => {
  it.each([
    ['2019-05-01', '2019-05-01'],
    ['2019/5/1', '2019-05-01'],
    ['2019.5.1', '2019-05-01'],
    ['2019年5月1日', '2019-05-01'],
    ['20190501', '2019-05-01'],
    [43586, '2019-05-01'], // an Excel serial number
    [new Date(Date.UTC(2019, 4, 1)), '2019-05-01'],
    ['2019-02-30', null],
    ['5/1/2019', null],
    ['20191301', null],
  ])('date %p → %p', (input, expected) => {
    expect(readDate(input)).toBe(expected);
  });

  it('turns full-width digits and letters into half-width ones', () => {
    expect(halfWidth('４５０１２３１９９０ｘ')).toBe('4501231990x');
    expect(readCell('  ４５０１２３１９９００１０１００１Ｘ ', { type: 'code' })).toEqual({ ok: true, value: '45012319900101001X' });
  });

  it('refuses a resident ID stored as a number that lost its digits, never guessing them', () => {
    expect(readCell(4.50123199001011e17, { type: 'code' })).toMatchObject({ ok: false });
    expect(readCell(12345, { type: 'code' })).toEqual({ ok: true, value: '12345' });
  });

  it.each([
    ['是', true],
    ['√', true],
    [1, true],
    ['否', false],
    [0, false],
    [true, true],
  ])('yes/no %p → %p', (input, expected) => {
    expect(readCell(input, { type: 'yesNo' })).toEqual({ ok: true, value: expected });
  });

  it('reads enumerated columns by their Chinese label or a local wording, and lists the labels otherwise', () => {
    expect(readCell('女', gender)).toEqual({ ok: true, value: 'FEMALE' });
    expect(readCell('男性', gender)).toEqual({ ok: true, value: 'MALE' });
    expect(readCell('M', gender)).toEqual({ ok: false, reason: '须为下拉列表中的一项：男、女' });
  });

  it('refuses formulas and error values, and reads an empty cell as not given', () => {
    expect(readCell({ formula: 'A1+1', result: 2 }, { type: 'int' })).toMatchObject({ ok: false, reason: expect.stringContaining('公式') });
    expect(readCell({ error: '#N/A' }, { type: 'int' })).toMatchObject({ ok: false });
    expect(readCell('  ', { type: 'int' })).toEqual({ ok: true, value: undefined });
    expect(readCell('1.5', { type: 'int' })).toEqual({ ok: false, reason: '须为整数' });
    expect(readCell('1,234.5', { type: 'decimal' })).toEqual({ ok: true, value: 1234.5 });
  });

  it('splits a list cell on Chinese and Latin separators', () => {
    expect(readCell('就学、就医，社保转移接续', { type: 'list' })).toEqual({ ok: true, value: ['就学', '就医', '社保转移接续'] });
  });
});
