/** The three tiers a statistical division code can name (sites are not divisions). */
export type DivisionTier = 'REGION' | 'CITY' | 'COUNTY';

export interface SqlPredicate {
  sql: string;
  params: Record<string, string>;
}

/** Columns of a row that lies in a county, for `DivisionCode.withinSql`. */
export interface DivisionColumns {
  /** A column holding the row's county code. */
  county: string;
  /**
   * A column holding the row's city code, where the table keeps one: an equality on it can use
   * an index, where a prefix of the county code cannot.
   */
  city?: string;
}

const SIX_DIGITS = /^\d{6}$/;

/**
 * A statistical division code (GB/T 2260) of a region, city or county. Codes nest by prefix —
 * 450000 ⊃ 450100 ⊃ 450123 — so everything about where a division lies follows from its digits:
 * this is the one place that knows how.
 */
export class DivisionCode {
  private constructor(readonly value: string) {}

  static isValid(value: unknown): value is string {
    return typeof value === 'string' && SIX_DIGITS.test(value);
  }

  /** The code, or null when the string is not six digits. */
  static tryParse(value: string): DivisionCode | null {
    return DivisionCode.isValid(value) ? new DivisionCode(value) : null;
  }

  static parse(value: string): DivisionCode {
    const code = DivisionCode.tryParse(value);
    if (!code) throw new TypeError(`not a division code: ${JSON.stringify(value)}`);
    return code;
  }

  get tier(): DivisionTier {
    if (this.value.endsWith('0000')) return 'REGION';
    return this.value.endsWith('00') ? 'CITY' : 'COUNTY';
  }

  /** The digits every code inside this division starts with: 45, 4501, 450123. */
  get prefix(): string {
    switch (this.tier) {
      case 'REGION':
        return this.value.slice(0, 2);
      case 'CITY':
        return this.value.slice(0, 4);
      case 'COUNTY':
        return this.value;
    }
  }

  /** The region of a city, the city of a county; null for a region. */
  get parent(): DivisionCode | null {
    switch (this.tier) {
      case 'REGION':
        return null;
      case 'CITY':
        return new DivisionCode(`${this.value.slice(0, 2)}0000`);
      case 'COUNTY':
        return new DivisionCode(`${this.value.slice(0, 4)}00`);
    }
  }

  /** The divisions above this one, nearest first. */
  get ancestors(): DivisionCode[] {
    const above: DivisionCode[] = [];
    for (let next = this.parent; next; next = next.parent) above.push(next);
    return above;
  }

  /** This division and those above it, nearest first: 450123, 450100, 450000. */
  get selfAndAncestors(): DivisionCode[] {
    return [this, ...this.ancestors];
  }

  /** Whether `other` (a code or a division) lies inside this division or is it. */
  contains(other: DivisionCode | string): boolean {
    const code = typeof other === 'string' ? other : other.value;
    return code.startsWith(this.prefix);
  }

  equals(other: DivisionCode | string): boolean {
    return this.value === (typeof other === 'string' ? other : other.value);
  }

  /**
   * SQL: a row lying in a county (given by its columns) lies inside this division. `param` names
   * the bound parameter (TypeORM's `:name` style).
   */
  withinSql(columns: DivisionColumns | string, param: string): SqlPredicate {
    const { county, city } = typeof columns === 'string' ? { county: columns, city: undefined } : columns;
    switch (this.tier) {
      case 'REGION':
        return { sql: `left(${county}, 2) = :${param}`, params: { [param]: this.prefix } };
      case 'CITY':
        return city ? { sql: `${city} = :${param}`, params: { [param]: this.value } } : { sql: `left(${county}, 4) = :${param}`, params: { [param]: this.prefix } };
      case 'COUNTY':
        return { sql: `${county} = :${param}`, params: { [param]: this.value } };
    }
  }

  toString(): string {
    return this.value;
  }
}
