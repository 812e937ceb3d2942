import { RedlineRule } from '../rules/redline-rule.enum';
import { alertedDivisions, AlertedViolation } from './alerted-violation';
import { redlineAlertMail } from './redline-alert-mail';

const violation: AlertedViolation = {
  id: '0b7e4a8e-1111-4c1e-9a55-5f1c4b2d9e01',
  rule: RedlineRule.HOUSING_AREA_PER_PERSON,
  value: '32.50',
  threshold: '25.00',
  detectedAt: new Date('2026-10-31T16:05:00Z'),
  householdCode: 'LA-0001',
  headName: '韦建国',
  siteName: '那桐镇安置点',
  countyCode: '450123',
  countyName: '隆安县',
  cityCode: '450100',
  cityName: '南宁市',
};

describe('redlineAlertMail', () => {
  it('names the household, head, site, county, rule, value and threshold in Chinese', () => {
    const mail = redlineAlertMail(violation, 'Longan@Example.org');
    expect(mail.subject).toBe('【政策红线预警】隆安县 搬迁户 LA-0001（户主 韦建国）人均住房面积超标');
    expect(mail.text.split('\n')).toEqual(
      expect.arrayContaining([
        '户编码：LA-0001',
        '户主：韦建国',
        '安置点：那桐镇安置点',
        '所在县（市、区）：隆安县（450123），南宁市',
        '触及红线：人均住房面积超标（住房面积 ÷ 受益人口）',
        '计算值：32.5 ㎡/人',
        '红线标准：不超过 25 ㎡/人',
        '发现时间：2026/11/01 00:05（北京时间）',
      ]),
    );
    expect(mail.to).toBe('Longan@Example.org');
  });

  it('keys the mail by violation and mailbox, whatever the address case', () => {
    expect(redlineAlertMail(violation, 'Longan@Example.org').dedupeKey).toBe(redlineAlertMail(violation, 'longan@example.org').dedupeKey);
    expect(redlineAlertMail(violation, 'a@example.org').dedupeKey).not.toBe(redlineAlertMail({ ...violation, id: 'other' }, 'a@example.org').dedupeKey);
  });

  it('shows money with thousands separators and its unit', () => {
    const mail = redlineAlertMail({ ...violation, rule: RedlineRule.SELF_FUNDING_PER_HOUSEHOLD, value: '12500.00', threshold: '10000.00' }, 'a@example.org');
    expect(mail.text).toContain('计算值：12,500 元/户');
    expect(mail.text).toContain('红线标准：不超过 10,000 元/户');
  });

  it('alerts the county, its city and the region', () => {
    expect(alertedDivisions(violation)).toEqual(['450123', '450100', '450000']);
  });
});
