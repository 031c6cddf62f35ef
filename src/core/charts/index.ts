import { formatFixed } from "../money";
import { shown } from "../narrative/pieceForms";
import type { NarrativeContext } from "../narrative/types";
import type { ChartData, ChartDef } from "./types";

export type { ChartData, ChartDef } from "./types";
export { chartSvg } from "./svg";
export { CHART_SHEET, renderChartSheet } from "./sheet";

/**
 * The profile's charts with their figures as printed (万元, two decimals, 四舍五入). Categories that
 * are zero in every series are left out; a chart with nothing left to show is dropped.
 */
export function chartData(defs: readonly ChartDef[], context: NarrativeContext): ChartData[] {
  return defs.flatMap((def): ChartData[] => {
    const values = def.series.map((s) => s.figures.map((f) => shown(f, context)));
    const keep = def.categories.map((_, i) => values.some((v) => !v[i].isZero()));
    const categories = def.categories.filter((_, i) => keep[i]);
    if (!categories.length) return [];
    const series = def.series.map((s, j) => ({
      name: s.name,
      values: values[j].filter((_, i) => keep[i]),
    }));
    const figures = def.series.map((s) => s.figures.filter((_, i) => keep[i]));
    const description = describe(def.title, categories, series);
    const { key, section, title, kind } = def;
    return [{ key, section, title, kind, categories, series, figures, description }];
  });
}

function describe(title: string, categories: string[], series: ChartData["series"]): string {
  const parts = series.map((s) => {
    const figures = categories.map((c, i) => `${c}${formatFixed(s.values[i])}万元`).join("，");
    return series.length > 1 ? `${s.name}：${figures}` : figures;
  });
  return `${title}（单位：万元）。${parts.join("；")}。`;
}
