import { EducationLevel, EmploymentStatus, Ethnicity, Gender, HealthStatus, JoinReason, LeaveReason, Relation, SchoolingStatus, SchoolStage } from '@app/registry';
import { CountyProfile, RETIRED_PLACE_CODES } from './counties';
import { addDays, addYears, ageOn, maxIso, minIso, randomDate, yearOf } from './dates';
import { givenName, surname } from './names';
import { Rng, Weighted } from './prng';
import { ResidentIdSource } from './resident-ids';

/**
 * A household's members: who was in it when the relocation was approved (the beneficiaries),
 * what happened to them since (births, marriages, deaths), and their situation as of today.
 * Ages, relations, genders and ID numbers must agree with each other, because the demo is
 * where staff first judge whether the system "knows" their households.
 */

export const MAX_PERSONS_PER_HOUSEHOLD = 8;

export interface Member {
  id: string;
  relation: Relation;
  gender: Gender;
  birthDate: string;
  ethnicity: Ethnicity;
  surname: string;
  name: string;
  placeCode: string;
  idNumber: string;
  joinReason: JoinReason;
  joinedOn: string | null;
  leaveReason: LeaveReason | null;
  leftOn: string | null;
  /** The member this one is married to, for births and marriages after the relocation. */
  partner: Member | null;
  /** Whether children of this couple are the head's children or grandchildren. */
  generation: 'HEAD' | 'CHILD' | 'ELDER';
  birthsSinceRelocation: number;
}

export interface Situation {
  education: EducationLevel | null;
  health: HealthStatus;
  pensionInsured: boolean;
  medicalInsured: boolean;
  schooling: SchoolingStatus;
  schoolStage: SchoolStage | null;
  employment: EmploymentStatus;
  employer: string | null;
  monthlyWage: number | null;
  trainings: Array<{ kind: string; date: string }>;
  isLabour: boolean;
}

interface MemberFactory {
  rng: Rng;
  county: CountyProfile;
  ids: ResidentIdSource;
}

function opposite(gender: Gender): Gender {
  return gender === Gender.MALE ? Gender.FEMALE : Gender.MALE;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A birth date that makes the person `age` (fractional years allowed) on `on`. */
function birthDateForAge(rng: Rng, age: number, on: string): string {
  return addDays(addYears(on, -Math.floor(age)), -rng.int(0, 364));
}

function newMember(
  factory: MemberFactory,
  fields: Pick<Member, 'relation' | 'gender' | 'birthDate' | 'ethnicity' | 'surname' | 'generation'> & { placeCode?: string },
): Member {
  const { rng, ids } = factory;
  const placeCode = fields.placeCode ?? placeOfIssue(factory, fields.birthDate, 0.04);
  return {
    id: rng.uuid(),
    relation: fields.relation,
    gender: fields.gender,
    birthDate: fields.birthDate,
    ethnicity: fields.ethnicity,
    surname: fields.surname,
    name: fields.surname + givenName(rng, fields.gender, yearOf(fields.birthDate)),
    placeCode,
    idNumber: ids.allocate(rng, placeCode, fields.birthDate, fields.gender),
    joinReason: JoinReason.ORIGINAL_MEMBER,
    joinedOn: null,
    leaveReason: null,
    leftOn: null,
    partner: null,
    generation: fields.generation,
    birthsSinceRelocation: 0,
  };
}

/**
 * Most IDs were issued in the home county; people who married in or were registered
 * elsewhere keep their place of issue, sometimes a code that has since been retired.
 */
function placeOfIssue(factory: MemberFactory, birthDate: string, elsewhereShare: number): string {
  const { rng, county } = factory;
  if (!rng.chance(elsewhereShare)) return county.code;
  const code = rng.pick(county.otherPlaceCodes);
  const retiredIn = RETIRED_PLACE_CODES[code];
  return retiredIn !== undefined && yearOf(birthDate) >= retiredIn ? county.code : code;
}

function marry(a: Member, b: Member): void {
  a.partner = b;
  b.partner = a;
}

/** Someone marrying into the household: own surname and often an ID issued elsewhere. */
function inMarriedSpouse(factory: MemberFactory, relation: Relation, gender: Gender, birthDate: string, partner: Member, generation: Member['generation']): Member {
  const { rng, county } = factory;
  const ethnicity = rng.chance(0.8) ? partner.ethnicity : rng.weighted(county.ethnicities);
  let familyName = surname(rng, county.surnames, ethnicity);
  if (familyName === partner.surname) familyName = surname(rng, county.surnames, ethnicity);
  const placeCode = placeOfIssue(factory, birthDate, 0.18);
  return newMember(factory, { relation, gender, birthDate, ethnicity, surname: familyName, generation, placeCode });
}

/** Children take the father's surname; ethnicity follows the father more often than not. */
function childOf(factory: MemberFactory, relation: Relation, birthDate: string, parents: Member[], options: { gender?: Gender; placeCode?: string } = {}): Member {
  const { rng } = factory;
  const father = parents.find((p) => p.gender === Gender.MALE);
  const mother = parents.find((p) => p.gender === Gender.FEMALE);
  const lineage = father ?? mother ?? parents[0];
  const ethnicity = mother && father && rng.chance(0.3) ? mother.ethnicity : lineage.ethnicity;
  return newMember(factory, {
    relation,
    gender: options.gender ?? (rng.chance(0.52) ? Gender.MALE : Gender.FEMALE),
    birthDate,
    ethnicity,
    surname: lineage.surname,
    placeCode: options.placeCode,
    // Whatever their relation to the head, their own babies are the head's grandchildren.
    generation: 'CHILD',
  });
}

const HEAD_AGE_BANDS: Weighted<[number, number]> = [
  [[22, 34], 22],
  [[35, 49], 42],
  [[50, 64], 26],
  [[65, 78], 10],
];

const SINGLE_HEAD_AGE_BANDS: Weighted<[number, number]> = [
  [[60, 84], 62],
  [[24, 45], 22],
  [[46, 59], 16],
];

/**
 * The household as approved for relocation on `approvedOn`, with `size` members: a head,
 * usually a spouse, and children, parents or a married son's family as ages allow.
 */
export function composeOriginalMembers(factory: MemberFactory, approvedOn: string, size: number): Member[] {
  const { rng, county } = factory;
  const [minAge, maxAge] = rng.weighted(size === 1 ? SINGLE_HEAD_AGE_BANDS : HEAD_AGE_BANDS);
  const headAge = rng.int(minAge, maxAge);
  const headGender = rng.chance(size === 1 ? 0.62 : 0.88) ? Gender.MALE : Gender.FEMALE;
  const ethnicity = rng.weighted(county.ethnicities);
  const head = newMember(factory, {
    relation: Relation.HEAD,
    gender: headGender,
    birthDate: birthDateForAge(rng, headAge, approvedOn),
    ethnicity,
    surname: surname(rng, county.surnames, ethnicity),
    generation: 'HEAD',
  });
  const members: Member[] = [head];
  const free = () => size - members.length;

  // A woman heading a household is mostly widowed or divorced; some have a husband who
  // married in (上门), which Zhuang villages still practise.
  const hasSpouse = free() > 0 && rng.chance(headGender === Gender.MALE ? (headAge >= 65 ? 0.75 : 0.93) : 0.35);
  if (hasSpouse) {
    const gap = clamp(Math.round(rng.normal(2.5, 3)), -3, 12);
    const spouseAge = Math.max(headGender === Gender.MALE ? 18 : 20, headGender === Gender.MALE ? headAge - gap : headAge + gap);
    const spouse = inMarriedSpouse(factory, Relation.SPOUSE, opposite(headGender), birthDateForAge(rng, spouseAge, approvedOn), head, 'HEAD');
    marry(head, spouse);
    members.push(spouse);
  }
  const couple = head.partner ? [head, head.partner] : [head];
  // Children are spaced from the younger parent, so neither parent is implausibly young.
  const parentAge = Math.min(...couple.map((m) => ageOn(m.birthDate, approvedOn)));

  // Three generations under one roof are common; larger households make them likelier.
  if (free() > 0 && headAge <= 55 && rng.chance(size >= 6 ? 0.5 : 0.28)) {
    const ofSpouse = head.partner !== null && rng.chance(0.15);
    const child = ofSpouse && head.partner ? head.partner : head;
    const relation = ofSpouse ? Relation.PARENT_IN_LAW : Relation.PARENT;
    const motherAge = Math.min(95, ageOn(child.birthDate, approvedOn) + clamp(Math.round(rng.normal(26, 4)), 18, 40));
    const both = free() >= 2 && rng.chance(0.45);
    const elders: Member[] = [];
    if (both || rng.chance(0.35)) {
      const fatherAge = Math.min(97, motherAge + rng.int(0, 5));
      // The head's father carries the head's own surname, whatever the head's gender.
      elders.push(newMember(factory, { relation, gender: Gender.MALE, birthDate: birthDateForAge(rng, fatherAge, approvedOn), ethnicity: child.ethnicity, surname: child.surname, generation: 'ELDER' }));
    }
    if (both || elders.length === 0) {
      const elderEthnicity = rng.chance(0.85) ? child.ethnicity : rng.weighted(county.ethnicities);
      elders.push(newMember(factory, { relation, gender: Gender.FEMALE, birthDate: birthDateForAge(rng, motherAge, approvedOn), ethnicity: elderEthnicity, surname: surname(rng, county.surnames, elderEthnicity), generation: 'ELDER' }));
    }
    if (elders.length === 2) marry(elders[0], elders[1]);
    members.push(...elders);
  }

  let youngestAge = Number.POSITIVE_INFINITY;
  const addChild = (age: number): Member => {
    const child = childOf(factory, Relation.CHILD, birthDateForAge(rng, age, approvedOn), couple);
    members.push(child);
    youngestAge = age;
    return child;
  };

  if (free() >= 3 && headAge >= 48 && rng.chance(0.55)) {
    // An older head living with a married son, his wife and their children.
    const sonAge = parentAge - clamp(Math.round(rng.normal(24, 3)), 18, 35);
    if (sonAge >= 20) {
      const son = childOf(factory, Relation.CHILD, birthDateForAge(rng, sonAge, approvedOn), couple, { gender: Gender.MALE });
      members.push(son);
      youngestAge = sonAge;
      const wifeAge = Math.max(19, sonAge - rng.int(0, 4));
      const wife = inMarriedSpouse(factory, Relation.CHILD_IN_LAW, Gender.FEMALE, birthDateForAge(rng, wifeAge, approvedOn), son, 'CHILD');
      marry(son, wife);
      members.push(wife);
      let grandchildAge = wifeAge - clamp(Math.round(rng.normal(23, 2.5)), 18, 32);
      while (free() > 0 && grandchildAge >= 0) {
        const grandchild = childOf(factory, Relation.GRANDCHILD, birthDateForAge(rng, grandchildAge, approvedOn), [son, wife]);
        members.push(grandchild);
        grandchildAge -= rng.int(1, 4);
      }
    }
  }

  let childAge = youngestAge === Number.POSITIVE_INFINITY ? parentAge - clamp(Math.round(rng.normal(23.5, 3)), 18, 35) : youngestAge - rng.int(1, 4);
  while (free() > 0 && childAge >= 0 && parentAge - childAge <= 46) {
    addChild(childAge);
    childAge -= rng.int(1, 4);
  }
  // Households too large for the head's own children take in siblings or other relatives.
  while (free() > 0) {
    const relation = rng.chance(0.7) ? Relation.SIBLING : Relation.OTHER;
    const age = Math.max(16, headAge + rng.int(-10, 8));
    const gender = rng.chance(0.6) ? Gender.MALE : Gender.FEMALE;
    const memberSurname = relation === Relation.SIBLING ? head.surname : surname(rng, county.surnames, head.ethnicity);
    members.push(newMember(factory, { relation, gender, birthDate: birthDateForAge(rng, age, approvedOn), ethnicity: head.ethnicity, surname: memberSurname, generation: 'HEAD' }));
  }
  return members;
}

const BIRTH_RATE_BY_MOTHER_AGE: ReadonlyArray<readonly [number, number]> = [
  [25, 0.15],
  [30, 0.11],
  [35, 0.06],
  [40, 0.02],
];

const DEATH_RATE_BY_AGE: ReadonlyArray<readonly [number, number]> = [
  [50, 0.001],
  [65, 0.006],
  [75, 0.02],
  [85, 0.05],
  [200, 0.13],
];

function rateFor(table: ReadonlyArray<readonly [number, number]>, age: number): number {
  for (const [below, rate] of table) if (age < below) return rate;
  return 0;
}

/**
 * Year by year from the approval to `until`: births, marriages in and out, moves and deaths.
 * The head never leaves, so every household keeps exactly one active head.
 */
export function simulateLifeEvents(factory: MemberFactory, members: Member[], approvedOn: string, until: string): void {
  const { rng } = factory;
  const active = (m: Member) => m.leftOn === null;
  for (let year = yearOf(approvedOn); year <= yearOf(until); year++) {
    const from = maxIso(addDays(approvedOn, 1), `${year}-01-01`);
    const to = minIso(`${year}-12-31`, until);
    if (from > to) continue;
    const midYear = minIso(`${year}-07-01`, to);

    // A son marries and his wife moves in.
    const bachelor = members.find(
      (m) => active(m) && m.relation === Relation.CHILD && m.gender === Gender.MALE && !m.partner && ageOn(m.birthDate, midYear) >= 22 && ageOn(m.birthDate, midYear) <= 32,
    );
    if (bachelor && members.length < MAX_PERSONS_PER_HOUSEHOLD && !members.some((m) => m.relation === Relation.CHILD_IN_LAW) && rng.chance(0.12)) {
      const weddingOn = randomDate(rng, from, to);
      const wifeAge = Math.max(19, ageOn(bachelor.birthDate, weddingOn) - rng.int(0, 4));
      const wife = inMarriedSpouse(factory, Relation.CHILD_IN_LAW, Gender.FEMALE, birthDateForAge(rng, wifeAge, weddingOn), bachelor, 'CHILD');
      wife.joinReason = JoinReason.MARRIAGE;
      wife.joinedOn = weddingOn;
      marry(bachelor, wife);
      members.push(wife);
    }

    for (const mother of members.filter((m) => active(m) && m.gender === Gender.FEMALE && m.partner && active(m.partner))) {
      if (members.length >= MAX_PERSONS_PER_HOUSEHOLD || mother.birthsSinceRelocation >= 2 || mother.generation === 'ELDER') continue;
      const motherAge = ageOn(mother.birthDate, midYear);
      if (!rng.chance(rateFor(BIRTH_RATE_BY_MOTHER_AGE, motherAge))) continue;
      const partner = mother.partner as Member;
      const earliest = maxIso(from, mother.joinedOn ? addDays(mother.joinedOn, 270) : from);
      if (earliest > to) continue;
      const bornOn = randomDate(rng, earliest, to);
      const relation = mother.generation === 'HEAD' ? Relation.CHILD : Relation.GRANDCHILD;
      // Born after the move, so registered in the county whatever the parents' old codes.
      const baby = childOf(factory, relation, bornOn, [mother, partner], { placeCode: factory.county.code });
      baby.joinReason = JoinReason.BIRTH;
      // Registration follows the birth by days or weeks, never precedes it.
      baby.joinedOn = minIso(addDays(bornOn, rng.int(3, 45)), until);
      mother.birthsSinceRelocation++;
      members.push(baby);
    }

    for (const member of members) {
      if (!active(member) || member.relation === Relation.HEAD) continue;
      const age = ageOn(member.birthDate, midYear);
      const earliest = maxIso(from, member.joinedOn ?? from);
      if (earliest > to) continue;
      if (rng.chance(rateFor(DEATH_RATE_BY_AGE, age))) {
        member.leaveReason = LeaveReason.DEATH;
        member.leftOn = randomDate(rng, earliest, to);
      } else if (member.relation === Relation.CHILD && member.gender === Gender.FEMALE && !member.partner && age >= 20 && age <= 30 && rng.chance(0.04)) {
        member.leaveReason = LeaveReason.MARRIAGE_OUT;
        member.leftOn = randomDate(rng, earliest, to);
      } else if ([Relation.SIBLING, Relation.OTHER, Relation.CHILD].includes(member.relation) && !member.partner && age >= 18 && age <= 40 && rng.chance(0.004)) {
        member.leaveReason = rng.chance(0.8) ? LeaveReason.MOVED_AWAY : LeaveReason.OTHER;
        member.leftOn = randomDate(rng, earliest, to);
      }
    }
  }
}

const EDUCATION_BY_COHORT: ReadonlyArray<readonly [number, Weighted<EducationLevel>]> = [
  [1960, [[EducationLevel.NONE, 30], [EducationLevel.PRIMARY, 52], [EducationLevel.JUNIOR_MIDDLE, 15], [EducationLevel.SENIOR_MIDDLE, 3]]],
  [1980, [[EducationLevel.NONE, 6], [EducationLevel.PRIMARY, 38], [EducationLevel.JUNIOR_MIDDLE, 46], [EducationLevel.SENIOR_MIDDLE, 6], [EducationLevel.VOCATIONAL, 4]]],
  [1995, [[EducationLevel.NONE, 1], [EducationLevel.PRIMARY, 12], [EducationLevel.JUNIOR_MIDDLE, 58], [EducationLevel.SENIOR_MIDDLE, 13], [EducationLevel.VOCATIONAL, 12], [EducationLevel.COLLEGE, 3], [EducationLevel.BACHELOR_OR_ABOVE, 1]]],
  [9999, [[EducationLevel.PRIMARY, 3], [EducationLevel.JUNIOR_MIDDLE, 40], [EducationLevel.SENIOR_MIDDLE, 20], [EducationLevel.VOCATIONAL, 24], [EducationLevel.COLLEGE, 9], [EducationLevel.BACHELOR_OR_ABOVE, 4]]],
];

function adultEducation(rng: Rng, birthYear: number, gender: Gender): EducationLevel {
  const table = EDUCATION_BY_COHORT.find(([before]) => birthYear < before)?.[1] ?? EDUCATION_BY_COHORT[EDUCATION_BY_COHORT.length - 1][1];
  const level = rng.weighted(table);
  // Rural girls of the older cohorts were kept from school more often than boys.
  if (gender === Gender.FEMALE && birthYear < 1975 && level === EducationLevel.PRIMARY && rng.chance(0.25)) return EducationLevel.NONE;
  return level;
}

const HEALTH_UNDER_40: Weighted<HealthStatus> = [[HealthStatus.HEALTHY, 95], [HealthStatus.CHRONIC_ILLNESS, 2.5], [HealthStatus.SERIOUS_ILLNESS, 0.5], [HealthStatus.DISABLED, 2]];
const HEALTH_UNDER_60: Weighted<HealthStatus> = [[HealthStatus.HEALTHY, 85], [HealthStatus.CHRONIC_ILLNESS, 10], [HealthStatus.SERIOUS_ILLNESS, 2], [HealthStatus.DISABLED, 3]];
const HEALTH_FROM_60: Weighted<HealthStatus> = [[HealthStatus.HEALTHY, 62], [HealthStatus.CHRONIC_ILLNESS, 28], [HealthStatus.SERIOUS_ILLNESS, 4], [HealthStatus.DISABLED, 6]];

function healthFor(rng: Rng, age: number): HealthStatus {
  return rng.weighted(age < 40 ? HEALTH_UNDER_40 : age < 60 ? HEALTH_UNDER_60 : HEALTH_FROM_60);
}

interface Schooling {
  schooling: SchoolingStatus;
  schoolStage: SchoolStage | null;
  education: EducationLevel | null;
}

/** Compulsory education runs from 6 to 15; dropping out is rare since 控辍保学. */
function schoolingFor(rng: Rng, age: number, birthYear: number, gender: Gender): Schooling {
  const inSchool = (stage: SchoolStage, education: EducationLevel): Schooling => ({ schooling: SchoolingStatus.IN_SCHOOL, schoolStage: stage, education });
  if (age < 3) return { schooling: SchoolingStatus.NOT_SCHOOL_AGE, schoolStage: null, education: null };
  if (age < 6) return rng.chance(0.88) ? inSchool(SchoolStage.PRESCHOOL, EducationLevel.NONE) : { schooling: SchoolingStatus.NOT_SCHOOL_AGE, schoolStage: null, education: null };
  if (age <= 15 && rng.chance(0.006)) {
    return { schooling: SchoolingStatus.DROPPED_OUT, schoolStage: null, education: age >= 13 ? EducationLevel.PRIMARY : EducationLevel.NONE };
  }
  if (age < 12) return inSchool(SchoolStage.PRIMARY, EducationLevel.PRIMARY);
  if (age < 15) return inSchool(SchoolStage.JUNIOR_MIDDLE, EducationLevel.JUNIOR_MIDDLE);
  if (age === 15) {
    return rng.chance(0.5)
      ? inSchool(SchoolStage.JUNIOR_MIDDLE, EducationLevel.JUNIOR_MIDDLE)
      : rng.chance(0.55)
        ? inSchool(SchoolStage.SENIOR_MIDDLE, EducationLevel.SENIOR_MIDDLE)
        : inSchool(SchoolStage.VOCATIONAL, EducationLevel.VOCATIONAL);
  }
  if (age <= 18 && rng.chance(0.72)) {
    return rng.chance(0.55) ? inSchool(SchoolStage.SENIOR_MIDDLE, EducationLevel.SENIOR_MIDDLE) : inSchool(SchoolStage.VOCATIONAL, EducationLevel.VOCATIONAL);
  }
  if (age >= 19 && age <= 22 && rng.chance(0.22)) {
    return inSchool(SchoolStage.HIGHER, rng.chance(0.6) ? EducationLevel.COLLEGE : EducationLevel.BACHELOR_OR_ABOVE);
  }
  let education = adultEducation(rng, birthYear, gender);
  // School leavers cannot hold a diploma they are too young for.
  if (age < 18 && education !== EducationLevel.PRIMARY && education !== EducationLevel.NONE) education = EducationLevel.JUNIOR_MIDDLE;
  if (age < 21 && (education === EducationLevel.COLLEGE || education === EducationLevel.BACHELOR_OR_ABOVE)) education = EducationLevel.SENIOR_MIDDLE;
  return { schooling: age <= 30 ? SchoolingStatus.GRADUATED : SchoolingStatus.NOT_SCHOOL_AGE, schoolStage: null, education };
}

const TRAINING_KINDS = ['电工', '焊工', '家政服务', '育婴员', '电子商务', '中式烹调', '种养技术', '挖掘机操作', '缝纫工', '保安员', '养老护理员', '汽车维修'];

/**
 * Everything about a member as of `on` (today, or the day they left) except employment,
 * which is decided per household so the "every household with labour has a worker" policy
 * can be met at the rate actually reported.
 */
export function describeMember(rng: Rng, member: Member, on: string, approvedOn: string): Situation {
  const age = ageOn(member.birthDate, on);
  const school = schoolingFor(rng, age, yearOf(member.birthDate), member.gender);
  const health = healthFor(rng, age);
  const outOfSchool = school.schooling !== SchoolingStatus.IN_SCHOOL;
  let isLabour = false;
  if (outOfSchool && age >= 16 && age <= 60) {
    const able = health === HealthStatus.HEALTHY ? 0.97 : health === HealthStatus.CHRONIC_ILLNESS ? 0.8 : 0.2;
    isLabour = rng.chance(age < 18 ? able * 0.7 : able);
  } else if (outOfSchool && age > 60 && age <= 65) {
    isLabour = health === HealthStatus.HEALTHY && rng.chance(0.3);
  }
  const trainings: Array<{ kind: string; date: string }> = [];
  if (isLabour && rng.chance(0.45)) {
    const earliest = maxIso(addDays(approvedOn, -365), addYears(member.birthDate, 16));
    const count = rng.chance(0.25) ? 2 : 1;
    const kinds = rng.shuffle(TRAINING_KINDS).slice(0, count);
    for (const kind of kinds) trainings.push({ kind, date: randomDate(rng, earliest, addDays(on, -7)) });
    trainings.sort((a, b) => a.date.localeCompare(b.date));
  }
  return {
    ...school,
    health,
    pensionInsured: age >= 16 && outOfSchool && rng.chance(0.94),
    medicalInsured: rng.chance(0.985),
    employment: isLabour ? EmploymentStatus.UNEMPLOYED : EmploymentStatus.NOT_IN_LABOUR_FORCE,
    employer: null,
    monthlyWage: null,
    trainings,
    isLabour,
  };
}

export interface Workplaces {
  county: CountyProfile;
  siteName: string;
}

const FACTORY_KINDS = ['电子厂', '制衣厂', '家具厂', '建筑工地', '物流公司', '餐饮店', '五金厂', '鞋厂', '塑料制品厂', '食品厂'];
const WELFARE_POSTS = ['保洁公益性岗位', '治安巡逻公益性岗位', '护林员公益性岗位', '道路养护公益性岗位', '楼栋管理公益性岗位'];
const SELF_EMPLOYMENT = ['安置点小卖部经营', '电商微商', '摩托车维修', '流动摊贩', '家庭养殖', '餐饮小店', '农贸市场摊位'];

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** One member's job once the household has decided this member works. */
export function employ(rng: Rng, situation: Situation, age: number, places: Workplaces): void {
  const status = rng.weighted<EmploymentStatus>(
    age <= 45
      ? [[EmploymentStatus.OUTSIDE_PROVINCE, 45], [EmploymentStatus.OUTSIDE_COUNTY, 20], [EmploymentStatus.LOCAL_JOB, 22], [EmploymentStatus.SELF_EMPLOYED, 8], [EmploymentStatus.PUBLIC_WELFARE_POST, 5]]
      : [[EmploymentStatus.OUTSIDE_PROVINCE, 15], [EmploymentStatus.OUTSIDE_COUNTY, 12], [EmploymentStatus.LOCAL_JOB, 28], [EmploymentStatus.SELF_EMPLOYED, 10], [EmploymentStatus.PUBLIC_WELFARE_POST, 35]],
  );
  situation.employment = status;
  switch (status) {
    case EmploymentStatus.OUTSIDE_PROVINCE:
      situation.employer = rng.pick(places.county.outsideProvinceWorkplaces) + rng.pick(FACTORY_KINDS);
      situation.monthlyWage = roundTo(rng.between(3800, 6500), 50);
      break;
    case EmploymentStatus.OUTSIDE_COUNTY:
      situation.employer = rng.pick(places.county.outsideCountyWorkplaces) + rng.pick(FACTORY_KINDS);
      situation.monthlyWage = roundTo(rng.between(3000, 5000), 50);
      break;
    case EmploymentStatus.LOCAL_JOB:
      situation.employer = rng.pick(places.county.localEmployers);
      situation.monthlyWage = roundTo(rng.between(2000, 3500), 50);
      break;
    case EmploymentStatus.PUBLIC_WELFARE_POST:
      situation.employer = places.siteName + rng.pick(WELFARE_POSTS);
      situation.monthlyWage = roundTo(rng.between(900, 1600), 10);
      break;
    default:
      situation.employer = rng.pick(SELF_EMPLOYMENT);
      // Self-employed earnings are often not stated.
      situation.monthlyWage = rng.chance(0.6) ? roundTo(rng.between(2000, 5000), 100) : null;
  }
}
