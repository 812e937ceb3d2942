import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Select, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { DIVISION_PLATFORM, PUBLISHED_MONTHS } from '../../api/queries';
import type { PublishedMonthsQueryVariables } from '../../gql/graphql';
import { PageError, PageLoading } from '../../components/PageState';
import { UnitTrail } from '../../components/UnitTrail';
import { shortLabel } from '../../format/labels';
import { formatDateTime, formatMonth, recentMonths } from '../../format/numbers';
import { COMPOSITE, HEADLINE_INDICATORS, choiceOf, ranked, type IndicatorChoice } from './figures';
import { IndicatorCards } from './IndicatorCards';
import { MonthBar, type PublishedMonth } from './MonthBar';
import { ProblemsPanel } from './ProblemsPanel';
import { RankingChart } from './RankingChart';
import { SpecialTasksCard } from './SpecialTasksCard';
import { UnconfirmedUnits } from './UnconfirmedUnits';
import { UnitsTable } from './UnitsTable';
import { useDivisionFigures, type Month } from './useDivisionFigures';

const UNIT_NOUN: Record<string, string> = { REGION: '设区市', CITY: '县（市、区）', COUNTY: '安置点' };
const MONTHS_OFFERED = 12;

/** The platform of the region, a city or a county (SPEC: 五级平台). */
export default function DivisionPage() {
  const { code = '' } = useParams();
  const platform = useQuery(DIVISION_PLATFORM, { variables: { code } });
  const periods = useMemo(() => recentMonths(MONTHS_OFFERED), []);
  const monthsQuery = useQuery(PUBLISHED_MONTHS, {
    variables: { code, ...Object.fromEntries(periods.map((p, i) => [`p${i}`, p])) } as PublishedMonthsQueryVariables,
    skip: !platform.data?.division,
  });
  const months: PublishedMonth[] = useMemo(
    () => (monthsQuery.data ? periods.map((_, i) => (monthsQuery.data as Record<string, PublishedMonth | null>)[`m${i}`]).filter((m): m is PublishedMonth => !!m) : []),
    [monthsQuery.data, periods],
  );
  const [chosenMonth, setChosenMonth] = useState<string>();
  const [chosenIndicator, setChosenIndicator] = useState<string>();

  // Until staff choose, the platform opens on the latest published month (its official ranking), or live.
  const selected = chosenMonth ?? (monthsQuery.data || monthsQuery.error ? (months[0]?.period ?? 'live') : undefined);
  const month: Month | undefined = selected === undefined ? undefined : selected === 'live' ? { kind: 'live', latestPublished: months[0]?.period } : { kind: 'published', period: selected };
  const division = platform.data?.division;
  const { figures, error: figuresError } = useDivisionFigures(code, division?.level ?? 'COUNTY', division ? month : undefined);

  const indicators: IndicatorChoice[] = useMemo(() => (platform.data?.indicatorDefinitions ?? []).map(choiceOf), [platform.data]);
  const rankable = month?.kind === 'published' ? [COMPOSITE, ...indicators] : indicators;
  const indicator = rankable.find((i) => i.key === chosenIndicator) ?? rankable.find((i) => i.key === (month?.kind === 'published' ? 'COMPOSITE' : 'MOVE_IN_RATE')) ?? rankable[0];
  const headline = [...(month?.kind === 'published' ? [COMPOSITE] : []), ...HEADLINE_INDICATORS.map((key) => indicators.find((i) => i.key === key)).filter((i): i is IndicatorChoice => !!i)];
  const units = useMemo(() => (figures && indicator ? ranked(figures.units, indicator) : []), [figures, indicator]);

  if (platform.error) return <PageError error={platform.error} onRetry={() => void platform.refetch()} />;
  if (!platform.data) return <PageLoading />;
  if (!division) return <PageError />;
  const unitNoun = UNIT_NOUN[division.level];

  return (
    <div className="platform">
      <UnitTrail from={division.parent} current={division.name} />
      <div className="platform-heading">
        <Typography.Title level={2}>
          {division.name} <Tag>{shortLabel('UnitLevel', division.level)}平台</Tag>
        </Typography.Title>
        <MonthBar months={months} selected={selected ?? 'live'} onSelect={setChosenMonth} unitName={division.name} />
      </div>
      {figuresError ? (
        <PageError error={figuresError} />
      ) : !figures || !indicator ? (
        <PageLoading />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={17}>
            <Typography.Paragraph type="secondary" className="figures-note">
              {month?.kind === 'published' ? `${formatMonth(month.period)}月末数据（已发布月报）` : liveNote(figures.asOf)}
            </Typography.Paragraph>
            {month?.kind === 'published' && <UnconfirmedUnits code={division.code} period={month.period} />}
            <IndicatorCards indicators={headline} figures={figures.own} />
            <Card
              className="ranking-card"
              size="small"
              title={`${unitNoun}排名`}
              extra={
                <Select
                  aria-label="排名指标"
                  value={indicator.key}
                  onChange={setChosenIndicator}
                  showSearch={{ optionFilterProp: 'label' }}
                  popupMatchSelectWidth={false}
                  className="indicator-select"
                  options={rankable.map((i) => ({ value: i.key, label: i.name }))}
                />
              }
            >
              {units.length === 0 ? (
                <Typography.Paragraph type="secondary">{month?.kind === 'published' ? '该月月报中没有下级单位的数据。' : `本单位下暂无${unitNoun}。`}</Typography.Paragraph>
              ) : (
                <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                  <RankingChart units={units} indicator={indicator} parentName={division.name} />
                  <UnitsTable units={units} indicator={indicator} unitNoun={unitNoun} withProblems={month?.kind === 'published'} />
                </Space>
              )}
            </Card>
            <SpecialTasksCard code={division.code} />
          </Col>
          <Col xs={24} xl={7}>
            <ProblemsPanel code={division.code} />
          </Col>
        </Row>
      )}
    </div>
  );
}

/** Live figures a minute or more old are being recounted in full: the page shows the last ones meanwhile. */
const RECOUNT_SHOWN_AFTER_MS = 60_000;

function liveNote(asOf: string | undefined): string {
  const base = '实时数据，由当前记录计算；较上月为与最近一期月报相比';
  if (!asOf || Date.now() - new Date(asOf).getTime() < RECOUNT_SHOWN_AFTER_MS) return base;
  return `${base}。指标正在全量重算，暂显示截至 ${formatDateTime(asOf)} 的结果`;
}
