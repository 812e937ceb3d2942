import { containsPattern } from './contains-pattern';

describe('containsPattern', () => {
  it('matches anywhere and takes wildcards literally', () => {
    expect(containsPattern(' 桂政发〔2018〕1号 ')).toBe('%桂政发〔2018〕1号%');
    expect(containsPattern('100%_done\\')).toBe('%100\\%\\_done\\\\%');
  });
});
