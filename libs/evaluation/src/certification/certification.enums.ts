import { registerLabelledEnum } from '@app/common';

export enum CertificationStatus {
  NOT_CERTIFIED = 'NOT_CERTIFIED',
  CERTIFIED = 'CERTIFIED',
  RETURNED = 'RETURNED',
}
registerLabelledEnum(CertificationStatus, 'CertificationStatus', '月度数据确认状态', {
  NOT_CERTIFIED: '未确认',
  CERTIFIED: '已确认',
  RETURNED: '已退回（须重新确认）',
});

/** What a step of the sign-off did. */
export enum CertificationAction {
  CERTIFY = 'CERTIFY',
  RETURN = 'RETURN',
}
registerLabelledEnum(CertificationAction, 'CertificationAction', '数据确认操作', { CERTIFY: '确认', RETURN: '退回' });
