import type { BulletinDocument, IndicatorTable, Mover, RankedUnit } from '../model/bulletin-document';
import { signOffLines } from '../model/bulletin-header';
import { asOfZh, dateTimeZh, periodZh } from '../model/format';
import { Bar, horizontalBarsSvg } from './bar-chart';
import { PALETTE, TONE_COLOUR } from './palette';
import { pdfLibraries } from './pdf-libraries';
import { Column, PdfPages, TableRow } from './pdf-pages';

/** Most bars one chart draws; a longer ranking charts its head and tail (the table lists all). */
export const CHART_MAX_BARS = 30;
const BAR_HEIGHT = 19;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The bulletin as an A4 PDF: the document model laid out, in the order of the design. */
export async function renderBulletinPdf(document: BulletinDocument): Promise<Buffer> {
  const { header } = document;
  const title = `${header.unit.name}${periodZh(header.period)}易地扶贫搬迁进度月报`;
  const pages = new PdfPages(await pdfLibraries(), { title, subject: `数据截至${asOfZh(header.asOf)}` });
  masthead(pages, document);
  overview(pages, document);
  composite(pages, document);
  indicators(pages, document);
  movers(pages, document);
  problems(pages, document);
  definitions(pages, document);
  return pages.finish({ left: `${header.unit.name} · ${periodZh(header.period)} 易地扶贫搬迁进度月报`, right: `数据截至 ${asOfZh(header.asOf)}` });
}

function masthead(pages: PdfPages, { header }: BulletinDocument): void {
  pages.text('易地扶贫搬迁工作调度系统', { size: 11, color: PALETTE.masthead, align: 'center', gapAfter: 2 });
  pages.text('进度月报', { size: 26, bold: true, color: PALETTE.masthead, align: 'center', gapAfter: 6, characterSpacing: 10 });
  pages.rule(PALETTE.masthead, 1.6);
  pages.y += 6;
  pages.text(`${header.unit.name}  ${periodZh(header.period)}`, { size: 18, bold: true, align: 'center', gapAfter: 4 });
  pages.text(`数据截至 ${asOfZh(header.asOf)}\u3000\u3000系统生成于 ${dateTimeZh(header.publishedAt)}`, { size: 10, color: PALETTE.muted, align: 'center', gapAfter: 6 });
  if (header.revision) {
    pages.text(`修订说明：本月报已于 ${dateTimeZh(header.revision.revisedAt)} 修订。修订原因：${header.revision.reason}`, { size: 10, color: PALETTE.worse, gapAfter: 4 });
  }
  for (const line of signOffLines(header)) pages.text(line, { size: 10, color: PALETTE.worse, gapAfter: 4 });
}

function overview(pages: PdfPages, document: BulletinDocument): void {
  pages.heading('一、总体情况', 1, 180);
  const columns = 3;
  const gap = 10;
  const width = (pages.width - gap * (columns - 1)) / columns;
  const height = 86;
  for (let start = 0; start < document.headlines.length; start += columns) {
    pages.ensure(height + gap);
    const top = pages.y;
    document.headlines.slice(start, start + columns).forEach((headline, i) => {
      const x = pages.left + i * (width + gap);
      const doc = pages.doc;
      doc.roundedRect(x, top, width, height, 4).fill(PALETTE.cardFill);
      doc.font('regular').fontSize(9).fillColor(PALETTE.muted).text(headline.name, x + 8, top + 6, { width: width - 16, lineBreak: false });
      doc.font('bold').fontSize(20).fillColor(PALETTE.text).text(headline.value, x + 8, top + 19, { width: width - 16, lineBreak: false });
      headline.counts.forEach((line, n) =>
        doc.font('regular').fontSize(7.5).fillColor(PALETTE.muted).text(line, x + 8, top + 46 + n * 11, { width: width - 16, lineBreak: false, ellipsis: true }),
      );
      doc.font('regular').fontSize(9).fillColor(TONE_COLOUR[headline.tone]).text(headline.change, x + 8, top + 70, { width: width - 16, lineBreak: false });
    });
    pages.y = top + height + gap;
  }
  pages.doc.fillColor(PALETTE.text);
  document.headlines.forEach((headline, i) => pages.text(`${i + 1}. ${headline.sentence}`, { size: 10.5, gapAfter: 3 }));
}

function composite(pages: PdfPages, document: BulletinDocument): void {
  const { composite } = document;
  pages.heading(`二、综合排名（${document.childLabel}）`, 1, 120);
  pages.text(composite.sentence, { size: 10.5 });
  if (composite.units.length === 0) {
    pages.text(`本月无下辖${document.childLabel}数据。`, { color: PALETTE.muted });
    return;
  }
  const bars = chartBars(composite.units, { label: `${composite.own.name}（${document.scopeWord}）`, value: composite.own.score === null ? null : composite.own.score * 100, own: true });
  const height = 36 + bars.length * BAR_HEIGHT;
  const note = composite.units.length > CHART_MAX_BARS ? `（共 ${composite.units.length} 个${document.childLabel}，图中列前 ${CHART_MAX_BARS / 2} 名与后 ${CHART_MAX_BARS / 2} 名）` : '';
  pages.ensure(height + 20);
  pages.text(`图 1\u3000${document.childLabel}综合得分${note}；深色为${document.scopeWord}综合得分`, { size: 9, color: PALETTE.muted, gapAfter: 2 });
  pages.svg(horizontalBarsSvg(pages.libraries, bars, { width: pages.width, height }, (value) => value.toFixed(1)), pages.width, height);
  const columns: Column[] = [
    { header: '名次', width: 50, align: 'right' },
    { header: '单位', width: 245 },
    { header: '综合得分', width: 90, align: 'right' },
    { header: '较上月名次变化', width: pages.width - 385, align: 'center' },
  ];
  pages.table(
    columns,
    composite.units.map((unit) => ({
      cells: [String(unit.rank ?? '—'), unit.name, unit.scoreText, { text: unit.rankChange, color: TONE_COLOUR[unit.rankTone] }],
    })),
  );
}

/** Units in rank order with the division's own score placed where it falls among them. */
function chartBars(units: RankedUnit[], own: Bar): Bar[] {
  const half = CHART_MAX_BARS / 2;
  const shown = units.length > CHART_MAX_BARS ? [...units.slice(0, half), ...units.slice(units.length - half)] : units;
  const bars: Bar[] = shown.map((unit) => ({ label: unit.name, value: unit.score === null ? null : unit.score * 100 }));
  const at = own.value === null ? -1 : bars.findIndex((bar) => bar.value === null || bar.value < own.value!);
  if (own.value !== null) bars.splice(at === -1 ? bars.length : at, 0, own);
  return bars;
}

function indicators(pages: PdfPages, document: BulletinDocument): void {
  pages.heading('三、分项指标排名', 1, 140);
  pages.text('各表按完成率排名（红线问题数越少越好）；绿底为排名前列、红底为排名靠后的单位（各至多三个）；“较上月”为完成率的变化。', { size: 9, color: PALETTE.muted });
  document.indicators.forEach((table, i) => indicatorTable(pages, table, i, document.childLabel));
}

function indicatorTable(pages: PdfPages, table: IndicatorTable, index: number, childLabel: string): void {
  const m = table.measure;
  pages.heading(`（${chineseNumber(index + 1)}）${m.name}\u3000本级 ${table.ownValue}`, 2, 70);
  const columns: Column[] = [
    { header: '名次', width: 36, align: 'right' },
    { header: childLabel, width: 210 },
    { header: m.isCount ? m.numeratorName : `${m.numeratorName} / ${m.denominatorName}`, width: 118, align: 'right' },
    { header: m.isCount ? '问题数' : '完成率', width: 56, align: 'right' },
    { header: '较上月', width: pages.width - 420, align: 'right' },
  ];
  const rows: TableRow[] = table.rows.map((row) => ({
    cells: [String(row.rank ?? '—'), row.name, row.counts, row.value, { text: row.change, color: TONE_COLOUR[row.tone] }],
    fill: row.mark === 'top' ? PALETTE.topFill : row.mark === 'bottom' ? PALETTE.bottomFill : undefined,
  }));
  if (table.omitted > 0) {
    rows.splice(table.omittedAfter, 0, { cells: ['', { text: `……（中间 ${table.omitted} 个单位从略，见同期 Excel 月报）`, color: PALETTE.muted }, '', '', ''] });
  }
  if (rows.length === 0) {
    pages.text(`无下辖${childLabel}数据。`, { size: 9, color: PALETTE.muted });
    return;
  }
  pages.table(columns, rows);
}

function movers(pages: PdfPages, document: BulletinDocument): void {
  const { movers } = document;
  pages.heading('四、进退情况', 1, 80);
  const list = (title: string, items: Mover[], empty: string) => {
    pages.text(title, { size: 10.5, bold: true, gapAfter: 2 });
    if (items.length === 0) pages.text(empty, { size: 10, color: PALETTE.muted });
    items.forEach((item) => pages.text(`${item.name}：${item.detail}`, { size: 10, color: TONE_COLOUR[item.tone], x: pages.left + 12, gapAfter: 2 }));
    pages.y += 4;
  };
  list('（一）综合排名上升', movers.rankUp, '本月无名次上升的单位。');
  list('（二）综合排名下降', movers.rankDown, '本月无名次下降的单位。');
  list('（三）单项指标进步较大', movers.gains, '本月无明显进步的单项指标。');
  list('（四）单项指标退步较大', movers.declines, '本月无明显退步的单项指标。');
}

function problems(pages: PdfPages, document: BulletinDocument): void {
  const { problems } = document;
  pages.heading('五、存在问题', 1, 80);
  let n = 0;
  const sub = (title: string) => pages.heading(`（${chineseNumber(++n)}）${title}`, 2, 50);
  sub('政策红线问题（月末未整改）');
  countsByUnit(pages, problems.violationsByUnit, '未整改问题数', '月末无未整改的政策红线问题。');
  if (problems.violationHouseholds.length > 0) {
    pages.text('涉及搬迁户：', { size: 10, bold: true, gapAfter: 2, keepWith: 60 });
    pages.table(
      [
        { header: '安置点', width: 170 },
        { header: '户编号', width: 105 },
        { header: '户主', width: 50 },
        { header: '问题', width: 80 },
        { header: '计算值 / 红线', width: pages.width - 405, align: 'right' },
      ],
      problems.violationHouseholds.map((h) => ({ cells: [h.site, h.household, h.head, h.rule, h.value] })),
    );
  }
  sub('佐证材料未获认定的上报事项');
  countsByUnit(pages, problems.claimsByUnit, '未认定事项数', '月末无未获认定的上报事项。');
  if (problems.unconfirmed.length > 0) {
    sub('未确认本月数据的单位');
    pages.text(problems.unconfirmed.join('、'), { size: 10 });
  }
  sub('无数据的单位');
  pages.text(problems.noData.length === 0 ? `所有${document.childLabel}均有数据。` : `${problems.noData.join('、')}（尚无搬迁户数据）`, { size: 10 });
}

/** A two-column table of units and a count, or a line saying there is nothing to list. */
function countsByUnit(pages: PdfPages, units: Array<{ name: string; count: number }>, countHeader: string, none: string): void {
  if (units.length === 0) {
    pages.text(none, { size: 10, color: PALETTE.muted });
    return;
  }
  pages.table(
    [{ header: '单位', width: 360 }, { header: countHeader, width: pages.width - 360, align: 'right' }],
    units.map((u) => ({ cells: [u.name, String(u.count)] })),
  );
}

function definitions(pages: PdfPages, document: BulletinDocument): void {
  pages.heading('附：指标说明', 1, 100);
  pages.text(
    `本月报数据截至 ${asOfZh(document.header.asOf)}，由系统根据各级录入的台账记录自动计算，不经人工填报；需佐证的上报事项须上传相应佐证材料并未被驳回方予认定，未认定的事项不计入指标。综合得分为各比率指标按权重加权的平均值（满分 100）。`,
    { size: 9.5, color: PALETTE.muted },
  );
  pages.table(
    [
      { header: '指标', width: 95 },
      { header: '计算方法', width: 165 },
      { header: '方向', width: 50, align: 'center' },
      { header: '权重', width: 35, align: 'center' },
      { header: '认定依据（事项：佐证材料）', width: pages.width - 345 },
    ],
    document.definitions.map((d) => ({ cells: [d.name, d.formula, d.direction, d.weight > 0 ? String(d.weight) : '不计', d.recognition.join('；') || '—'] })),
  );
}

function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  if (n < 20) return `十${NUMERALS[n - 11]}`;
  return `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 === 0 ? '' : NUMERALS[(n % 10) - 1]}`;
}
