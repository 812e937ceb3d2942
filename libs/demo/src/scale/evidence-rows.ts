import { addDays, officeTimestamp } from '../dates';
import { Rng } from '../prng';
import { HouseholdRow, SiteRow } from '../rows';
import { Versioned, period } from './record-versions';

/** A row of table `evidence` (migrations/*Evidence.ts). */
export interface EvidenceRow extends Versioned {
  id: string;
  subject_type: 'SITE' | 'HOUSEHOLD';
  subject_id: string;
  kind: string;
  sha256: string;
  size: number;
  mime_type: string;
  storage_key: string;
  original_name: string;
  uploaded_by: string;
  uploader_level: 'SITE' | 'COUNTY';
  uploaded_at: string;
  rejected_at: string | null;
  rejected_by: string | null;
  rejection_reason: string | null;
}

export interface EvidenceVersions {
  current: EvidenceRow[];
  history: EvidenceRow[];
}

/**
 * Of the claims made, the share backed by an uploaded file (SPEC §5): approval forms were
 * collected during the data check, photos of moving in and demolition follow the event, and
 * self-funding receipts are the likeliest to be missing. Every claim ends up 60–90 % backed.
 */
const HOUSEHOLD_EVIDENCE = {
  RELOCATION_APPROVAL_FORM: 0.9,
  MOVE_IN_PHOTO: 0.85,
  DEMOLITION_RECLAMATION_PHOTO: 0.78,
  DUAL_CONFIRMATION_FORM: 0.82,
  SELF_FUNDING_RECEIPT: 0.62,
} as const;
const SITE_EVIDENCE = { GEOHAZARD_ASSESSMENT_REPORT: 0.92, COMPLETION_ACCEPTANCE_REPORT: 0.88 } as const;

const FORM_NAMES: Readonly<Record<string, string>> = {
  RELOCATION_APPROVAL_FORM: '搬迁审批表',
  DUAL_CONFIRMATION_FORM: '脱贫双认定表',
  SELF_FUNDING_RECEIPT: '自筹资金凭证',
  GEOHAZARD_ASSESSMENT_REPORT: '地灾评估报告',
  COMPLETION_ACCEPTANCE_REPORT: '住房竣工验收报告',
};
const REJECTION_REASONS = ['照片模糊，无法辨认', '材料与该户信息不符', '缺少签字盖章', '上传文件不完整', '照片未显示门牌号'];

/** The share of uploads a higher tier rejects, and of those the share re-uploaded afterwards. */
const REJECTED_SHARE = 0.02;
const REUPLOADED_SHARE = 0.6;

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A synthetic content hash: no file exists, but the column must look like one. */
function hex(rng: Rng, words: number): string {
  let out = '';
  for (let i = 0; i < words; i++) {
    const word = Math.floor(rng.float() * 0x100000000);
    out += BYTE_HEX[word >>> 24] + BYTE_HEX[(word >>> 16) & 0xff] + BYTE_HEX[(word >>> 8) & 0xff] + BYTE_HEX[word & 0xff];
  }
  return out;
}

/** Hash and size drawn from the stream, where no file is written (the benchmark datasets). */
function drawnContent(rng: Rng, photo: boolean): EvidenceContent {
  const sha256 = hex(rng, 8);
  return photo
    ? { sha256, size: rng.int(350_000, 4_500_000), mimeType: 'image/jpeg', extension: 'jpg' }
    : { sha256, size: rng.int(90_000, 2_400_000), mimeType: 'application/pdf', extension: 'pdf' };
}

export interface Uploader {
  username: string;
  level: 'SITE' | 'COUNTY';
  reviewer: string;
}

/** What is recorded of an evidence file's content. */
export interface EvidenceContent {
  sha256: string;
  size: number;
  mimeType: 'image/jpeg' | 'image/png' | 'application/pdf';
  extension: 'jpg' | 'png' | 'pdf';
}

/** The file an upload describes, for a generator that writes real files. */
export interface EvidenceFileRequest {
  id: string;
  kind: string;
  photo: boolean;
  subjectCode: string;
  day: string;
}

export interface EvidencePlannerOptions {
  /** The day a file drawn for `day` is uploaded; that day by default. */
  uploadDay?: (day: string, uploader: Uploader) => string;
  /** The upload and rejection instants on a day; office hours drawn per file by default. */
  timestamp?: (rng: Rng, day: string) => string;
  /** The file's content; by default none exists and its hash and size are drawn to look real. */
  content?: (file: EvidenceFileRequest) => EvidenceContent;
}

/** The share of claims backed by a file, for kinds a configured claim rule names beyond these. */
const OTHER_KIND_SHARE = 0.8;
/** When a second claim rests on the same kind (reclaimed after demolished), the share with a file of its own. */
const SECOND_FILE_SHARE = 0.5;

export class EvidencePlanner {
  readonly current: EvidenceRow[] = [];
  readonly history: EvidenceRow[] = [];
  private readonly timestamp: (rng: Rng, day: string) => string;

  constructor(
    private readonly rng: Rng,
    private readonly lastDay: string,
    private readonly nextId: () => string,
    private readonly options: EvidencePlannerOptions = {},
  ) {
    this.timestamp = options.timestamp ?? officeTimestamp;
  }

  /** Takes what was planned so far, leaving the planner empty. */
  drain(): EvidenceVersions {
    const out = { current: this.current.splice(0), history: this.history.splice(0) };
    return out;
  }

  household(h: HouseholdRow, entryDay: string, uploader: Uploader): void {
    const since = (date: string | null) => (date !== null && date > entryDay ? date : entryDay);
    const claims: Array<[keyof typeof HOUSEHOLD_EVIDENCE, string]> = [['RELOCATION_APPROVAL_FORM', entryDay]];
    if (h.actually_resident) claims.push(['MOVE_IN_PHOTO', since(h.moved_in_on)]);
    if (h.old_house_demolished) claims.push(['DEMOLITION_RECLAMATION_PHOTO', since(h.old_house_demolished_on)]);
    // A second photo once the plot is reclaimed; either photo backs both claims.
    if (h.land_reclaimed && this.rng.chance(0.5)) claims.push(['DEMOLITION_RECLAMATION_PHOTO', since(h.land_reclaimed_on)]);
    if (h.poverty_status === 'EXITED') claims.push(['DUAL_CONFIRMATION_FORM', entryDay]);
    if (h.self_funding > 0) claims.push(['SELF_FUNDING_RECEIPT', entryDay]);
    for (const [kind, from] of claims) this.claim('HOUSEHOLD', h.id, kind, from, uploader, h.code);
  }

  site(s: SiteRow, entryDay: string, uploader: Uploader): void {
    if (s.geohazard_assessed) this.claim('SITE', s.id, 'GEOHAZARD_ASSESSMENT_REPORT', entryDay, uploader, s.code);
    if (s.construction_status === 'ACCEPTED') this.claim('SITE', s.id, 'COMPLETION_ACCEPTANCE_REPORT', entryDay, uploader, s.code);
    this.sitePhotos(s, entryDay, uploader);
  }

  /** Photos of the site, backing no claim: one to three taken when its records were entered. */
  sitePhotos(s: SiteRow, entryDay: string, uploader: Uploader): void {
    const photos = this.rng.int(1, 3);
    for (let i = 0; i < photos; i++) this.upload('SITE', s.id, 'SITE_PHOTO', entryDay, uploader, s.code);
  }

  /**
   * The claims one subject makes, each with the kind that backs it (as claim rules name them)
   * and the day it was first made, in the order they were made. A claim resting on a kind an
   * earlier claim already used may share that file (a demolition photo showing the reclaimed plot).
   */
  claims(subjectType: EvidenceRow['subject_type'], subjectId: string, code: string, claims: ReadonlyArray<{ kind: string; since: string }>, uploader: Uploader): void {
    const used = new Set<string>();
    for (const { kind, since } of claims) {
      if (used.has(kind) && !this.rng.chance(SECOND_FILE_SHARE)) continue;
      used.add(kind);
      this.claim(subjectType, subjectId, kind, since, uploader, code);
    }
  }

  /** A claim made on `from`: backed by a file with the share its kind has. */
  private claim(subjectType: EvidenceRow['subject_type'], subjectId: string, kind: string, from: string, uploader: Uploader, code: string): void {
    const share = (HOUSEHOLD_EVIDENCE as Record<string, number>)[kind] ?? (SITE_EVIDENCE as Record<string, number>)[kind] ?? OTHER_KIND_SHARE;
    if (this.rng.chance(share)) this.upload(subjectType, subjectId, kind, from, uploader, code);
  }

  /**
   * One file, uploaded some days after `from` (most within weeks, some months later, none
   * after yesterday); a few are rejected by the city and some of those uploaded again.
   */
  private upload(subjectType: EvidenceRow['subject_type'], subjectId: string, kind: string, from: string, uploader: Uploader, code: string): void {
    const rng = this.rng;
    const drawn = addDays(from, rng.chance(0.65) ? rng.int(1, 20) : rng.int(21, 240));
    const day = this.options.uploadDay?.(drawn, uploader) ?? drawn;
    if (day > this.lastDay) return;
    const at = this.timestamp(rng, day);
    const id = this.nextId();
    const photo = kind.endsWith('_PHOTO');
    const content = this.options.content?.({ id, kind, photo, subjectCode: code, day }) ?? drawnContent(rng, photo);
    const extension = content.extension;
    const row: EvidenceRow = {
      sys_period: period(at, null),
      written_by: uploader.username,
      id,
      subject_type: subjectType,
      subject_id: subjectId,
      kind,
      sha256: content.sha256,
      size: content.size,
      mime_type: content.mimeType,
      storage_key: `${day.slice(0, 4)}/${day.slice(5, 7)}/${id}.${extension}`,
      original_name: photo ? `IMG_${day.replace(/-/g, '')}_${at.slice(11, 19).replace(/:/g, '')}.${extension}` : `${FORM_NAMES[kind] ?? kind}-${code}.${extension}`,
      uploaded_by: uploader.username,
      uploader_level: uploader.level,
      uploaded_at: at,
      rejected_at: null,
      rejected_by: null,
      rejection_reason: null,
    };
    const rejectedOn = rng.chance(REJECTED_SHARE) ? addDays(day, rng.int(2, 45)) : null;
    if (rejectedOn === null || rejectedOn > this.lastDay) {
      this.current.push(row);
      return;
    }
    const rejectedAt = this.timestamp(rng, rejectedOn);
    this.history.push({ ...row, sys_period: period(at, rejectedAt) });
    this.current.push({
      ...row,
      sys_period: period(rejectedAt, null),
      written_by: uploader.reviewer,
      rejected_at: rejectedAt,
      rejected_by: uploader.reviewer,
      rejection_reason: rng.pick(REJECTION_REASONS),
    });
    if (rng.chance(REUPLOADED_SHARE)) this.upload(subjectType, subjectId, kind, addDays(rejectedOn, 1), uploader, code);
  }
}
