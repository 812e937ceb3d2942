import { maskRecordValues, maskResidentId, namesPersonalNumber } from './mask';

describe('maskResidentId', () => {
  it.each([
    ['450123199001011233', '450123********1233'],
    ['45092319850615006X', '450923********006X'],
    ['450123900101123', '45***********23'], // 15 characters
    ['4501231990010112334', '45***************34'], // 19 characters
    ['abcde', 'ab*de'],
    ['abcd', '****'], // too short to show both ends without revealing everything
    ['', ''],
  ])('%p → %p', (id, masked) => {
    expect(maskResidentId(id)).toBe(masked);
  });
});

describe('maskRecordValues', () => {
  it('masks personal numbers by field name, at any depth, in history changes and corrections alike', () => {
    const changes = { idNumber: { from: null, to: '450123199001011233' }, leaderPhone: { from: '13812345678', to: '13912345678' }, name: { from: 'a', to: 'b' } };
    expect(maskRecordValues(changes)).toEqual({
      idNumber: { from: null, to: '450123********1233' },
      leaderPhone: { from: '138****5678', to: '139****5678' },
      name: { from: 'a', to: 'b' },
    });
    expect(maskRecordValues({ headIdNumber: '45092319850615006X', headName: '张三', members: [{ idNumber: '450123199001011233' }] })).toEqual({
      headIdNumber: '450923********006X',
      headName: '张三',
      members: [{ idNumber: '450123********1233' }],
    });
    expect(maskRecordValues(null)).toBeNull();
  });

  it('tells which field names carry personal numbers', () => {
    expect(['idNumber', 'headIdNumber', 'leaderPhone', 'phone'].every(namesPersonalNumber)).toBe(true);
    expect(['name', 'headName', 'idCard'].some(namesPersonalNumber)).toBe(false);
  });
});
