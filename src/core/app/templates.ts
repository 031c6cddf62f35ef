import { renderInputSheets } from "../inputs/inputSheets";
import type { InputRecords } from "../inputs/records";
import { INPUT_SHEETS } from "../inputs/sheets";
import type { UnitType } from "../inputs/vocabulary";
import { renderTableSheet } from "../render/tableSheet";
import type { Catalogs } from "../subjects";
import { blankTableContent } from "../templates/blank";
import { layoutTable } from "../templates/layout";
import type { FormatProfile } from "../profiles/types";
import type { Profile } from "../templates/types";
import type { SheetPlan, WorkbookPort } from "../workbook";
import { META_SHEET, fingerprintPlan, renderMetaSheet } from "../workbook/meta";
import { checkOverwrite } from "./ownership";

export interface TemplateOptions {
  department: string;
  year: number;
  units: readonly { name: string; type?: UnitType }[];
  profile: FormatProfile;
  catalogs: Catalogs;
  version: string;
  /** The user confirmed replacing tables that exist but were not generated, or were edited. */
  overwrite?: boolean;
  /** Data to put into the new input sheets (the bundled sample, tests). */
  records?: InputRecords;
}

export interface TemplateResult {
  tables: string[];
  inputsWritten: string[];
  inputsKept: string[];
}

/** The blank ten tables (plus the input sheets that are missing). One read and one write. */
export async function insertTemplates(
  port: WorkbookPort,
  options: TemplateOptions
): Promise<TemplateResult> {
  const { profile } = options;
  const tableNames = profile.tables.map((t) => t.code);
  const read = await port.read([META_SHEET, ...tableNames]);
  checkOverwrite(read, tableNames, Boolean(options.overwrite));

  const inputs = renderInputSheets(options, options.records);
  const missingInputs = inputs.filter((plan) => !read.sheetNames.includes(plan.name));
  const tables = blankTables(profile, options.catalogs, options.department);
  const meta = renderMetaSheet({
    version: options.version,
    profile: profile.id,
    mode: "blank",
    fullPrecision: false,
    generated: tables.map((plan) => ({
      name: plan.name,
      role: "table",
      fingerprint: fingerprintPlan(plan),
    })),
  });
  await port.write([...missingInputs, ...tables, meta], {
    activate: missingInputs.length ? INPUT_SHEETS.basics : tableNames[0],
  });
  return {
    tables: tableNames,
    inputsWritten: missingInputs.map((p) => p.name),
    inputsKept: inputs.filter((p) => read.sheetNames.includes(p.name)).map((p) => p.name),
  };
}

export function blankTables(profile: Profile, catalogs: Catalogs, department: string): SheetPlan[] {
  return profile.tables.map((table) => {
    const layout = layoutTable(table, { catalogs });
    return renderTableSheet(layout, blankTableContent(layout), {
      department,
      unitLabel: profile.unitLabel,
    });
  });
}
