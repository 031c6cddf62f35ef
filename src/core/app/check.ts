import { UserError } from "../errors";
import { INPUT_SHEET_NAMES, readInputs } from "../inputs/readInputs";
import type { InputData } from "../inputs/types";
import { Decimal, formatWan, yuanToWan } from "../money";
import type { Finding } from "../rules/evaluate";
import { cellLabel } from "../workbook/a1";
import { priorFigures } from "./priorFigures";
import { runningCostFindings, runningCostFromLedger } from "./runningCost";
import { INPUT_SHEETS } from "../inputs/sheets";
import { catalogsFor } from "../subjects";
import { readTables } from "../tables/readTables";
import { isUnitText } from "../tables/units";
import { ledgerTotalCells } from "../tables/ledgerTotals";
import { supplementaryCells } from "../tables/supplementaryCells";
import type { ReadTables } from "../tables/types";
import { PROFILES } from "../profiles";
import type { FormatProfile } from "../profiles/types";
import type { WorkbookPort, WorkbookRead } from "../workbook";
import { plausibilityFindings } from "../rules/plausibility";
import { CheckReport, checkTables } from "./checkTables";
import { PROFILE_SHEETS, workbookProfile } from "./profile";

export interface CheckOptions {
  prior?: ReadTables;
  /** A profile id chosen by the user (`--profile`): no detection. */
  profile?: string;
}

/** Reads the ten tables from a workbook (at most two batched reads) and evaluates every rule. */
export async function checkWorkbook(
  port: WorkbookPort,
  options: CheckOptions = {}
): Promise<CheckReport> {
  const { read, profile } = await readForCheck(port, options.profile);
  const tables = readTables(read, profile, catalogsFor(profile.year));
  tables.department ??= departmentIn(read, tables);
  for (const [id, cell] of supplementaryCells(read)) tables.cells.set(id, cell);
  for (const [id, cell] of ledgerTotalCells(read)) tables.cells.set(id, cell);
  const report = checkTables(tables, profile, options.prior);
  report.findings.push(...plausibilityFindings(profile.plausibility ?? [], tables, read));
  if (options.prior) report.findings.push(...priorFigureFindings(read, profile, options.prior));
  report.findings.push(...runningCostCheck(read, profile));
  return report;
}

/** The input sheets, when the workbook has them and they read cleanly; else undefined. */
function inputsOf(read: WorkbookRead, profile: FormatProfile): InputData | undefined {
  if (!read.sheetNames.includes(INPUT_SHEETS.budgetPrior)) return undefined;
  try {
    return readInputs(read, { formulas: false, profile });
  } catch {
    return undefined;
  }
}

/** 机关运行经费 typed in 补充信息 against the ledger's figure (runningCost.ts). */
function runningCostCheck(read: WorkbookRead, profile: FormatProfile): Finding[] {
  const data = inputsOf(read, profile);
  if (!data) return [];
  const computed = runningCostFromLedger(read, data.basics.units);
  return runningCostFindings(data, computed, data.supplementary.columns.index.value);
}

/**
 * With last year's workbook: each 上年决算数 typed in 预算与上年数 that differs from last year's
 * published table (a warning). Input sheets that cannot be read are left to fill to report.
 */
function priorFigureFindings(
  read: WorkbookRead,
  profile: FormatProfile,
  prior: ReadTables
): Finding[] {
  const data = inputsOf(read, profile);
  if (!data) return [];
  const wan = (yuan: Decimal) => formatWan(yuan, { grouping: true });
  return priorFigures(data, prior)
    .filter((t) => t.action === "kept")
    .map((t) => ({
      rule: "合理性.上年决算数",
      severity: "warning",
      message: `“${INPUT_SHEETS.budgetPrior}”中${t.indicator}${t.code ? `（${t.code}）` : ""}的上年决算数 ${wan(t.typed as Decimal)} 万元与上年公开表 ${t.from} 的 ${wan(t.value)} 万元不同`,
      cells: [cellLabel(INPUT_SHEETS.budgetPrior, t.row, t.col), `上年：${t.from}`],
      expected: yuanToWan(t.value).toNumber(),
      actual: yuanToWan(t.typed as Decimal).toNumber(),
    }));
}

/** The tables of a workbook (another department's, or last year's for `--prior`), in its format. */
export async function readTablesOf(port: WorkbookPort, chosen?: string): Promise<ReadTables> {
  return (await readTablesWithProfile(port, chosen)).tables;
}

/** The tables in the workbook's format, with the format and what was read (基础信息 among it). */
export async function readTablesWithProfile(
  port: WorkbookPort,
  chosen?: string
): Promise<{ tables: ReadTables; profile: FormatProfile; read: WorkbookRead }> {
  const { read, profile } = await readForCheck(port, chosen);
  return { tables: readTables(read, profile, catalogsFor(profile.year)), profile, read };
}

async function readForCheck(
  port: WorkbookPort,
  chosen?: string
): Promise<{ read: WorkbookRead; profile: FormatProfile }> {
  // The input sheets too, when present: some rules compare them with the tables.
  const expected = [...new Set([...PROFILE_SHEETS, ...INPUT_SHEET_NAMES])];
  const first = await port.read(expected);
  if (first.sheetNames.length === 0) throw new UserError("工作簿中没有任何工作表");
  // Tables under other sheet names (hand-made, exported) are found by title: read everything.
  const complete = PROFILES.some((p) => p.tables.every((t) => first.sheetNames.includes(t.code)));
  const read = complete ? first : await port.read(first.sheetNames);
  return { read, profile: workbookProfile(read, chosen) };
}

/**
 * The 部门 line printed above 公开01表 (or any table): "部门：景德镇市陶瓷产业发展局", also when the
 * same cell goes on with the unit ("编制单位：××局  单位：万元"); "单位：万元" alone is no department.
 */
export function departmentIn(read: WorkbookRead, tables: ReadTables): string | undefined {
  const names = [...tables.tables.values()].flatMap((t) => (t.sheet ? [t.sheet] : []));
  for (const name of names) {
    const sheet = read.sheets.find((s) => s.name === name);
    for (const row of sheet?.values.slice(0, 8) ?? []) {
      for (const value of row) {
        const text = String(value ?? "").trim();
        if (isUnitText(text)) continue;
        const match =
          /^(?:部门|编制单位|填报单位|单位)(?:名称)?[：:]\s*(.+?)\s*(?:(?:金额)?单位[：:].*)?$/.exec(
            text
          );
        if (match && match[1] && !isUnitText(`单位：${match[1]}`)) return match[1].trim();
      }
    }
  }
  return undefined;
}
