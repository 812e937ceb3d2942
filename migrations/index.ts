import { MigrationInterface } from 'typeorm';
import { InitialSchema1795319968339 } from './1795319968339-InitialSchema';
import { LoadDivisionsAndFacilityKinds1795320000000 } from './1795320000000-LoadDivisionsAndFacilityKinds';
import { RecordHistory1795320100000 } from './1795320100000-RecordHistory';
import { IndicatorWeights1795321400807 } from './1795321400807-IndicatorWeights';
import { SiteTaskRecords1795321836051 } from './1795321836051-SiteTaskRecords';
import { WorkNews1795321871272 } from './1795321871272-WorkNews';
import { MonthlyReports1795322194043 } from './1795322194043-MonthlyReports';
import { AsOfLookupIndexes1795322194100 } from './1795322194100-AsOfLookupIndexes';
import { RedlineRulesAndViolations1795330000000 } from './1795330000000-RedlineRulesAndViolations';
import { SeedRedlineRules1795330100000 } from './1795330100000-SeedRedlineRules';
import { MailOutbox1795330200000 } from './1795330200000-MailOutbox';
import { Evidence1795340000000 } from './1795340000000-Evidence';
import { ClaimRecognition1795340000100 } from './1795340000100-ClaimRecognition';
import { SpotChecks1795340000200 } from './1795340000200-SpotChecks';
import { Archive1795340000300 } from './1795340000300-Archive';
import { ArchiveSearch1795340000400 } from './1795340000400-ArchiveSearch';
import { SiteFigures1795350000000 } from './1795350000000-SiteFigures';
import { ReportStagingPerSite1795350000100 } from './1795350000100-ReportStagingPerSite';
import { ParallelSafeAsOf1795350000200 } from './1795350000200-ParallelSafeAsOf';
import { HouseholdPageIndex1795350000300 } from './1795350000300-HouseholdPageIndex';
import { SiteFiguresUnitCodes1795350000400 } from './1795350000400-SiteFiguresUnitCodes';
import { TokenVersionsWithoutLockout1795370000000 } from './1795370000000-TokenVersionsWithoutLockout';
import { HeadOfHouseholdIsAPerson1795370000100 } from './1795370000100-HeadOfHouseholdIsAPerson';
import { PreviousMonthFigures1795380000000 } from './1795380000000-PreviousMonthFigures';
import { ReportRevisions1795380000100 } from './1795380000100-ReportRevisions';
import { FacilityHistory1795380000200 } from './1795380000200-FacilityHistory';
import { JobOutbox1795390000000 } from './1795390000000-JobOutbox';
import { Imports1795410000000 } from './1795410000000-Imports';
import { Exchanges1795415000000 } from './1795415000000-Exchanges';
import { MonthCertification1795420000000 } from './1795420000000-MonthCertification';
import { CertificationCorrections1795420000100 } from './1795420000100-CertificationCorrections';
import { ReportCertification1795425000000 } from './1795425000000-ReportCertification';
import { BulletinFiles1795430000000 } from './1795430000000-BulletinFiles';
import { ReportRowSubtreeIndexes1795430000100 } from './1795430000100-ReportRowSubtreeIndexes';
import { NewsPhotos1795440000000 } from './1795440000000-NewsPhotos';
import { IndicatorWeightHistory1795440000200 } from './1795440000200-IndicatorWeightHistory';
import { KeptMonthFigures1795450000000 } from './1795450000000-KeptMonthFigures';
import { CountyFigures1795450000100 } from './1795450000100-CountyFigures';
import { ReportRowByMonth1795460000000 } from './1795460000000-ReportRowByMonth';

/** Every migration, in order. Listed explicitly so bundling or the build layout cannot drop one. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  InitialSchema1795319968339,
  LoadDivisionsAndFacilityKinds1795320000000,
  RecordHistory1795320100000,
  IndicatorWeights1795321400807,
  SiteTaskRecords1795321836051,
  WorkNews1795321871272,
  MonthlyReports1795322194043,
  AsOfLookupIndexes1795322194100,
  RedlineRulesAndViolations1795330000000,
  SeedRedlineRules1795330100000,
  MailOutbox1795330200000,
  Evidence1795340000000,
  ClaimRecognition1795340000100,
  SpotChecks1795340000200,
  Archive1795340000300,
  ArchiveSearch1795340000400,
  SiteFigures1795350000000,
  ReportStagingPerSite1795350000100,
  ParallelSafeAsOf1795350000200,
  HouseholdPageIndex1795350000300,
  SiteFiguresUnitCodes1795350000400,
  TokenVersionsWithoutLockout1795370000000,
  HeadOfHouseholdIsAPerson1795370000100,
  PreviousMonthFigures1795380000000,
  ReportRevisions1795380000100,
  FacilityHistory1795380000200,
  JobOutbox1795390000000,
  Imports1795410000000,
  Exchanges1795415000000,
  MonthCertification1795420000000,
  CertificationCorrections1795420000100,
  ReportCertification1795425000000,
  BulletinFiles1795430000000,
  ReportRowSubtreeIndexes1795430000100,
  NewsPhotos1795440000000,
  IndicatorWeightHistory1795440000200,
  KeptMonthFigures1795450000000,
  CountyFigures1795450000100,
  ReportRowByMonth1795460000000,
];
