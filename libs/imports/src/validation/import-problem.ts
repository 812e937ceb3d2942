/** A problem as found, before it is stored with its run. */
export interface Problem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  reason: string;
}

/** What a cell held, as text for the problem list (a Date as its day). */
export function displayValue(raw: unknown): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw === 'object') {
    const cell = raw as { formula?: string; sharedFormula?: string; richText?: Array<{ text: string }>; text?: string; result?: unknown };
    if (cell.formula !== undefined || cell.sharedFormula !== undefined) return `=${cell.formula ?? cell.sharedFormula}`;
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if (typeof cell.text === 'string') return cell.text;
    return JSON.stringify(raw).slice(0, 200);
  }
  return String(raw).slice(0, 200);
}
