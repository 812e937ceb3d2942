import type * as Echarts from 'echarts';
import type PDFKit from 'pdfkit';
import type SvgToPdf from 'svg-to-pdfkit';

export interface PdfLibraries {
  PDFDocument: typeof PDFKit;
  SVGtoPDF: typeof SvgToPdf;
  echarts: typeof Echarts;
}

let loading: Promise<PdfLibraries> | undefined;

/**
 * PDFKit, its SVG drawer and ECharts, loaded with the first bulletin: together they take a
 * second or more to load, which an API process that never renders one should not pay at start.
 */
export function pdfLibraries(): Promise<PdfLibraries> {
  loading ??= Promise.all([import('pdfkit'), import('svg-to-pdfkit'), import('echarts')]).then(([pdfkit, svgToPdf, echarts]) => ({
    PDFDocument: pdfkit.default,
    SVGtoPDF: svgToPdf.default,
    echarts,
  }));
  return loading;
}
