import { UserError } from "../core/errors";
import { INPUT_SHEET_NAMES } from "../core/inputs/readInputs";
import { NARRATIVE_SHEET } from "../core/narrative/narrativeSheet";
import { CHECK_SHEET } from "../core/rules/checkSheet";
import type { SheetSnapshot } from "../core/workbook";
import { a1 } from "../core/workbook/a1";
import { META_SHEET, WorkbookMeta } from "../core/workbook/meta";
import type { XlsxReader } from "./reader";

/**
 * Formula cells saved without a result: a script or an app that does not calculate wrote them. The
 * CLI cannot calculate, and reading such a cell as blank (0) would show a wrong total as right, so
 * the file is refused until Excel or WPS has calculated and saved it. (In the add-in Excel calculates.)
 */
const SHOWN = 10;

/** Which sheets must hold calculated results: fill reads only the input sheets; the others all. */
export type CalculatedScope = "inputs" | "all";

/** Sheets whose formulas nothing reads: the 校验 and 情况说明 sheets we write, our hidden record. */
const NOT_READ = new Set([META_SHEET, CHECK_SHEET, NARRATIVE_SHEET]);

/**
 * The sheets of `sheets` whose formulas must have results: in scope "all", every sheet but our own
 * outputs and the blank tables of a workbook never filled, whose formulas sum empty cells (0 is
 * their true value).
 */
export function sheetsNeedingResults(
  sheets: readonly SheetSnapshot[],
  scope: CalculatedScope,
  meta: WorkbookMeta | undefined
): SheetSnapshot[] {
  const inputs: readonly string[] = INPUT_SHEET_NAMES;
  if (scope === "inputs") return sheets.filter((s) => inputs.includes(s.name));
  const blank = new Set(meta?.mode === "blank" ? meta.generated.map((g) => g.name) : []);
  return sheets.filter((s) => !NOT_READ.has(s.name) && !blank.has(s.name));
}

/**
 * Formula cells that read as empty. A cached 0, FALSE or "" also reads as empty (ExcelJS, and the
 * fast reader after it, leave out a falsy result), so these are only suspects: see `withoutValue`.
 */
function suspects(sheet: SheetSnapshot): string[] {
  const found: string[] = [];
  // Plain loops: a ledger of 10^5 rows has close to a million cells, nearly none with a formula.
  for (let r = 0; r < sheet.formulas.length; r++) {
    const row = sheet.formulas[r];
    for (let c = 0; c < row.length; c++)
      if (row[c] != null && (sheet.values[r]?.[c] ?? null) === null) found.push(a1(r, c));
  }
  return found;
}

/** Cells of a sheet's XML with a formula and no stored value (<v>) or inline string. */
function withoutValue(xml: string): Set<string> {
  const found = new Set<string>();
  for (const match of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const body = match[2] ?? "";
    if (!body.includes("<f") || /<v\b/.test(body) || /<is>/.test(body)) continue;
    const ref = /\br="([A-Z]+\d+)"/.exec(match[1])?.[1];
    if (ref) found.add(ref);
  }
  return found;
}

/** "Sheet!A1" of each formula in `sheets` saved without a result, confirmed in the file's XML. */
export async function uncalculatedCells(
  sheets: readonly SheetSnapshot[],
  reader: XlsxReader
): Promise<string[]> {
  const bySheet = sheets
    .map((s) => [s.name, suspects(s)] as const)
    .filter(([, cells]) => cells.length);
  if (!bySheet.length) return [];
  const found: string[] = [];
  for (const [sheet, cells] of bySheet) {
    const xml = reader.part(reader.sheetPath(sheet));
    if (xml === undefined) continue;
    const empty = withoutValue(xml);
    for (const address of cells) if (empty.has(address)) found.push(`${sheet}!${address}`);
  }
  return found;
}

/** Throws when any of `sheets` holds a formula without a stored result, naming the cells. */
export async function refuseUncalculated(
  file: string,
  sheets: readonly SheetSnapshot[],
  reader: XlsxReader
): Promise<void> {
  const cells = await uncalculatedCells(sheets, reader);
  if (!cells.length) return;
  const shown =
    cells.slice(0, SHOWN).join("、") + (cells.length > SHOWN ? ` 等 ${cells.length} 处` : "");
  throw new UserError(
    `「${file}」中有公式没有保存计算结果（${shown}），直接读取会被当作 0，算出错误的数字。` +
      "请用 Excel 或 WPS 打开该文件、等待计算完成后保存，再执行本命令"
  );
}
