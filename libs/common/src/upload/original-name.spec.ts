import { displayName } from './original-name';

describe('displayName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system.ini', 'system.ini'],
    ['入住照片 2026.jpg', '入住照片 2026.jpg'],
    ['evil\u0000name\n.png', 'evilname.png'],
    ['..', 'file'],
    ['', 'file'],
    [undefined, 'file'],
  ])('%p → %p', (input, expected) => {
    expect(displayName(input)).toBe(expected);
  });

  it('bounds the length by characters, not bytes', () => {
    expect([...displayName('照'.repeat(300))]).toHaveLength(255);
  });
});
