import { UserError } from "../errors";
import { INPUT_SHEETS } from "../inputs/sheets";
import { catalogsFor } from "../subjects";
import { readTables } from "../tables/read";
import { ledgerTotalCells } from "../tables/ledgerTotals";
import { supplementaryCells } from "../tables/supplementary";
import type { ReadTables } from "../tables/types";
import type { FormatProfile } from "../profiles/types";
import type { WorkbookPort, WorkbookRead } from "../workbook";
import { plausibilityFindings } from "../rules/plausibility";
import { CheckReport, checkTables } from "./checkTables";
import { PROFILE_SHEETS, workbookProfile } from "./profile";

/** Reads the ten tables from a workbook (at most two batched reads) and evaluates every rule. */
export async function checkWorkbook(
  port: WorkbookPort,
  options: { prior?: ReadTables } = {}
): Promise<CheckReport> {
  const { read, profile } = await readForCheck(port);
  const tables = readTables(read, profile, catalogsFor(profile.year));
  tables.department ??= departmentIn(read, tables);
  for (const [id, cell] of supplementaryCells(read)) tables.cells.set(id, cell);
  for (const [id, cell] of ledgerTotalCells(read)) tables.cells.set(id, cell);
  const report = checkTables(tables, profile, options.prior);
  report.findings.push(...plausibilityFindings(profile.plausibility ?? [], tables, read));
  return report;
}

/** The tables of a workbook (another department's, or last year's for `--prior`), in its format. */
export async function readTablesOf(port: WorkbookPort): Promise<ReadTables> {
  return (await readTablesWithProfile(port)).tables;
}

export async function readTablesWithProfile(
  port: WorkbookPort
): Promise<{ tables: ReadTables; profile: FormatProfile }> {
  const { read, profile } = await readForCheck(port);
  return { tables: readTables(read, profile, catalogsFor(profile.year)), profile };
}

async function readForCheck(
  port: WorkbookPort
): Promise<{ read: WorkbookRead; profile: FormatProfile }> {
  // The input sheets too, when present: some rules compare them with the tables.
  const expected = [...PROFILE_SHEETS, INPUT_SHEETS.ledger, INPUT_SHEETS.supplementary];
  const first = await port.read(expected);
  if (first.sheetNames.length === 0) throw new UserError("工作簿中没有任何工作表");
  const profile = workbookProfile(first);
  // Tables under other sheet names (hand-made, exported) are found by title: read everything.
  const missing = profile.tables.some((t) => !first.sheetNames.includes(t.code));
  return { read: missing ? await port.read(first.sheetNames) : first, profile };
}

/** The 部门 line printed above 公开01表 (or any table): "部门：景德镇市陶瓷产业发展局". */
function departmentIn(read: WorkbookRead, tables: ReadTables): string | undefined {
  const names = [...tables.tables.values()].flatMap((t) => (t.sheet ? [t.sheet] : []));
  for (const name of names) {
    const sheet = read.sheets.find((s) => s.name === name);
    for (const row of sheet?.values.slice(0, 8) ?? []) {
      for (const value of row) {
        const match = /^(?:部门|编制单位|单位)(?:名称)?[：:]\s*(.+)$/.exec(
          String(value ?? "").trim()
        );
        if (match) return match[1].trim();
      }
    }
  }
  return undefined;
}
