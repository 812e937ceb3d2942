import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, InputNumber, Space, Table, Typography } from 'antd';
import { INDICATOR_WEIGHTS, SET_INDICATOR_WEIGHT } from '../../api/admin-queries';
import { errorMessage, fieldProblems } from '../../api/errors';
import type { IndicatorWeightsQuery } from '../../gql/graphql';
import { label } from '../../format/labels';

type Definition = IndicatorWeightsQuery['indicatorDefinitions'][number];

/** 指标权重: each indicator's weight in the composite score (0 leaves it out). */
export function IndicatorWeightsPanel() {
  const { data, error, loading } = useQuery(INDICATOR_WEIGHTS);
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  const definitions = data?.indicatorDefinitions ?? [];
  const total = definitions.reduce((sum, d) => sum + d.weight, 0);
  return (
    <>
      <Typography.Paragraph type="secondary">综合得分按各指标权重加权计算，权重为 0 的指标不计入；当前权重合计 {total.toLocaleString('zh-CN')}。修改后自下一次计算起生效。</Typography.Paragraph>
      <Table<Definition>
        rowKey="key"
        size="small"
        loading={loading}
        dataSource={definitions}
        pagination={false}
        aria-label="指标权重表"
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '指标', dataIndex: 'nameZh' },
          { title: '方向', dataIndex: 'direction', render: (d: string) => label('IndicatorDirection', d), responsive: ['md'] },
          { title: '权重', key: 'weight', render: (_, d) => <WeightEditor definition={d} /> },
        ]}
      />
    </>
  );
}

function WeightEditor({ definition }: { definition: Definition }) {
  const { message } = App.useApp();
  const [weight, setWeight] = useState<number | null>(definition.weight);
  const [problem, setProblem] = useState<string>();
  const [save, { loading }] = useMutation(SET_INDICATOR_WEIGHT);
  const submit = async () => {
    if (weight === null) return setProblem('请填写权重');
    setProblem(undefined);
    try {
      await save({ variables: { key: definition.key, weight }, refetchQueries: [INDICATOR_WEIGHTS], awaitRefetchQueries: true });
      message.success(`已保存：${definition.nameZh} 权重 ${weight}`);
    } catch (error) {
      const reason = fieldProblems(error).find((p) => p.field === 'weight')?.reason;
      setProblem(reason ?? errorMessage(error));
    }
  };
  return (
    <div>
      <Space.Compact>
        <InputNumber aria-label={`${definition.nameZh}权重`} value={weight} onChange={setWeight} status={problem ? 'error' : undefined} style={{ width: 100 }} />
        <Button onClick={submit} loading={loading} disabled={weight === definition.weight}>
          保存
        </Button>
      </Space.Compact>
      {problem && <div className="field-problem">{problem}</div>}
    </div>
  );
}
