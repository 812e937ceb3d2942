import { CellKind } from './columns';

/** A cell read into the type of its column, or why it cannot be. */
export type CellReading = { ok: true; value: unknown } | { ok: false; reason: string };

const ok = (value: unknown): CellReading => ({ ok: true, value });
const refuse = (reason: string): CellReading => ({ ok: false, reason });

/** Full-width ASCII (１２３, Ｘ, ．) typed by Chinese input methods, as its half-width form. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * The text of a cell as a spreadsheet holds it: rich text joined, hyperlinks as their text.
 * A formula is refused rather than trusted: its cached result may be stale or missing.
 */
export function cellText(raw: unknown): CellReading {
  if (raw === null || raw === undefined) return ok('');
  if (typeof raw === 'string') return ok(halfWidth(raw).trim());
  if (typeof raw === 'number' || typeof raw === 'boolean') return ok(raw);
  if (raw instanceof Date) return ok(raw);
  if (typeof raw === 'object') {
    const cell = raw as { richText?: Array<{ text: string }>; formula?: string; sharedFormula?: string; error?: string; text?: unknown };
    if (cell.formula !== undefined || cell.sharedFormula !== undefined) return refuse('单元格含公式：请复制后“选择性粘贴—数值”再导入');
    if (cell.error !== undefined) return refuse(`单元格为错误值 ${cell.error}`);
    if (cell.richText) return ok(halfWidth(cell.richText.map((part) => part.text).join('')).trim());
    if (typeof cell.text === 'string') return ok(halfWidth(cell.text).trim());
  }
  return refuse('无法识别的单元格内容');
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 2019-05-01, 2019/5/1, 2019.5.1, 2019年5月1日, 20190501, a date cell or an Excel serial number. */
export function readDate(value: string | number | Date): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 2958465) return null;
    return new Date(EXCEL_EPOCH_MS + value * 86_400_000).toISOString().slice(0, 10);
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const separated = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value);
  const parts = compact ?? separated;
  return parts ? isoDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
}

const YES = new Set(['是', '√', '✓', '1', 'y', 'yes', 'true', '有', '已']);
const NO = new Set(['否', '×', '✗', '0', 'n', 'no', 'false', '无', '未']);

/**
 * Reads one cell for a column of the given kind. Empty is `undefined` (the column's requirement
 * is checked by the registry's input rules); what is ambiguous is refused, never guessed.
 */
export function readCell(raw: unknown, kind: CellKind): CellReading {
  const text = cellText(raw);
  if (!text.ok) return text;
  const value = text.value as string | number | boolean | Date;
  if (value === '') return ok(undefined);
  switch (kind.type) {
    case 'text':
      return ok(value instanceof Date ? readDate(value) : String(value));
    case 'code':
      // A long number has lost digits (4.50123E+17) or its final X: only its owner can restore it.
      if (typeof value === 'number' && !Number.isSafeInteger(value)) return refuse('以数字格式保存，已丢失位数：请将该列设为文本格式后重新填写');
      return ok(String(value).replace(/\s+/g, '').toUpperCase());
    case 'int': {
      const n = typeof value === 'number' ? value : Number(String(value).replace(/,/g, ''));
      return Number.isInteger(n) ? ok(n) : refuse('须为整数');
    }
    case 'decimal': {
      const n = typeof value === 'number' ? value : Number(String(value).replace(/,/g, ''));
      return Number.isFinite(n) ? ok(n) : refuse('须为数字');
    }
    case 'date': {
      const date = typeof value === 'boolean' ? null : readDate(value);
      return date ? ok(date) : refuse('不是有效日期（可写作 2019-05-01、2019/5/1 或 2019年5月1日）');
    }
    case 'yesNo': {
      const word = String(value).toLowerCase();
      if (value === true || YES.has(word)) return ok(true);
      if (value === false || NO.has(word)) return ok(false);
      return refuse('须填“是”或“否”');
    }
    case 'enum': {
      const label = String(value).replace(/\s+/g, '');
      const key = Object.keys(kind.labels).find((k) => kind.labels[k] === label) ?? kind.aliases?.[label];
      return key ? ok(key) : refuse(`须为下拉列表中的一项：${Object.values(kind.labels).join('、')}`);
    }
    case 'list':
      return ok(
        String(value)
          .split(/[、，,;；]/)
          .map((item) => item.trim())
          .filter(Boolean),
      );
  }
}
