import type { PdfLibraries } from './pdf-libraries';
import { PALETTE } from './palette';

export interface Bar {
  label: string;
  value: number | null;
  /** The unit the bulletin is about: drawn in the stronger colour. */
  own?: boolean;
}

/**
 * A horizontal bar chart as SVG, drawn server-side by ECharts (no browser): bars top to bottom
 * in the given order, each labelled with its value.
 */
export function horizontalBarsSvg(
  { echarts }: Pick<PdfLibraries, 'echarts'>,
  bars: readonly Bar[],
  size: { width: number; height: number },
  format: (value: number) => string,
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Noto Sans SC', color: PALETTE.text },
      grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { fontSize: 9, color: PALETTE.muted }, splitLine: { lineStyle: { color: '#e3e8ee' } } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((bar) => bar.label),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: PALETTE.rule } },
        axisLabel: { fontSize: 9, color: PALETTE.text, width: 210, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barCategoryGap: '28%',
          data: bars.map((bar) => ({ value: bar.value ?? 0, itemStyle: { color: bar.own ? PALETTE.own : PALETTE.bar } })),
          label: {
            show: true,
            position: 'right',
            fontSize: 9,
            color: PALETTE.text,
            formatter: (p: { dataIndex: number }) => {
              const value = bars[p.dataIndex].value;
              return value === null ? '无数据' : format(value);
            },
          },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
