import { useQuery } from '@apollo/client/react';
import { Alert, Space, Tag } from 'antd';
import { REPORT_CERTIFICATIONS } from '../../api/queries';

/**
 * The units (this one and those below) that had not confirmed a published month's data when
 * its report was published: the report keeps that record, so later confirmations do not hide it.
 */
export function UnconfirmedUnits({ code, period }: { code: string; period: string }) {
  const { data } = useQuery(REPORT_CERTIFICATIONS, { variables: { code, period } });
  const unconfirmed = (data?.monthlyReport?.certifications ?? []).filter((unit) => unit.status !== 'CERTIFIED');
  if (unconfirmed.length === 0) return null;
  return (
    <Alert
      className="unconfirmed-units"
      type="warning"
      showIcon
      title="月报发布时以下单位未确认本月数据"
      description={
        <Space size={[4, 4]} wrap>
          {unconfirmed.map((unit) => (
            <Tag key={unit.divisionCode} color="orange">
              {unit.unitName} 未确认
            </Tag>
          ))}
        </Space>
      }
    />
  );
}
