import { registerLabelledEnum } from '@app/common';

export enum SpotCheckOutcome {
  CONFIRMED = 'CONFIRMED',
  DISCREPANCY = 'DISCREPANCY',
}
export const SPOT_CHECK_OUTCOME_LABELS = registerLabelledEnum(SpotCheckOutcome, 'SpotCheckOutcome', '抽查核实结果', {
  CONFIRMED: '核实无误',
  DISCREPANCY: '存在出入',
});
