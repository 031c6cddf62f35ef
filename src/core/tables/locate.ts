import type { TableTemplate } from "../templates/types";
import { Grid } from "./grid";
import { normText } from "./normalize";

/** Rows searched for a table's title or 表号. */
export const TITLE_ROWS = 6;

/** How a sheet was recognised, strongest first. */
export type Recognition = "name" | "code" | "title" | "sheetName";
const STRENGTH: Record<Recognition, number> = { name: 0, code: 1, title: 2, sheetName: 3 };

interface Claim {
  grid: Grid;
  index: number;
  tableId: string;
  how: Recognition;
}

/** "公开05表" and "公开5表". */
function codeVariants(code: string): string[] {
  const normal = normText(code);
  const match = /^(.*?)0+(\d+)(\D*)$/.exec(normal);
  return match ? [normal, `${match[1]}${match[2]}${match[3]}`] : [normal];
}

/** A cell holding the 表号 ("公开05表", "表号：公开05表"), not a sentence that mentions it. */
function holdsCode(text: string, variants: string[]): boolean {
  return variants.some((v) => text.endsWith(v) && text.length <= v.length + 4);
}

function holdsTitle(text: string, title: string): boolean {
  return title.length > 0 && text.replace(/[)）]$/, "").endsWith(title);
}

/** The table a sheet holds, by its name, its 表号 or title in the top rows, or its name again. */
function recognise(
  grid: Grid,
  tables: readonly TableTemplate[]
): { tableId: string; how: Recognition } | undefined {
  const name = normText(grid.name);
  const exact = tables.find((t) => normText(t.code) === name);
  if (exact) return { tableId: exact.id, how: "name" };

  const texts: string[] = [];
  for (let r = 0; r < Math.min(TITLE_ROWS, grid.rowCount); r++)
    for (const c of grid.filled(r)) {
      const text = normText(grid.value(r, c));
      if (text) texts.push(text);
    }
  for (const text of texts) {
    const byCode = tables.find((t) => holdsCode(text, codeVariants(t.code)));
    if (byCode) return { tableId: byCode.id, how: "code" };
  }
  const byTitle = longestTitle(tables, (title) => texts.some((text) => holdsTitle(text, title)));
  if (byTitle) return { tableId: byTitle.id, how: "title" };

  const inName =
    tables.find((t) => codeVariants(t.code).some((v) => name.includes(v))) ??
    longestTitle(tables, (title) => name.includes(title));
  return inName ? { tableId: inName.id, how: "sheetName" } : undefined;
}

/** Titles nest ("支出决算表" ⊂ "一般公共预算财政拨款支出决算表"): the longest one that fits wins. */
function longestTitle(
  tables: readonly TableTemplate[],
  fits: (title: string) => boolean
): TableTemplate | undefined {
  let best: TableTemplate | undefined;
  for (const t of tables) {
    const title = normText(t.title);
    if (fits(title) && (!best || title.length > normText(best.title).length)) best = t;
  }
  return best;
}

export interface Located {
  grid: Grid;
  how: Recognition;
}

/**
 * Which sheet holds each table: the sheet named by its 表号; else a sheet whose top rows carry the
 * 表号 or end with the title; else a sheet whose name mentions either. Each sheet serves one table.
 * Short of a sheet named by the 表号, one whose header `fits` the table is preferred.
 */
export function locateTables(
  tables: readonly TableTemplate[],
  grids: readonly Grid[],
  fits: (table: TableTemplate, grid: Grid) => boolean = () => true
): Map<string, Located> {
  const claims: Claim[] = [];
  grids.forEach((grid, index) => {
    const found = recognise(grid, tables);
    if (found) claims.push({ grid, index, ...found });
  });
  const located = new Map<string, Located>();
  for (const table of tables) {
    const mine = claims.filter((c) => c.tableId === table.id);
    const fitting = new Set(mine.filter((c) => c.how === "name" || fits(table, c.grid)));
    const best = mine.sort(
      (a, b) =>
        Number(fitting.has(b)) - Number(fitting.has(a)) ||
        STRENGTH[a.how] - STRENGTH[b.how] ||
        a.index - b.index
    )[0];
    if (best) located.set(table.id, { grid: best.grid, how: best.how });
  }
  return located;
}
