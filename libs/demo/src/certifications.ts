import { Rng } from './prng';
import { cityCodeOf } from './counties';
import { staffOf } from './users';

export interface CertificationRow {
  period: string;
  division_code: string;
  status: 'CERTIFIED' | 'RETURNED';
  certified_by: string | null;
  certified_at: string | null;
  note: string | null;
  returned_by: string | null;
  returned_at: string | null;
  return_reason: string | null;
}

export interface CertificationStepRow {
  period: string;
  division_code: string;
  action: 'CERTIFY' | 'RETURN';
  actor: string;
  at: string;
  note: string | null;
}

const RETURN_REASONS = ['搬迁入住户数与安置点台账不一致，请核实', '部分户自筹资金未上传票据，请补充后重新确认', '劳动力就业情况与人社部门数据不符，请核对'];
const NOTES = ['本月数据已逐户核对', '已核对新增人口与减少人口', '数据已与台账核对一致', null];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (period: string) => new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate();
const at = (period: string, day: number, rng: Rng) => `${period}-${pad(day)}T${pad(rng.int(9, 17))}:${pad(rng.int(0, 59))}:00+08:00`;

/**
 * A plausible sign-off history (SPEC §9) for the months that ended since the demo's records were
 * entered: each county confirms between the 20th and the 26th, now and then the city returns it
 * with a reason and the county confirms again the next day; the city confirms the day after its
 * last county, the region the day after its last city. In the last month one county never got
 * round to it, so its city and the region have not confirmed either.
 */
export function planCertifications(rng: Rng, counties: readonly string[], periods: readonly string[]): { rows: CertificationRow[]; steps: CertificationStepRow[] } {
  const rows: CertificationRow[] = [];
  const steps: CertificationStepRow[] = [];
  const confirm = (period: string, code: string, day: number, note: string | null) => {
    const actor = staffOf(code).username;
    const when = at(period, day, rng);
    steps.push({ period, division_code: code, action: 'CERTIFY', actor, at: when, note });
    return { period, division_code: code, status: 'CERTIFIED' as const, certified_by: actor, certified_at: when, note, returned_by: null, returned_at: null, return_reason: null };
  };
  periods.forEach((period, index) => {
    const last = lastDayOf(period);
    const latecomer = index === periods.length - 1 ? counties[rng.int(0, counties.length - 1)] : null;
    const doneOn = new Map<string, number>();
    for (const county of counties) {
      if (county === latecomer) continue;
      let day = rng.int(20, 26);
      if (rng.chance(0.12)) {
        const city = staffOf(cityCodeOf(county)).username;
        const returnedOn = day + 1;
        steps.push({ period, division_code: county, action: 'CERTIFY', actor: staffOf(county).username, at: at(period, day, rng), note: null });
        steps.push({ period, division_code: county, action: 'RETURN', actor: city, at: at(period, returnedOn, rng), note: RETURN_REASONS[rng.int(0, RETURN_REASONS.length - 1)] });
        day = returnedOn + 1;
      }
      rows.push(confirm(period, county, day, NOTES[rng.int(0, NOTES.length - 1)]));
      doneOn.set(county, day);
    }
    const cities = [...new Set(counties.map(cityCodeOf))].sort();
    const cityDays: number[] = [];
    for (const city of cities) {
      const own = counties.filter((county) => cityCodeOf(county) === city);
      if (own.some((county) => !doneOn.has(county))) continue;
      const day = Math.min(last - 1, Math.max(...own.map((county) => doneOn.get(county)!)) + 1);
      rows.push(confirm(period, city, day, '所辖县数据已审核'));
      cityDays.push(day);
    }
    if (cityDays.length === cities.length) rows.push(confirm(period, '450000', Math.min(last, Math.max(...cityDays) + 1), '全区数据已审核'));
  });
  return { rows, steps };
}

/** The months that began after `entriesDoneAt` and ended before `today`. */
export function endedMonths(entriesDoneAt: string, today: string): string[] {
  const periods: string[] = [];
  let [year, month] = entriesDoneAt.slice(0, 7).split('-').map(Number);
  for (;;) {
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
    const period = `${year}-${pad(month)}`;
    if (`${period}-${pad(lastDayOf(period))}` >= today) return periods;
    periods.push(period);
  }
}
