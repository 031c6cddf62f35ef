import type { TableTemplate } from "../templates/types";
import type { SheetSnapshot } from "../workbook";
import { Grid } from "./grid";
import { normText } from "./normalize";
import { otherTitleIn, titleWordings } from "./synonyms";

/** Rows searched for tables' titles or 表号 (tables may sit anywhere on a sheet, several per sheet). */
const TITLE_SEARCH_ROWS = 400;
/** A title cell may carry the department and year before the title ("××局2022年度收入决算表"). */
const TITLE_PREFIX = 40;

/**
 * How a sheet was recognised, strongest first: a title as the template words it beats another
 * wording (of two tables both titled like 公开05表, the 支出决算表 is it, not the 支出决算明细表).
 */
export type Recognition = "name" | "code" | "title" | "variant" | "sheetName";
const STRENGTH: Record<Recognition, number> = {
  name: 0,
  code: 1,
  title: 2,
  variant: 3,
  sheetName: 4,
};

/** Chinese for --explain. */
export const RECOGNITION_LABEL: Record<Recognition, string> = {
  name: "工作表名即表号",
  code: "表号",
  title: "表名",
  variant: "表名的另一种写法",
  sheetName: "工作表名",
};

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

/** What a text is compared with, per table: its 表号 and title wordings, folded once. */
interface Marks {
  table: TableTemplate;
  codes: string[];
  /** titleWordings(title): every wording it may be published under, longest first. */
  wordings: readonly string[];
  /** The template's own title (normText): a match on it is "title", on another wording "variant". */
  ownTitle: string;
}

/**
 * Every cell of the first 400 rows of every sheet not named by a 表号 is compared with every table:
 * the marks are folded once per set of tables (a profile's tables never change), not once per cell.
 */
const MARKS = new WeakMap<readonly TableTemplate[], Marks[]>();

function marksOf(tables: readonly TableTemplate[]): Marks[] {
  let marks = MARKS.get(tables);
  if (!marks) {
    marks = tables.map((table) => ({
      table,
      codes: codeVariants(table.code),
      wordings: titleWordings(table.title),
      ownTitle: normText(table.title),
    }));
    MARKS.set(tables, marks);
  }
  return marks;
}

/** A cell holding the 表号 ("公开05表", "表号：公开05表"), not a sentence that mentions it. */
function holdsCode(text: string, variants: string[]): boolean {
  return variants.some((v) => text.endsWith(v) && text.length <= v.length + 4);
}

/** The title in a title cell: without a closing bracket or "（续）". */
const bareTitle = (text: string) =>
  text.replace(/\((续表?|公开\d+表|表\d+)\)$/, "").replace(/[)）]$/, "");

/** A title cell (`bare`: its bareTitle) ends with the title, and is not a long sentence. */
function holdsTitle(bare: string, title: string): boolean {
  return title.length > 0 && bare.endsWith(title) && bare.length <= title.length + TITLE_PREFIX;
}

interface Hit {
  row: number;
  tableId: string;
  how: "code" | TitleRecognition;
}

type TitleRecognition = "title" | "variant";

/**
 * The longest wording of any table that a text ends with: titles nest (支出决算表 ⊂ 收入支出决算表).
 * None when the text is the longer title of a table outside the set (项目收入支出决算表).
 */
function titleIn(
  text: string,
  tables: readonly TableTemplate[]
): { table: TableTemplate; how: TitleRecognition } | undefined {
  const bare = bareTitle(text);
  let best: { marks: Marks; wording: string } | undefined;
  for (const marks of marksOf(tables))
    for (const wording of marks.wordings)
      if (holdsTitle(bare, wording) && (!best || wording.length > best.wording.length))
        best = { marks, wording };
  if (!best || otherTitleIn(bare, best.wording.length)) return undefined;
  return {
    table: best.marks.table,
    how: best.wording === best.marks.ownTitle ? "title" : "variant",
  };
}

/** Rows of the sheet that carry a table's 表号 or title. */
function hitsIn(sheet: SheetSnapshot, tables: readonly TableTemplate[]): Hit[] {
  const grid = new Grid(sheet);
  const hits: Hit[] = [];
  const marks = marksOf(tables);
  for (let r = 0; r < Math.min(TITLE_SEARCH_ROWS, grid.rowCount); r++) {
    for (const c of grid.filled(r)) {
      const text = normText(grid.value(r, c));
      if (!text || text.length > 80) continue;
      const byCode = marks.find((m) => holdsCode(text, m.codes))?.table;
      const byTitle = byCode ? undefined : titleIn(text, tables);
      if (byCode) hits.push({ row: r, tableId: byCode.id, how: "code" });
      else if (byTitle) hits.push({ row: r, tableId: byTitle.table.id, how: byTitle.how });
    }
  }
  return hits;
}

/** The table a whole sheet holds by its name alone. */
function byName(name: string, tables: readonly TableTemplate[]): Claim["how"] | undefined {
  return tables.some((t) => normText(t.code) === name) ? "name" : undefined;
}

/**
 * The places tables sit: a sheet per table, or a window of rows per table when one sheet holds
 * several (each from its title down to the next table's title).
 */
function claimsOf(sheet: SheetSnapshot, tables: readonly TableTemplate[]): Omit<Claim, "index">[] {
  const name = normText(sheet.name);
  const named = byName(name, tables);
  if (named) {
    const exact = tables.find((t) => normText(t.code) === name) as TableTemplate;
    return [{ grid: new Grid(sheet), tableId: exact.id, how: named }];
  }
  const hits = hitsIn(sheet, tables);
  // Consecutive hits of one table (表号 above the title) start one window.
  const starts = hits.filter((h, i) => i === 0 || hits[i - 1].tableId !== h.tableId);
  const distinct = new Set(starts.map((h) => h.tableId));
  if (distinct.size >= 2) {
    return starts.map((hit, i) => {
      const end = starts[i + 1]?.row ?? Number.MAX_SAFE_INTEGER;
      const firstOfTable = hits.filter((h) => h.tableId === hit.tableId && h.row >= hit.row);
      const has = (how: Hit["how"]) => firstOfTable.some((h) => h.how === how);
      const how: Hit["how"] = has("code") ? "code" : has("title") ? "title" : "variant";
      return {
        grid: new Grid(sheet, { top: i === 0 ? 0 : hit.row, end }),
        tableId: hit.tableId,
        how,
      };
    });
  }
  const grid = new Grid(sheet);
  const code = hits.find((h) => h.how === "code");
  const first = code ?? hits[0];
  if (first) return [{ grid, tableId: first.tableId, how: first.how }];
  const marks = marksOf(tables);
  const inName =
    marks.find((m) => m.codes.some((v) => name.includes(v)))?.table ??
    titleIn(name.replace(/^.*?(?=[\u4e00-\u9fff])/, ""), tables)?.table ??
    marks.find((m) => m.wordings.some((w) => name.includes(w) && !otherTitleIn(name, w.length)))
      ?.table;
  return inName ? [{ grid, tableId: inName.id, how: "sheetName" }] : [];
}

export interface Located {
  grid: Grid;
  how: Recognition;
}

/**
 * Which sheet (or window of a sheet) holds each table: the sheet named by its 表号; else where its
 * 表号 or title (in any wording of synonyms.ts) is printed; else a sheet whose name mentions either.
 * Each place serves one table. Short of a sheet named by the 表号, one whose header `fits` the table
 * is preferred.
 */
export function locateTables(
  tables: readonly TableTemplate[],
  sheets: readonly SheetSnapshot[],
  fits: (table: TableTemplate, grid: Grid) => boolean = () => true
): Map<string, Located> {
  const claims: Claim[] = [];
  sheets.forEach((sheet, index) => {
    for (const claim of claimsOf(sheet, tables)) claims.push({ ...claim, index });
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
