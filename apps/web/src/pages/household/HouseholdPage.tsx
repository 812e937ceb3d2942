import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Descriptions, Empty, Grid, List, Row, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useParams } from 'react-router';
import { HOUSEHOLD_PAGE } from '../../api/queries';
import type { HouseholdPageQuery } from '../../gql/graphql';
import { PageError, PageLoading } from '../../components/PageState';
import { UnitTrail } from '../../components/UnitTrail';
import { EvidenceUpload } from './EvidenceUpload';
import { HistoryTimeline } from './HistoryTimeline';
import { HouseholdEditor } from './HouseholdEditor';
import { label, shortLabel } from '../../format/labels';
import { formatCount, formatDate } from '../../format/numbers';

type Household = NonNullable<HouseholdPageQuery['household']>;
type Person = Household['persons'][number];

const yesNo = (value: boolean) => (value ? '是' : '否');

function memberState(p: Person) {
  return p.active ? <Tag color="green">在册</Tag> : <Tag>已减少 {formatDate(p.leftOn)}（{label('LeaveReason', p.leaveReason)}）</Tag>;
}

const MEMBER_COLUMNS: ColumnsType<Person> = [
  { title: '姓名', dataIndex: 'name' },
  { title: '与户主关系', dataIndex: 'relation', render: (r: string) => label('Relation', r) },
  { title: '性别', dataIndex: 'gender', render: (g: string) => label('Gender', g) },
  { title: '出生日期', dataIndex: 'birthDate', render: formatDate },
  { title: '身份证号', dataIndex: 'idNumber', className: 'id-number' },
  { title: '就业', key: 'employment', render: (_, p) => `${label('EmploymentStatus', p.employment)}${p.employer ? `（${p.employer}）` : ''}` },
  { title: '状态', key: 'state', render: (_, p) => memberState(p) },
];

/** One household: its facts, its members in register order, red lines, claims and evidence. */
export default function HouseholdPage() {
  const { id = '' } = useParams();
  const narrow = !Grid.useBreakpoint().md;
  const { data, error, refetch } = useQuery(HOUSEHOLD_PAGE, { variables: { id } });
  if (error) return <PageError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoading />;
  const household = data.household;
  if (!household) return <PageError />;
  const open = household.redlineViolations.filter((v) => v.status === 'OPEN');

  return (
    <div className="platform">
      <UnitTrail from={household.site.county} site={household.site} current={`${household.headName}户`} />
      <div className="platform-heading">
        <Typography.Title level={2}>
          {household.headName}户 <Tag>{household.code}</Tag>
        </Typography.Title>
        <Space wrap>
          <Link to={`/site/${household.site.id}`}>{household.site.name}</Link>
          <Tag color="blue">{label('HouseholdType', household.householdType)}</Tag>
          <Tag color={household.povertyStatus === 'EXITED' ? 'green' : 'red'}>{label('PovertyStatus', household.povertyStatus)}</Tag>
          <Tag color={household.movedIn ? 'green' : 'orange'}>{household.movedIn ? '已搬迁入住' : '未搬迁入住'}</Tag>
        </Space>
      </div>
      {open.map((v) => (
        <Alert
          key={v.id}
          type="error"
          showIcon
          className="redline-alert"
          title={`政策红线：${label('RedlineRule', v.rule)}`}
          description={`计算值 ${v.value.toLocaleString('zh-CN')}，红线 ${v.threshold.toLocaleString('zh-CN')}；${formatDate(v.detectedAt)}发现，尚未整改。`}
        />
      ))}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title="基本情况" extra={<HouseholdEditor household={household} onReload={() => refetch()} />}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              <Descriptions.Item label="户主">{household.headName}</Descriptions.Item>
              <Descriptions.Item label="户主身份证号">
                <span className="id-number">{household.headIdNumber}</span>
              </Descriptions.Item>
              <Descriptions.Item label="受益人口">{household.beneficiaryCount} 人</Descriptions.Item>
              <Descriptions.Item label="劳动力">{household.laborCount} 人</Descriptions.Item>
              <Descriptions.Item label="搬迁年度">{household.relocationYear}年</Descriptions.Item>
              <Descriptions.Item label="迁出村（屯）">{household.originVillage ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="房号">{household.roomNumber ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="住房面积">{household.housingArea} ㎡</Descriptions.Item>
              <Descriptions.Item label="自筹资金">{formatCount(household.selfFunding)} 元</Descriptions.Item>
              <Descriptions.Item label="搬迁入住">{household.movedIn ? formatDate(household.movedInOn) : '否'}</Descriptions.Item>
              <Descriptions.Item label="实际入住">{yesNo(household.actuallyResident)}</Descriptions.Item>
              <Descriptions.Item label="旧房已拆除">{yesNo(household.oldHouseDemolished)}</Descriptions.Item>
              <Descriptions.Item label="脱贫年度">{household.povertyExitYear ? `${household.povertyExitYear}年` : '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title="缺少佐证、未获认定的事项" className="claims-card">
            {household.unrecognizedClaims.length === 0 ? (
              <Typography.Text type="secondary">所有上报事项均已有佐证材料</Typography.Text>
            ) : (
              <Space wrap>
                {household.unrecognizedClaims.map((c) => (
                  <Tag key={c} color="orange">
                    {shortLabel('Claim', c)}
                  </Tag>
                ))}
              </Space>
            )}
          </Card>
          <Card size="small" title="佐证材料" className="evidence-card">
            <EvidenceUpload householdId={household.id} onUploaded={() => void refetch()} />
            <List
              size="small"
              dataSource={household.evidence}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未上传佐证材料" /> }}
              renderItem={(e) => (
                <List.Item>
                  <div>
                    <div>
                      {label('EvidenceKind', e.kind)} {e.rejectedAt ? <Tag color="red">已驳回</Tag> : <Tag color="green">有效</Tag>}
                    </div>
                    <div className="problem-detail">
                      {e.uploadedBy} 于 {formatDate(e.uploadedAt)} 上传{e.rejectionReason ? `；驳回原因：${e.rejectionReason}` : ''}
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={`家庭成员（${household.persons.filter((p) => p.active).length} 人在册）`}>
            {narrow ? (
              <List
                dataSource={household.persons}
                renderItem={(p) => (
                  <List.Item>
                    <div className="person-item">
                      <div>
                        <strong>{p.name}</strong> {label('Relation', p.relation)} · {label('Gender', p.gender)} · {formatDate(p.birthDate)}
                      </div>
                      <div className="id-number">{p.idNumber}</div>
                      <div>
                        {label('EmploymentStatus', p.employment)} {memberState(p)}
                      </div>
                    </div>
                  </List.Item>
                )}
              />
            ) : (
              <Table<Person> rowKey="id" size="small" columns={MEMBER_COLUMNS} dataSource={household.persons} pagination={false} />
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title="修改记录" className="history-card">
            <HistoryTimeline history={household.history} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
