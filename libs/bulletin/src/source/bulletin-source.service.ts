import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode, notFound } from '@app/common';
import { dataSourceDatabase } from '@app/db';
import { CLAIM_LABELS, EVIDENCE_KIND_LABELS, EvidenceKind, readClaimRules } from '@app/evidence';
import { INDICATOR_DEFINITIONS, IndicatorService, RankingKey } from '@app/indicators';
import { publishedCorrectionsOfPreviousMonth, publishedUnconfirmedUnits } from '@app/evaluation';
import { openViolationsAt } from '@app/redlines';
import { DivisionService, SiteService, UnitLevel } from '@app/registry';
import { SnapshotReader, SnapshotUnitRow } from '@app/reports';
import type { BulletinExtract } from '../model/bulletin-extract';
import type { BulletinHeader } from '../model/bulletin-header';
import { childLevelOf } from '../model/build-bulletin';
import { DefinitionLine, definitionLines } from '../model/definitions';
import { MEASURES } from '../model/measures';
import type { WorkbookDocument } from '../model/workbook-document';

/**
 * Reads what a division's bulletin and workbook are made of from a published month. The same
 * whoever asks (callers check that the asker sees the division), so a built file can be kept
 * and served to anyone who may see it.
 */
@Injectable()
export class BulletinSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snapshots: SnapshotReader,
    private readonly divisions: DivisionService,
    private readonly sites: SiteService,
    private readonly indicators: IndicatorService,
  ) {}

  /** The month's published snapshot for a division; NOT_FOUND, saying why, when there is none. */
  async header(period: string, divisionCode: string): Promise<BulletinHeader> {
    const division = await this.divisions.findByCode(divisionCode);
    if (!division || division.level === UnitLevel.SITE) throw notFound('Division', divisionCode);
    const snapshot = await this.snapshots.header(period);
    if (!snapshot) {
      throw new DomainError(ErrorCode.NOT_FOUND, `The report for ${period} has not been published yet (${period} 月报尚未发布：每月1日0时生成上月月报)`);
    }
    const session = dataSourceDatabase(this.dataSource);
    const [unconfirmedUnits, correctionsOfPreviousMonth] = await Promise.all([
      publishedUnconfirmedUnits(session, snapshot.snapshotId, division.code),
      publishedCorrectionsOfPreviousMonth(session, snapshot.snapshotId, division.code),
    ]);
    return {
      unit: { code: division.code, name: division.name, level: division.level },
      period,
      asOf: snapshot.asOf,
      publishedAt: snapshot.generatedAt,
      snapshotId: snapshot.snapshotId,
      revision: snapshot.revision,
      unconfirmedUnits,
      correctionsOfPreviousMonth,
    };
  }

  async bulletin(header: BulletinHeader): Promise<BulletinExtract> {
    const { period, unit } = header;
    const childLevel = childLevelOf(unit.level);
    const [rows, ownPeers, summaries, definitions, violations, missingChildren] = await Promise.all([
      this.snapshots.unitRows(period, unit.code, { levels: [unit.level, childLevel] }),
      this.snapshots.ownPeers(period, unit.code),
      this.snapshots.summaries(period, unit.code, [childLevel]),
      this.definitions(header.asOf),
      unit.level === UnitLevel.COUNTY ? openViolationsAt(dataSourceDatabase(this.dataSource), unit.code, header.asOf) : Promise.resolve([]),
      this.missingChildren(unit.level, unit.code, period),
    ]);
    const own = rows.filter((row) => row.unitCode === unit.code);
    const children = rows.filter((row) => row.level === childLevel && row.unitCode !== unit.code);
    return {
      header,
      own,
      ownPeers,
      parentName: own[0]?.parentName ?? null,
      children,
      childSummaries: summaries,
      displayCodes: await this.displayCodes(children),
      violations,
      missingChildren,
      definitions,
    };
  }

  async workbook(header: BulletinHeader): Promise<WorkbookDocument> {
    const { period, unit } = header;
    const [summary, definitions] = await Promise.all([this.snapshots.rankSummary(period, unit.code), this.definitions(header.asOf)]);
    const codes = await this.displayCodes(summary);
    const codeOf = (row: { unitCode: string }) => codes.get(row.unitCode) ?? row.unitCode;
    return {
      header,
      summary: summary.map((line) => ({
        level: line.level, name: line.unitName, code: codeOf(line), parentName: line.parentName,
        composite: line.composite, compositeRankInParent: line.compositeRankInParent, compositeRankInRegion: line.compositeRankInRegion, ranks: line.ranksInParent,
      })),
      measures: MEASURES,
      measureLines: async (m) =>
        (await this.snapshots.unitRows(period, unit.code, { indicator: m.key as RankingKey })).map((row) => ({
          level: row.level, name: row.unitName, code: codeOf(row), parentName: row.parentName,
          numerator: row.numerator, denominator: row.denominator, value: row.value,
          rankInParent: row.rankInParent, rankInRegion: row.rankInRegion, change: row.changeFromPreviousMonth,
        })),
      definitions,
    };
  }

  /** Sites by the code staff know them by (snapshot rows name them by id). */
  private async displayCodes(rows: ReadonlyArray<Pick<SnapshotUnitRow, 'level' | 'unitCode'>>): Promise<Map<string, string>> {
    const siteIds = [...new Set(rows.filter((row) => row.level === UnitLevel.SITE).map((row) => row.unitCode))];
    return siteIds.length === 0 ? new Map() : this.sites.codesByIds(siteIds);
  }

  /** Cities with relocation work that have no site in the month (only the region knows which should report). */
  private async missingChildren(level: UnitLevel, code: string, period: string): Promise<string[]> {
    if (level !== UnitLevel.REGION) return [];
    const [cities, present] = await Promise.all([
      this.divisions.citiesWithRelocationTask(),
      this.snapshots.unitRows(period, code, { levels: [UnitLevel.CITY], indicator: 'COMPOSITE' }),
    ]);
    const reported = new Set(present.map((row) => row.unitCode));
    return cities.filter((city) => !reported.has(city.code)).map((city) => city.name);
  }

  /** The catalog as the month was weighed: the composite weights as they stood at its end. */
  private async definitions(asOf: Date): Promise<DefinitionLine[]> {
    const [weights, rules] = await Promise.all([this.indicators.weightByKey(asOf.toISOString()), readClaimRules(dataSourceDatabase(this.dataSource))]);
    return definitionLines(
      INDICATOR_DEFINITIONS,
      weights,
      rules.map((rule) => ({ claim: rule.claim, claimName: CLAIM_LABELS[rule.claim], evidenceName: EVIDENCE_KIND_LABELS[rule.evidenceKind as EvidenceKind] ?? rule.evidenceKind })),
    );
  }
}
