import { UserError } from "../errors";
import type { Decimal } from "../money";
import { INPUT_SHEET_NAMES, readInputs } from "../inputs/readInputs";
import { INPUT_SHEETS } from "../inputs/sheets";
import type { InputData } from "../inputs/types";
import { composeNarrative, Narrative, NarrativeContext, narrativeContext } from "../narrative";
import type { FormatProfile } from "../profiles/types";
import { catalogsFor } from "../subjects";
import { readTables } from "../tables/readTables";
import type { ReadTables } from "../tables/types";
import type { WorkbookPort, WorkbookRead } from "../workbook";
import { PROFILE_SHEETS, workbookProfile } from "./profile";
import { runningCostFromLedger } from "./runningCost";

export interface NarrateResult {
  narrative: Narrative;
  tables: ReadTables;
  /** The input sheets and what the sentences read, for the published document (publish). */
  data: InputData;
  context: NarrativeContext;
  profile: FormatProfile;
  department: string;
  year: number;
}

/**
 * The 情况说明 from a workbook's tables and input sheets (上年数, 预算数, 主要原因 and the 补充信息
 * facts live only there). One batched read, two when tables sit under other sheet names.
 */
export async function narrateWorkbook(port: WorkbookPort): Promise<NarrateResult> {
  let read = await port.read([...new Set([...INPUT_SHEET_NAMES, ...PROFILE_SHEETS])]);
  if (
    !read.sheetNames.includes(INPUT_SHEETS.supplementary) ||
    !read.sheetNames.includes(INPUT_SHEETS.budgetPrior)
  ) {
    throw new UserError(
      `情况说明需要“${INPUT_SHEETS.budgetPrior}”和“${INPUT_SHEETS.supplementary}”表中的上年数、预算数、人员等信息和主要原因；` +
        "请使用 juesuan init 生成的工作簿（填好输入表并执行 juesuan fill）"
    );
  }
  const profile = workbookProfile(read);
  if (profile.tables.some((t) => !read.sheetNames.includes(t.code)))
    read = await port.read(read.sheetNames);
  const data = readInputs(read, { formulas: false, profile });
  const tables = readTables(read, profile, catalogsFor(profile.year));
  const { context, narrative } = narrativeOf(read, data, tables, profile);
  return {
    narrative,
    tables,
    data,
    context,
    profile,
    department: data.basics.department,
    year: data.basics.year,
  };
}

/** The 情况说明 of the workbook read, and what its sentences read (for its formulas and charts). */
export function narrativeOf(
  read: WorkbookRead,
  data: InputData,
  tables: ReadTables,
  profile: FormatProfile
): { context: NarrativeContext; narrative: Narrative; runningCost?: Decimal } {
  const runningCost = runningCostFromLedger(read, data.basics.units);
  const context = narrativeContext(tables, data, profile, runningCost);
  return {
    context,
    narrative: composeNarrative(context, profile.narrative, profile.glossary),
    runningCost,
  };
}
