import { dispatchSystemBulletinText } from './texts/dispatch-system-bulletin';
import { liuzhouStrongFoundationsPlanText } from './texts/liuzhou-strong-foundations-plan';
import { regionThreeYearImplementationOpinionsText } from './texts/region-three-year-implementation-opinions';

/**
 * The real policy documents behind the programme, as the archive (电子档案) files them. Every
 * title, issuer, number and date is taken from the documents' own text or from text that cites
 * them (`source` says which); none is made up. A document whose number is unknown has none
 * (the region's implementation opinions were published without one), and documents the texts
 * cite without a date (桂扶领发〔2017〕7号, 柳办〔2018〕31号, 柳扶领办发〔2018〕22号) are left out:
 * the archive records a date for every document.
 */
export interface PolicyDocumentSource {
  title: string;
  issuer: string;
  documentNumber: string | null;
  level: 'NATIONAL' | 'REGION' | 'CITY' | 'COUNTY';
  /** The issuing region, city or county; null for national documents. */
  divisionCode: string | null;
  /** 成文日期, or the only date the document carries. */
  issuedOn: string;
  /** The full text, where the demo carries it: filed as a PDF. */
  text: string | null;
  /** Where the title, number and date come from. */
  source: string;
}

export const POLICY_DOCUMENTS: readonly PolicyDocumentSource[] = [
  {
    title: '中共中央 国务院关于打赢脱贫攻坚战的决定',
    issuer: '中共中央 国务院',
    documentNumber: '中发〔2015〕34号',
    level: 'NATIONAL',
    divisionCode: null,
    issuedOn: '2015-11-29',
    text: null,
    source: 'The decision as published, dated 2015年11月29日; its number as provincial decisions implementing it cite it.',
  },
  {
    title: '国务院关于印发“十三五”脱贫攻坚规划的通知',
    issuer: '国务院',
    documentNumber: '国发〔2016〕64号',
    level: 'NATIONAL',
    divisionCode: null,
    issuedOn: '2016-11-23',
    text: null,
    source: 'The notice as published: number 国发〔2016〕64号, signed 国务院 2016年11月23日.',
  },
  {
    title: '中共中央 国务院关于打赢脱贫攻坚战三年行动的指导意见',
    issuer: '中共中央 国务院',
    documentNumber: '中发〔2018〕16号',
    level: 'NATIONAL',
    divisionCode: null,
    issuedOn: '2018-06-15',
    text: null,
    source: 'Title and number as the region’s implementation opinions cite them (seed three-year-action-plan); the date as the published guidance gives it (2018年6月15日).',
  },
  {
    title: '中共广西壮族自治区委员会 广西壮族自治区人民政府关于打赢脱贫攻坚战三年行动的实施意见',
    issuer: '中共广西壮族自治区委员会 广西壮族自治区人民政府',
    documentNumber: null,
    level: 'REGION',
    divisionCode: '450000',
    issuedOn: '2018-10-24',
    text: regionThreeYearImplementationOpinionsText,
    source: 'The document itself (seed three-year-action-plan): title, issuers and date (2018年10月24日); the published text carries no number.',
  },
  {
    title: '运用信息化手段提升广西易地扶贫搬迁工作科学化水平（广西精准脱贫攻坚简报2020年第69期）',
    issuer: '广西壮族自治区扶贫开发办公室',
    documentNumber: null,
    level: 'REGION',
    divisionCode: '450000',
    issuedOn: '2020-11-27',
    text: dispatchSystemBulletinText,
    source: 'The bulletin itself (seed relocation-dispatch-system): 2020年第69期（总第379期）, compiled by the office, printed 2020年11月27日; a bulletin has an issue, not a document number.',
  },
  {
    title: '柳州市扶贫开发领导小组关于印发《柳州市全面巩固提升脱贫攻坚“重精准·强基础”工作实施方案》的通知',
    issuer: '柳州市扶贫开发领导小组',
    documentNumber: '柳扶领发〔2018〕14号',
    level: 'CITY',
    divisionCode: '450200',
    issuedOn: '2018-08-20',
    text: liuzhouStrongFoundationsPlanText,
    source: 'The document itself (seed liuzhou-implementation-plan): number, title and issuer from its head; the date is its printing date (2018年8月20日印发), the only one it carries.',
  },
];
