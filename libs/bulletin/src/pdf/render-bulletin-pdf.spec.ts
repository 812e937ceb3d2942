import { buildBulletin } from '../model/build-bulletin';
import { readPdf, squeeze } from '../../../../test/support/pdf-reading';
import { sampleCountyExtract } from '../testing/sample-extract';
import { renderBulletinPdf } from './render-bulletin-pdf';

describe('the PDF bulletin', () => {
  let reading: Awaited<ReturnType<typeof readPdf>>;
  let size: number;
  const document = buildBulletin(sampleCountyExtract());

  beforeAll(async () => {
    const pdf = await renderBulletinPdf(document);
    size = pdf.length;
    reading = await readPdf(pdf);
  });

  it('is A4 with the CJK font embedded as a subset, and stays small', () => {
    expect(reading.pageSize.width).toBeCloseTo(595.28, 0);
    expect(reading.pageSize.height).toBeCloseTo(841.89, 0);
    const fonts = reading.fonts.split('\n').filter((line) => line.includes('NotoSansSC'));
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+NotoSansSC-\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(size).toBeLessThan(400_000);
  });

  it('has the masthead, the as-of instant, and on every page the running header and 第 n 页 共 N 页', () => {
    const first = squeeze(reading.pages[0]);
    expect(first).toContain('进度月报');
    expect(first).toContain('隆安县 2026年11月');
    expect(first).toContain('数据截至 2026年11月30日24时');
    reading.pages.forEach((page, i) => {
      expect(squeeze(page)).toContain('隆安县 · 2026年11月 易地扶贫搬迁进度月报');
      expect(page.replace(/\s+/g, '')).toContain(`第${i + 1}页共${reading.pages.length}页`);
    });
  });

  it('carries every section in the design’s order, with the headline sentences and the ranked units', () => {
    const text = squeeze(reading.pages.join('\n'));
    const order = ['一、总体情况', '二、综合排名', '三、分项指标排名', '四、进退情况', '五、存在问题', '附：指标说明'].map((title) => text.indexOf(title));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Sentences may wrap; compare without line breaks.
    const flat = text.replace(/\s+/g, '');
    for (const headline of document.headlines) expect(flat).toContain(headline.sentence.replace(/\s+/g, ''));
    expect(text).toMatch(/1 那桐镇安置点（LA-01） 97\.0 ↑1/);
    expect(text).toMatch(/4 雁江镇移民新村（LA-04） 72\.0 ↓2/);
    expect(text).toContain('LA-04-0012');
  });

  it('cuts nothing at a page edge: every word lies inside the page with a margin to spare', () => {
    expect(reading.words.length).toBeGreaterThan(500);
    const outside = reading.words.filter((w) => w.xMin < 20 || w.yMin < 20 || w.xMax > reading.pageSize.width - 20 || w.yMax > reading.pageSize.height - 20);
    expect(outside).toEqual([]);
  });

  it('says the month was revised and which units had not confirmed it, when that is so', async () => {
    const extract = sampleCountyExtract();
    const revised = buildBulletin({
      ...extract,
      header: { ...extract.header, revision: { revisedAt: new Date('2026-12-05T10:30:00+08:00'), reason: '那桐镇安置点搬迁户数据更正' }, unconfirmedUnits: ['丁当镇安置点'] },
    });
    const text = squeeze((await readPdf(await renderBulletinPdf(revised))).pages.join('\n')).replace(/\s+/g, '');
    expect(text).toContain('修订说明：本月报已于2026年12月5日10:30修订。修订原因：那桐镇安置点搬迁户数据更正');
    expect(text).toContain('未确认本月数据的单位：丁当镇安置点');
    expect(squeeze(reading.pages.join('\n'))).not.toContain('修订说明');
  });
});
