import { Card, Typography } from 'antd';
import { formatChange, formatCount, formatValue } from '../../format/numbers';
import { changeTone, type Figure, type IndicatorChoice } from './figures';

/** The headline figures: value, the counts behind it, change against last month. */
export function IndicatorCards({ indicators, figures, showChange = true }: { indicators: IndicatorChoice[]; figures: Record<string, Figure>; showChange?: boolean }) {
  return (
    <div className="indicator-cards">
      {indicators.map((indicator) => {
        const figure = figures[indicator.key];
        const tone = changeTone(figure?.change ?? null, indicator);
        return (
          <Card key={indicator.key} size="small" className="indicator-card" role="group" aria-label={indicator.name}>
            <div className="indicator-card-name">{indicator.name}</div>
            <div className="indicator-card-value">{formatValue(figure?.value, indicator.unit)}</div>
            <div className="indicator-card-counts">
              {figure && figure.numerator !== null && figure.denominator !== null && indicator.unit === 'RATIO' ? (
                <Typography.Text type="secondary" title={`${indicator.numeratorZh} / ${indicator.denominatorZh}`}>
                  {formatCount(figure.numerator)} / {formatCount(figure.denominator)}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">{indicator.unit === 'SCORE' ? '各比率指标加权' : '未整改问题'}</Typography.Text>
              )}
            </div>
            {showChange && (
              <div className={`indicator-card-change change-${tone}`}>
                较上月 <span className="nowrap">{formatChange(figure?.change, indicator.unit)}</span>
              </div>
            )}
          </Card>
        );
      })}
    </div>
  );
}
