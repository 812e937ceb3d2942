import { readPdf } from '../../../../test/support/pdf-reading';
import { pdfLibraries } from './pdf-libraries';
import { PdfPages } from './pdf-pages';

/** Where PdfPages puts a table's cells: one-line cells are placed by hand, longer ones wrapped. */
describe('PdfPages tables', () => {
  const LEFT = 50;
  const columns = [
    { header: '名次', width: 50, align: 'right' as const },
    { header: '单位', width: 120 },
    { header: '综合得分', width: 90, align: 'right' as const },
    { header: '变化', width: 80, align: 'center' as const },
  ];
  let reading: Awaited<ReturnType<typeof readPdf>>;

  beforeAll(async () => {
    const pages = new PdfPages(await pdfLibraries(), { title: 't', subject: 's' });
    pages.table(columns, [
      { cells: ['1', '城东安置点', '98.5', '↑2'] },
      { cells: ['12', '一个名字很长很长很长很长很长很长很长很长的安置点', '7.25', '持平'] },
    ]);
    reading = await readPdf(await pages.finish({ left: '页眉', right: '右' }));
  });

  const word = (text: string) => {
    const found = reading.words.find((w) => w.text === text);
    if (!found) throw new Error(`${text} is not on the page`);
    return found;
  };

  it('right-aligns a one-line cell against its column’s padding', () => {
    for (const [text, right] of [['1', LEFT + 50 - 4], ['12', LEFT + 50 - 4], ['98.5', LEFT + 260 - 4], ['7.25', LEFT + 260 - 4]] as const) {
      expect(Math.abs(word(text).xMax - right)).toBeLessThan(1);
    }
  });

  it('left-aligns and centres one-line cells', () => {
    expect(Math.abs(word('城东安置点').xMin - (LEFT + 50 + 4))).toBeLessThan(1);
    const mark = word('持平');
    expect(Math.abs((mark.xMin + mark.xMax) / 2 - (LEFT + 260 + 40))).toBeLessThan(1);
  });

  it('wraps a cell too long for one line inside its column and makes its row taller', () => {
    const lines = reading.words.filter((w) => w.text.includes('很长') || w.text.includes('安置点')).filter((w) => w.text !== '城东安置点');
    expect(new Set(lines.map((w) => w.yMin)).size).toBeGreaterThan(1);
    expect(lines.every((w) => w.xMin >= LEFT + 50 + 3 && w.xMax <= LEFT + 170 - 3)).toBe(true);
    expect(word('7.25').yMin).toBeCloseTo(word('12').yMin, 0);
  });
});
