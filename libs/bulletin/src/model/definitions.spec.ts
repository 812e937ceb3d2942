import { Claim } from '@app/evidence';
import { INDICATOR_DEFINITIONS, IndicatorKey } from '@app/indicators';
import { definitionLines, recognisedClaims } from './definitions';

const definition = (key: IndicatorKey) => INDICATOR_DEFINITIONS.find((d) => d.key === key)!;

describe('indicator definitions as documents explain them', () => {
  it('name the claims an indicator counts only when recognised, read from its SQL', () => {
    expect(recognisedClaims(definition(IndicatorKey.ACTUAL_RESIDENCE_RATE))).toEqual([Claim.ACTUALLY_RESIDENT]);
    expect(recognisedClaims(definition(IndicatorKey.RECLAMATION_RATE))).toEqual([Claim.OLD_HOUSE_DEMOLISHED, Claim.LAND_RECLAIMED]);
    expect(recognisedClaims(definition(IndicatorKey.GEOHAZARD_ASSESSED_RATE))).toEqual([Claim.GEOHAZARD_ASSESSMENT]);
    expect(recognisedClaims(definition(IndicatorKey.EVIDENCE_COMPLETENESS))).toEqual(Object.values(Claim));
    expect(recognisedClaims(definition(IndicatorKey.MOVE_IN_RATE))).toEqual([Claim.BENEFICIARY_POPULATION]);
    expect(recognisedClaims(definition(IndicatorKey.PROPERTY_CERTIFICATE_RATE))).toEqual([]);
  });

  it('pair each recognised claim with the evidence its rule asks for', () => {
    const [line] = definitionLines([definition(IndicatorKey.ACTUAL_RESIDENCE_RATE)], new Map([[IndicatorKey.ACTUAL_RESIDENCE_RATE, 2]]), [
      { claim: Claim.ACTUALLY_RESIDENT, claimName: '实际入住', evidenceName: '实际入住照片' },
      { claim: Claim.POVERTY_EXIT, claimName: '已脱贫', evidenceName: '脱贫双认定表' },
    ]);
    expect(line).toEqual({
      name: '实际入住率', formula: '经认定实际入住的户数 ÷ 已搬迁入住户数', unit: '%', direction: '越高越好', weight: 2, recognition: ['实际入住：实际入住照片'],
    });
  });
});
