import type ExcelJS from "exceljs";
import { promises as fs } from "fs";
import JSZip from "jszip";
import { UserError } from "../core/errors";
import { NARRATIVE_SHEET } from "../core/narrative/sheet";
import { CHECK_SHEET } from "../core/rules/sheet";
import { INPUT_SHEET_NAMES } from "../core/inputs/read";
import { META_SHEET, readMetaSheet } from "../core/workbook/meta";
import { snapshotOf } from "./port";

/**
 * Formula cells saved without a result: a script or an app that does not calculate wrote them. The
 * CLI cannot calculate, and reading such a cell as blank (0) would show a wrong total as right, so
 * the file is refused until Excel or WPS has calculated and saved it. (In the add-in Excel calculates.)
 */
const SHOWN = 10;

/** Sheets whose formulas nothing reads: the 校验 and 情况说明 sheets we write, our hidden record. */
const NOT_READ = new Set([META_SHEET, CHECK_SHEET, NARRATIVE_SHEET]);

/**
 * The sheets a command reads: fill only the input sheets (it rebuilds the tables); the others every
 * sheet but our own outputs, and but the blank tables of a workbook never filled, whose formulas
 * sum empty cells (0 is their true value).
 */
function sheetsRead(workbook: ExcelJS.Workbook, scope: "inputs" | "all"): ExcelJS.Worksheet[] {
  if (scope === "inputs")
    return workbook.worksheets.filter((ws) => (INPUT_SHEET_NAMES as string[]).includes(ws.name));
  const metaSheet = workbook.getWorksheet(META_SHEET);
  const meta = metaSheet ? readMetaSheet(snapshotOf(metaSheet)) : undefined;
  const blank = new Set(meta?.mode === "blank" ? meta.generated.map((g) => g.name) : []);
  return workbook.worksheets.filter((ws) => !NOT_READ.has(ws.name) && !blank.has(ws.name));
}

/**
 * Formula cells ExcelJS reports without a result. ExcelJS also drops a stored result of 0, so these
 * are candidates, confirmed against the sheet's XML (a <c> with <f> and no <v>).
 */
function candidates(workbook: ExcelJS.Workbook, scope: "inputs" | "all"): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const ws of sheetsRead(workbook, scope)) {
    const cells: string[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
        if (
          !value ||
          typeof value !== "object" ||
          !("formula" in value || "sharedFormula" in value)
        )
          return;
        if (value.result === undefined || value.result === null) cells.push(cell.address);
      });
    });
    if (cells.length) found.set(ws.name, cells);
  }
  return found;
}

/** The addresses of the cells in a sheet's XML that have a formula and no stored value. */
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

/** Sheet name → path of its part in the package, from xl/workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const rel of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(rel[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const sheet of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(sheet[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(sheet[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) parts.set(decodeXml(name), part);
  }
  return parts;
}

const decodeXml = (text: string) =>
  text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[e] as string
  );

/** "收支明细!G12" for each formula cell of the sheets read whose result was never stored. */
export async function uncalculatedCells(
  workbook: ExcelJS.Workbook,
  data: Uint8Array | (() => Promise<Uint8Array>),
  scope: "inputs" | "all"
): Promise<string[]> {
  const suspects = candidates(workbook, scope);
  if (!suspects.size) return [];
  if (typeof data === "function") data = await data();
  const zip = await JSZip.loadAsync(data);
  const parts = await sheetParts(zip);
  const found: string[] = [];
  for (const [sheet, cells] of suspects) {
    const xml = await zip.file(parts.get(sheet) ?? "")?.async("string");
    if (xml === undefined) continue;
    const empty = withoutValue(xml);
    for (const address of cells) if (empty.has(address)) found.push(`${sheet}!${address}`);
  }
  return found;
}

/** Throws when any read formula has no stored result, naming the cells (see uncalculatedCells). */
export async function refuseUncalculated(
  workbook: ExcelJS.Workbook,
  file: string,
  scope: "inputs" | "all" = "all"
): Promise<void> {
  const cells = await uncalculatedCells(workbook, () => fs.readFile(file), scope);
  if (!cells.length) return;
  const shown =
    cells.slice(0, SHOWN).join("、") + (cells.length > SHOWN ? ` 等 ${cells.length} 处` : "");
  throw new UserError(
    `「${file}」中有公式没有保存计算结果（${shown}），直接读取会被当作 0，算出错误的数字。` +
      "请用 Excel 或 WPS 打开该文件、等待计算完成后保存，再执行本命令"
  );
}
