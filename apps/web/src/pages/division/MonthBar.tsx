import { Select, Space, Typography } from 'antd';
import { DownloadButton } from '../../components/DownloadButton';
import { formatMonth } from '../../format/numbers';

export interface PublishedMonth {
  period: string;
  excelUrl: string;
  pdfUrl: string;
}

const LIVE = 'live';

/** The month the platform shows (实时 or a published month) and that month's downloads. */
export function MonthBar({
  months,
  selected,
  onSelect,
  unitName,
}: {
  months: PublishedMonth[];
  selected: string;
  onSelect: (period: string) => void;
  unitName: string;
}) {
  const report = months.find((m) => m.period === selected) ?? (selected === LIVE ? months[0] : undefined);
  return (
    <div className="month-bar">
      <Space wrap>
        <Typography.Text>月份</Typography.Text>
        <Select
          aria-label="月份"
          value={selected}
          onChange={onSelect}
          style={{ minWidth: 140 }}
          options={[{ value: LIVE, label: '实时' }, ...months.map((m) => ({ value: m.period, label: formatMonth(m.period) }))]}
        />
      </Space>
      {report ? (
        <Space wrap>
          <DownloadButton path={report.excelUrl} fileName={`${unitName}${formatMonth(report.period)}进度月报.xlsx`} title={`${formatMonth(report.period)}月报 Excel`} missing="该月报尚未生成，请稍后再试。" />
          <DownloadButton path={report.pdfUrl} fileName={`${unitName}${formatMonth(report.period)}进度月报.pdf`} title={`${formatMonth(report.period)}月报 PDF`} missing="该月报尚未生成，请稍后再试。" />
        </Space>
      ) : (
        <Typography.Text type="secondary">{nextReportNote()}</Typography.Text>
      )}
    </div>
  );
}

/** The month's report is built on the 1st of the next month. */
function nextReportNote(): string {
  const [, month] = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).split('-').map(Number);
  const next = month === 12 ? 1 : month + 1;
  return `尚无已发布的月报；本月月报将于${next}月1日自动生成`;
}

