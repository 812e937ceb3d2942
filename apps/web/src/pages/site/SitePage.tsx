import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { SITE_PLATFORM } from '../../api/queries';
import { EvidenceImage } from '../../components/EvidenceImage';
import { PageError, PageLoading } from '../../components/PageState';
import { UnitTrail } from '../../components/UnitTrail';
import { label } from '../../format/labels';
import { formatCount, formatDate } from '../../format/numbers';
import { HEADLINE_INDICATORS, choiceOf, type Figure } from '../division/figures';
import { IndicatorCards } from '../division/IndicatorCards';
import { HouseholdsPanel } from './HouseholdsPanel';

const PHOTOS_SHOWN = 6;
const yesNo = (value: boolean) => (value ? '是' : '否');

/** The site platform: who leads it, what it has, its figures and its households. */
export default function SitePage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(SITE_PLATFORM, { variables: { id } });
  const [allIndicators, setAllIndicators] = useState(false);
  if (error) return <PageError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoading />;
  const { site } = data;
  if (!site) return <PageError />;

  const figures: Record<string, Figure> = Object.fromEntries(
    site.indicators.map((v) => [v.key, { value: v.value ?? null, numerator: v.numerator, denominator: v.denominator, change: null }]),
  );
  // A site shows the indicators that have something to count there.
  const indicators = data.indicatorDefinitions.map(choiceOf).filter((i) => (figures[i.key]?.denominator ?? 0) > 0 || i.unit === 'COUNT');
  // The headline figures first; the rest on request, so the households stay near the top.
  const headline = HEADLINE_INDICATORS.map((key) => indicators.find((i) => i.key === key)).filter((i) => i !== undefined);
  const shownIndicators = allIndicators ? [...headline, ...indicators.filter((i) => !headline.includes(i))] : headline;
  const photos = site.evidence.filter((e) => e.mimeType.startsWith('image/') && !e.rejectedAt && e.kind === 'SITE_PHOTO').slice(-PHOTOS_SHOWN);

  return (
    <div className="platform">
      <UnitTrail from={site.county} current={site.name} />
      <div className="platform-heading">
        <Typography.Title level={2}>
          {site.name} <Tag>安置点平台</Tag>
        </Typography.Title>
        <Space wrap>
          <Tag color="blue">{label('PlacementType', site.placementType)}</Tag>
          <Tag color={site.constructionStatus === 'COMPLETED' ? 'green' : 'orange'}>{label('ConstructionStatus', site.constructionStatus)}</Tag>
          <Typography.Text type="secondary">编码 {site.code}</Typography.Text>
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title="基本情况">
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              <Descriptions.Item label="包点县级领导">
                {site.leaderName ? `${site.leaderName}${site.leaderPost ? `（${site.leaderPost}）` : ''}` : '未填报'}
              </Descriptions.Item>
              <Descriptions.Item label="联系电话">{site.leaderPhone ?? '未填报'}</Descriptions.Item>
              <Descriptions.Item label="地址">{site.address ?? '未填报'}</Descriptions.Item>
              <Descriptions.Item label="计划安置">
                {site.plannedHouseholds !== null ? `${formatCount(site.plannedHouseholds)} 户` : '—'}
                {site.plannedPersons !== null ? ` ${formatCount(site.plannedPersons)} 人` : ''}
              </Descriptions.Item>
              <Descriptions.Item label="安置住房">{site.housingUnits !== null ? `${formatCount(site.housingUnits)} 套` : '—'}</Descriptions.Item>
              <Descriptions.Item label="完工日期">{formatDate(site.constructionCompletedOn)}</Descriptions.Item>
              <Descriptions.Item label="竣工验收">{site.acceptedOn ? formatDate(site.acceptedOn) : '未验收'}</Descriptions.Item>
              <Descriptions.Item label="地灾评估">{yesNo(site.geohazardAssessed)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title="配套设施">
            {site.facilities.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未填报配套设施" />
            ) : (
              <Space wrap>
                {site.facilities.map((f) => (
                  <Tag key={f.kindCode} color={f.status === 'IN_USE' ? 'green' : f.status === 'BUILT' ? 'blue' : 'default'}>
                    {f.kindName}：{label('FacilityStatus', f.status)}
                  </Tag>
                ))}
              </Space>
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title="安置点照片">
            {photos.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未上传安置点照片" />
            ) : (
              <div className="photo-strip">
                {photos.map((p) => (
                  <EvidenceImage key={p.id} path={p.fileUrl} alt={`${site.name}照片 ${formatDate(p.uploadedAt)}`} />
                ))}
              </div>
            )}
          </Card>
        </Col>
        <Col span={24}>
          <div className="section-heading">
            <Typography.Title level={4}>实时指标</Typography.Title>
            {indicators.length > headline.length && (
              <Button type="link" onClick={() => setAllIndicators(!allIndicators)}>
                {allIndicators ? '只看主要指标' : `查看全部 ${indicators.length} 项指标`}
              </Button>
            )}
          </div>
          <IndicatorCards indicators={shownIndicators} figures={figures} showChange={false} />
        </Col>
        <Col span={24}>
          <HouseholdsPanel siteId={site.id} />
        </Col>
      </Row>
    </div>
  );
}
