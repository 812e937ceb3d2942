import { registerLabelledEnum } from '@app/common';

export enum ViolationStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
export const VIOLATION_STATUS_LABELS = registerLabelledEnum(ViolationStatus, 'ViolationStatus', '红线预警状态', {
  OPEN: '未解除',
  RESOLVED: '已解除（数据已更正或规则已调整）',
});
