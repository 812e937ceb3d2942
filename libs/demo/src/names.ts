import { Ethnicity, Gender } from '@app/registry';
import { Rng, Weighted } from './prng';

/**
 * Chinese personal names shaped like those in the three demo counties. Given names follow
 * the fashion of the birth cohort, so a grandmother is 秀英 and her granddaughter 梓涵 —
 * a detail staff notice at once when browsing the demo.
 */

interface CharacterPools {
  first: readonly string[];
  second: readonly string[];
}

type Cohort = 'BEFORE_1966' | 'FROM_1966' | 'FROM_1991' | 'FROM_2006';

const GIVEN_NAME_POOLS: Record<Gender, Record<Cohort, CharacterPools>> = {
  [Gender.MALE]: {
    BEFORE_1966: {
      first: ['文', '德', '明', '志', '国', '建', '永', '家', '金', '荣', '福', '正', '光', '忠', '学', '春', '绍', '启', '有', '朝', '汉', '世', '仕', '元', '进'],
      second: ['才', '昌', '忠', '生', '贵', '华', '荣', '祥', '林', '富', '发', '德', '明', '清', '山', '成', '安', '强', '良', '宝', '新', '泉', '和', '康'],
    },
    FROM_1966: {
      first: ['建', '海', '志', '伟', '小', '永', '国', '春', '红', '卫', '文', '少', '俊', '立', '振', '宏', '庆', '东', '金', '晓', '德', '明', '光'],
      second: ['华', '军', '平', '强', '勇', '林', '明', '波', '峰', '杰', '斌', '辉', '东', '兵', '刚', '宁', '锋', '勋', '涛', '飞', '生', '成', '坤'],
    },
    FROM_1991: {
      first: ['志', '俊', '家', '文', '宇', '子', '伟', '浩', '嘉', '明', '金', '晓', '海', '振', '永', '建', '世', '宏'],
      second: ['豪', '杰', '鹏', '宇', '涛', '斌', '强', '龙', '伟', '轩', '超', '健', '辉', '彬', '鑫', '锋', '凯', '成'],
    },
    FROM_2006: {
      first: ['梓', '宇', '浩', '子', '俊', '嘉', '皓', '睿', '思', '博', '铭', '锦', '一', '天', '佳', '家', '明'],
      second: ['轩', '涵', '宇', '航', '睿', '泽', '浩', '铭', '辰', '阳', '霖', '熙', '瑞', '杰', '博', '晨', '豪', '诚'],
    },
  },
  [Gender.FEMALE]: {
    BEFORE_1966: {
      first: ['秀', '桂', '玉', '美', '月', '凤', '金', '春', '丽', '彩', '兰', '银', '翠', '爱', '素'],
      second: ['英', '兰', '花', '珍', '芳', '梅', '娥', '凤', '莲', '香', '琼', '仙', '珠', '秀', '琴', '妹'],
    },
    FROM_1966: {
      first: ['丽', '美', '秀', '小', '春', '海', '艳', '红', '晓', '桂', '玉', '金', '彩', '雪', '少'],
      second: ['华', '芳', '萍', '霞', '燕', '丽', '梅', '玲', '娟', '红', '英', '琴', '云', '莲', '艳', '凤'],
    },
    FROM_1991: {
      first: ['丽', '思', '晓', '雪', '嘉', '佳', '美', '婷', '秋', '小', '欣', '梦', '月', '春'],
      second: ['婷', '萍', '玲', '燕', '霞', '琳', '娜', '丹', '敏', '静', '洁', '莹', '慧', '倩', '雯', '怡'],
    },
    FROM_2006: {
      first: ['梓', '欣', '子', '雨', '思', '诗', '语', '佳', '可', '紫', '若', '一', '梦', '心', '嘉'],
      second: ['涵', '怡', '萱', '琪', '彤', '桐', '瑶', '妍', '婷', '菲', '琳', '悦', '晴', '雪', '然'],
    },
  },
};

function cohortOf(birthYear: number): Cohort {
  if (birthYear < 1966) return 'BEFORE_1966';
  if (birthYear < 1991) return 'FROM_1966';
  if (birthYear < 2006) return 'FROM_1991';
  return 'FROM_2006';
}

export function givenName(rng: Rng, gender: Gender, birthYear: number): string {
  const pools = GIVEN_NAME_POOLS[gender][cohortOf(birthYear)];
  // Single-character given names were commoner before the 1990s.
  if (rng.chance(birthYear < 1991 ? 0.14 : 0.07)) return rng.pick(pools.second);
  const first = rng.pick(pools.first);
  let second = rng.pick(pools.second);
  // Doubled characters (丽丽) exist but look like a generator bug when frequent.
  if (second === first && !rng.chance(0.2)) second = rng.pick(pools.second);
  return first + second;
}

/** Surname pools per ethnicity within one county; `DEFAULT` covers anyone else. */
export type SurnamePools = Partial<Record<Ethnicity | 'DEFAULT', Weighted<string>>>;

export function surname(rng: Rng, pools: SurnamePools, ethnicity: Ethnicity): string {
  const pool = pools[ethnicity] ?? pools.DEFAULT;
  if (!pool) throw new Error(`no surname pool for ${ethnicity}`);
  return rng.weighted(pool);
}

/** Officials' names for site leaders: the general mix, no cohort styling needed. */
export function officialName(rng: Rng, pools: SurnamePools, ethnicity: Ethnicity, gender: Gender, birthYear: number): string {
  return surname(rng, pools, ethnicity) + givenName(rng, gender, birthYear);
}
