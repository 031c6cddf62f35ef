import { UserError } from "../errors";
import { INPUT_SHEETS } from "../inputs/sheets";
import { catalogsFor } from "../subjects";
import { tablesPresent } from "../tables/locate";
import { readTables } from "../tables/read";
import { isUnitText } from "../tables/units";
import { ledgerTotalCells } from "../tables/ledgerTotals";
import { supplementaryCells } from "../tables/supplementary";
import type { ReadTables } from "../tables/types";
import { DEFAULT_PROFILE, findProfile, PROFILES } from "../templates/profiles";
import type { Profile } from "../templates/types";
import type { WorkbookPort, WorkbookRead } from "../workbook";
import { META_SHEET, readMetaSheet } from "../workbook/meta";
import { CheckReport, checkTables } from "./checkTables";

/**
 * The profiles a workbook may follow. The one place that knows where profiles are registered: re-point
 * it when the registry moves.
 */
export function registeredProfiles(): Profile[] {
  return Object.values(PROFILES);
}

export interface CheckOptions {
  prior?: ReadTables;
  /** A profile id chosen by the user (`--profile`): no detection. */
  profile?: string;
}

/**
 * The profile to read the workbook with: the user's choice; else the one this tool recorded when it
 * made the workbook; else the registered profile whose tables (by 表号 or title) the workbook holds
 * most of — a tie goes to the default, then to the first registered.
 */
export function chooseProfile(read: WorkbookRead, chosen?: string): Profile {
  if (chosen) {
    const profile = findProfile(chosen);
    if (!profile) {
      const known = registeredProfiles()
        .map((p) => p.id)
        .join("、");
      throw new UserError(`没有名为「${chosen}」的模板（可选：${known}）`);
    }
    return profile;
  }
  const meta = readMetaSheet(read.sheets.find((s) => s.name === META_SHEET));
  const recorded = meta?.profile ? findProfile(meta.profile) : undefined;
  if (recorded) return recorded;
  const sheets = read.sheets.filter((s) => s.name !== META_SHEET);
  let best = findProfile(DEFAULT_PROFILE) as Profile;
  let bestScore = tablesPresent(best.tables, sheets) / best.tables.length;
  for (const profile of registeredProfiles()) {
    const score = tablesPresent(profile.tables, sheets) / profile.tables.length;
    if (score > bestScore) {
      best = profile;
      bestScore = score;
    }
  }
  return best;
}

/** Reads the ten tables from a workbook (at most two batched reads) and evaluates every rule. */
export async function checkWorkbook(
  port: WorkbookPort,
  options: CheckOptions = {}
): Promise<CheckReport> {
  const read = await readForCheck(port);
  const profile = chooseProfile(read, options.profile);
  const tables = readTables(read, profile, catalogsFor(profile.year));
  tables.department ??= departmentIn(read, tables);
  for (const [id, cell] of supplementaryCells(read)) tables.cells.set(id, cell);
  for (const [id, cell] of ledgerTotalCells(read)) tables.cells.set(id, cell);
  return checkTables(tables, profile, options.prior);
}

/** The tables as a workbook of another department, or last year's, for `--prior`. */
export async function readTablesOf(port: WorkbookPort, chosen?: string): Promise<ReadTables> {
  const read = await readForCheck(port);
  const profile = chooseProfile(read, chosen);
  return readTables(read, profile, catalogsFor(profile.year));
}

async function readForCheck(port: WorkbookPort): Promise<WorkbookRead> {
  const profiles = registeredProfiles();
  // The input sheets too, when present: some rules compare them with the tables.
  const expected = [
    META_SHEET,
    ...new Set(profiles.flatMap((p) => p.tables.map((t) => t.code))),
    INPUT_SHEETS.ledger,
    INPUT_SHEETS.supplementary,
  ];
  const first = await port.read(expected);
  if (first.sheetNames.length === 0) throw new UserError("工作簿中没有任何工作表");
  // Tables under other sheet names (hand-made, exported) are found by title: read everything.
  const missing = !profiles.some((p) => p.tables.every((t) => first.sheetNames.includes(t.code)));
  return missing ? port.read(first.sheetNames) : first;
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
