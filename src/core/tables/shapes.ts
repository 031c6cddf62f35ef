import type { TableLayout } from "../templates/layout";
import { Grid } from "./grid";
import { HeaderMatch, sheetPaths, templatePaths } from "./header";
import { looseLabel, normLabel, normText, splitCode } from "./normalize";
import { readCellAmount } from "./numbers";
import { captionMeans, labelMeans } from "./synonyms";

/** A figure's place in the grid (grid rows). */
export interface Position {
  row: number;
  col: number;
}

/** A table found on a sheet, to be read in one of its other shapes. */
export interface Shape {
  grid: Grid;
  layout: TableLayout;
  header: HeaderMatch;
  body: { top: number; end: number };
}

/** The last caption of each sheet column in the header band. */
function leaves(grid: Grid, header: HeaderMatch): string[] {
  return sheetPaths(grid, header.top, header.bottom, grid.colCount).map(
    (p) => p[p.length - 1] ?? ""
  );
}

/** Texts of a body row that are not figures, as labels. */
function rowLabels(grid: Grid, row: number): string[] {
  return grid
    .filled(row)
    .map((c) => grid.value(row, c))
    .filter((v) => typeof v === "string" && !readCellAmount(v, "money").ok)
    .map((v) => normLabel(v));
}

function labelled(texts: readonly string[], label: string): boolean {
  const want = normLabel(label);
  const loose = looseLabel(label);
  return texts.some((t) => labelMeans(want, t) || (loose && looseLabel(t) === loose));
}

/** Only for a table of one line, all of whose amounts are items (三公 表). */
function isSingleLine(layout: TableLayout): boolean {
  return layout.table.blocks.every(
    (b) => b.rows.length + (b.tail?.length ?? 0) === 1 && b.rows[0]?.kind === "item"
  );
}

/**
 * How a template column of a one-line table splits when its items are rows: `column` is the index
 * in its caption path of the caption the sheet prints as a column (预算数 / 决算数 — outermost in
 * 江西's template, innermost in 上海's), `col` that sheet column, `item` the index of the caption
 * naming the row (因公出国（境）费; 小计 stands for its group, 合计 for the whole).
 */
function transposedParts(
  path: readonly string[],
  sheet: readonly string[][]
): { column: number; col: number; item?: number } | undefined {
  const columnOf = (caption: string) =>
    sheet.findIndex((p) => p.some((text) => captionMeans(caption, text)));
  const column = path.findIndex((caption) => caption !== "小计" && columnOf(caption) >= 0);
  if (column < 0) return undefined;
  let item: number | undefined;
  path.forEach((caption, i) => {
    if (i !== column && caption !== "小计") item = i;
  });
  return { column, col: columnOf(path[column]), item };
}

/**
 * A table of one line whose items are printed as rows (三公 表: 项目 | 预算数 | 决算数): each
 * template column is found at the row its item names, in the column its 预算数 / 决算数 names.
 */
export function transposedPositions({ grid, layout, header, body }: Shape): Map<string, Position> {
  const positions = new Map<string, Position>();
  if (!isSingleLine(layout)) return positions;
  const sheet = sheetPaths(grid, header.top, header.bottom, grid.colCount);
  const paths = templatePaths(layout);
  const labels: string[][] = [];
  for (let r = body.top; r < body.end; r++) labels[r] = rowLabels(grid, r);
  for (const amount of layout.amounts) {
    const path = paths[amount.col];
    const parts = transposedParts(path, sheet);
    if (!parts || parts.item === undefined) continue;
    for (let r = body.top; r < body.end; r++) {
      if (labelled(labels[r] ?? [], path[parts.item])) {
        positions.set(amount.id, { row: r, col: parts.col });
        break;
      }
    }
  }
  return positions;
}

/** What a transposed reading missed: a row (合计) where its column was found, else the column. */
export interface TransposedGap {
  kind: "row" | "column";
  /** Index in the template caption path of the caption to name. */
  caption: number;
  id: string;
}

export function transposedGaps(
  { grid, layout, header }: Shape,
  positions: ReadonlyMap<string, Position>
): TransposedGap[] {
  const sheet = sheetPaths(grid, header.top, header.bottom, grid.colCount);
  const paths = templatePaths(layout);
  return layout.amounts.flatMap((amount): TransposedGap[] => {
    if (positions.has(amount.id)) return [];
    const parts = transposedParts(paths[amount.col], sheet);
    return parts?.item !== undefined
      ? [{ kind: "row", caption: parts.item, id: amount.id }]
      : [{ kind: "column", caption: 0, id: amount.id }];
  });
}

/**
 * A table of coded lines (基本支出 表) whose blocks the sheet draws in other widths — two blocks
 * instead of three, or one list with 人员经费 / 公用经费 side by side: every 科目编码 column of the sheet
 * with the figure column after it, searched for each line's code (or a total's label).
 */
export function pooledPositions({ grid, layout, header, body }: Shape): Map<string, Position> {
  const positions = new Map<string, Position>();
  const coded = layout.table.blocks.some((b) => b.rows.some((r) => r.kind === "economic"));
  if (!coded) return positions;
  const captions = leaves(grid, header);
  const codeCols = captions.flatMap((t, c) => (captionMeans("科目编码", t) ? [c] : []));
  const groups = codeCols.flatMap((codeCol, i) => {
    const next = codeCols[i + 1] ?? captions.length;
    const figure = captions.findIndex(
      (t, c) => c > codeCol && c < next && (captionMeans("决算数", t) || captionMeans("金额", t))
    );
    return figure < 0 ? [] : [{ codeCol, figure }];
  });
  const used = new Set<string>();
  for (const line of layout.rows) {
    if (line.kind !== "subject" && line.kind !== "item" && line.kind !== "total") continue;
    const ids = layout.amounts.filter((a) => a.block === line.block && a.row === line.row);
    if (ids.length !== 1) continue;
    search: for (const g of groups)
      for (let r = body.top; r < body.end; r++) {
        const key = `${r}|${g.figure}`;
        if (used.has(key)) continue;
        const cell = grid.value(r, g.codeCol);
        const { code, rest } = splitCode(cell);
        const hit = line.code
          ? code === line.code
          : !code &&
            line.label !== undefined &&
            labelled([normLabel(rest || normText(cell))], line.label);
        if (hit) {
          positions.set(ids[0].id, { row: r, col: g.figure });
          used.add(key);
          break search;
        }
      }
  }
  return positions;
}
