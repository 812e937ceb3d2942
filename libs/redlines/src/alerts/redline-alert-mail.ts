import { OutgoingMail } from '@app/mail';
import { REDLINE_MEASURES } from '../rules/redline-measures';
import { REDLINE_RULE_LABELS } from '../rules/redline-rule.enum';
import { AlertedViolation } from './alerted-violation';

const amount = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const shanghaiTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** The alert for one violation and one recipient, in the words staff use. */
export function redlineAlertMail(violation: AlertedViolation, to: string): OutgoingMail {
  const label = REDLINE_RULE_LABELS[violation.rule];
  const { unit, formula } = REDLINE_MEASURES[violation.rule];
  return {
    // One mail per violation and mailbox, ever: the outbox refuses a second one with this key.
    dedupeKey: `redline-violation/${violation.id}/${to.toLowerCase()}`,
    to,
    subject: `【政策红线预警】${violation.countyName} 搬迁户 ${violation.householdCode}（户主 ${violation.headName}）${label}`,
    text: [
      '您好：',
      '',
      '系统发现以下搬迁户触及政策红线，请及时核实处理。',
      '',
      `户编码：${violation.householdCode}`,
      `户主：${violation.headName}`,
      `安置点：${violation.siteName}`,
      `所在县（市、区）：${violation.countyName}（${violation.countyCode}），${violation.cityName}`,
      `触及红线：${label}（${formula}）`,
      `计算值：${amount.format(Number(violation.value))} ${unit}`,
      `红线标准：不超过 ${amount.format(Number(violation.threshold))} ${unit}`,
      `发现时间：${shanghaiTime.format(violation.detectedAt)}（北京时间）`,
      '',
      '数据核实更正后，预警将自动解除。',
      '本邮件由易地扶贫搬迁工作调度系统自动发送，请勿直接回复。您收到它是因为订阅了上述地区的红线预警。',
    ].join('\n'),
  };
}
