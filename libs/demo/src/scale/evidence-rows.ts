import { addDays, officeTimestamp } from '../dates';
import { Rng } from '../prng';
import { HouseholdRow, SiteRow } from '../rows';
import { Versioned, period } from './record-versions';

/** A row of table `evidence` (migrations/*Evidence.ts): the file itself is not generated. */
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

interface Uploader {
  username: string;
  level: 'SITE' | 'COUNTY';
  reviewer: string;
}

export class EvidencePlanner {
  readonly current: EvidenceRow[] = [];
  readonly history: EvidenceRow[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly lastDay: string,
    private readonly nextId: () => string,
  ) {}

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
    for (const [kind, from] of claims) {
      if (this.rng.chance(HOUSEHOLD_EVIDENCE[kind])) this.upload('HOUSEHOLD', h.id, kind, from, uploader, h.code);
    }
  }

  site(s: SiteRow, entryDay: string, uploader: Uploader): void {
    if (s.geohazard_assessed && this.rng.chance(SITE_EVIDENCE.GEOHAZARD_ASSESSMENT_REPORT)) this.upload('SITE', s.id, 'GEOHAZARD_ASSESSMENT_REPORT', entryDay, uploader, s.code);
    if (s.construction_status === 'ACCEPTED' && this.rng.chance(SITE_EVIDENCE.COMPLETION_ACCEPTANCE_REPORT)) {
      this.upload('SITE', s.id, 'COMPLETION_ACCEPTANCE_REPORT', entryDay, uploader, s.code);
    }
    const photos = this.rng.int(1, 3);
    for (let i = 0; i < photos; i++) this.upload('SITE', s.id, 'SITE_PHOTO', entryDay, uploader, s.code);
  }

  /**
   * One file, uploaded some days after `from` (most within weeks, some months later, none
   * after yesterday); a few are rejected by the city and some of those uploaded again.
   */
  private upload(subjectType: EvidenceRow['subject_type'], subjectId: string, kind: string, from: string, uploader: Uploader, code: string): void {
    const rng = this.rng;
    const day = addDays(from, rng.chance(0.65) ? rng.int(1, 20) : rng.int(21, 240));
    if (day > this.lastDay) return;
    const at = officeTimestamp(rng, day);
    const id = this.nextId();
    const photo = kind.endsWith('_PHOTO');
    const extension = photo ? 'jpg' : 'pdf';
    const row: EvidenceRow = {
      sys_period: period(at, null),
      written_by: uploader.username,
      id,
      subject_type: subjectType,
      subject_id: subjectId,
      kind,
      sha256: hex(rng, 8),
      size: photo ? rng.int(350_000, 4_500_000) : rng.int(90_000, 2_400_000),
      mime_type: photo ? 'image/jpeg' : 'application/pdf',
      storage_key: `${day.slice(0, 4)}/${day.slice(5, 7)}/${id}.${extension}`,
      original_name: photo ? `IMG_${day.replace(/-/g, '')}_${at.slice(11, 19).replace(/:/g, '')}.jpg` : `${FORM_NAMES[kind] ?? kind}-${code}.pdf`,
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
    const rejectedAt = officeTimestamp(rng, rejectedOn);
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
