import type { Decimal } from "../money";
import type { FigureRef } from "../narrative/types";

/**
 * A chart of the published document as data: the profile names figures (the same FigureRef the
 * narrative states), the engine evaluates them to the displayed 万元 and draws them (charts/svg.ts).
 */
export interface ChartDef {
  /** Stable key: "收入构成". */
  key: string;
  title: string;
  /** The 情况说明 section (NarrativeSection key) the chart is printed after. */
  section: string;
  /** pie: one series, its parts of a whole; bars: categories side by side for each series. */
  kind: "pie" | "bars";
  categories: readonly string[];
  series: readonly { name: string; figures: readonly FigureRef[] }[];
}

export interface ChartData {
  key: string;
  section: string;
  title: string;
  kind: "pie" | "bars";
  categories: string[];
  series: { name: string; values: Decimal[] }[];
  /** The figure of each shown value (series by category): what a live chart's cells refer to. */
  figures: FigureRef[][];
  /** A sentence that says what the chart shows, with its figures: the image's alt text. */
  description: string;
}
