import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { formatValue } from '../../format/numbers';
import type { IndicatorChoice, UnitFigures } from './figures';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const BAR = '#c8706b';
const BAR_HEIGHT = 26;

/** Site names repeat their county's (隆安县那桐镇安置点): the chart has room for the rest only. */
function shortName(name: string, parentName: string): string {
  return name.startsWith(parentName) && name.length > parentName.length ? name.slice(parentName.length) : name;
}

/** The units ranked on one indicator, best at the top; a bar opens that unit's platform. */
export function RankingChart({ units, indicator, parentName }: { units: Array<UnitFigures & { rank: number | null }>; indicator: IndicatorChoice; parentName: string }) {
  const element = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const height = Math.max(160, units.length * BAR_HEIGHT + 40);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);
    chart.on('click', (event) => {
      const unit = units[event.dataIndex];
      if (unit) navigate(unit.href);
    });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => formatValue(v, indicator.unit) },
      xAxis:
        indicator.unit === 'COUNT'
          ? { type: 'value', minInterval: 1 }
          : { type: 'value', max: 1, interval: 0.2, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}${indicator.unit === 'RATIO' ? '%' : ''}` } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: units.map((u) => `${u.rank ? `${u.rank}. ` : ''}${shortName(u.name, parentName)}`),
        axisLabel: { width: 130, overflow: 'truncate' },
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          data: units.map((u) => u.figures[indicator.key]?.value ?? null),
          itemStyle: { color: BAR },
          label: { show: true, position: 'right', formatter: ({ value }: { value: number | null }) => (value === null ? '无数据' : formatValue(value, indicator.unit)) },
          cursor: 'pointer',
        },
      ],
    });
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [units, indicator, navigate, parentName]);

  return <div ref={element} className="ranking-chart" style={{ height }} role="img" aria-label={`${indicator.name}排名图`} />;
}
