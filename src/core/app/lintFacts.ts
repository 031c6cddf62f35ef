import { Decimal, ZERO } from "../money";
import { requireKnownCell } from "../profiles/cellIds";
import { BASICS_FIELDS } from "../inputs/sheets";
import { fiscalYearOf } from "../inputs/table";
import type { EmptyTable, LintOutline } from "../lint/types";
import type { FormatProfile } from "../profiles/types";
import type { ReadTables } from "../tables/types";
import type { WorkbookRead } from "../workbook";
import { departmentIn } from "./check";
import { basicsField } from "./profile";

/** The figures a 情况说明 states, by the linter's fact names, from the profile's tables. */
export function factsFromTables(tables: ReadTables, profile: FormatProfile): Map<string, Decimal> {
  const facts = new Map<string, Decimal>();
  for (const [name, ids] of Object.entries(profile.lintFacts)) {
    for (const id of ids) requireKnownCell(profile, id, `核对事实「${name}」`);
    const cells = ids.map((id) => tables.cells.get(id));
    // A figure the workbook does not show (missing table or line) is not a fact to compare with.
    if (cells.every((c) => !c?.at)) continue;
    facts.set(
      name,
      cells.reduce((acc: Decimal, c) => acc.plus(c?.value ?? ZERO), ZERO)
    );
  }
  return facts;
}

/**
 * What lint checks a draft's completeness against: the titles of the format's 情况说明 sections;
 * with the workbook, also its empty tables and the 决算年度 and 部门名称 its titles must name.
 */
export function outlineOf(
  profile: FormatProfile,
  workbook?: { tables: ReadTables; read: WorkbookRead }
): LintOutline {
  const sections = profile.narrative.sections.map((s) => s.title);
  if (!workbook) return { sections };
  const { tables, read } = workbook;
  const year = fiscalYearOf(basicsField(read, BASICS_FIELDS.year));
  const department =
    basicsField(read, BASICS_FIELDS.department) || tables.department || departmentIn(read, tables);
  return {
    sections,
    emptyTables: emptyTables(tables, profile),
    ...(year !== undefined && year > 1900 ? { year } : {}),
    ...(department ? { department } : {}),
  };
}

/**
 * The tables the workbook holds (found on a sheet) with every figure read and none non-zero: the
 * 情况说明 should say they are empty. A table with a figure that could not be read is not empty.
 */
export function emptyTables(tables: ReadTables, profile: FormatProfile): EmptyTable[] {
  return profile.tables.flatMap((t) => {
    const read = tables.tables.get(t.id);
    if (!read?.sheet) return [];
    const cells = read.layout.amounts.map((a) => tables.cells.get(a.id));
    const shown = cells.filter((c) => c?.at && !c.unreadable);
    if (!shown.length || cells.some((c) => c?.unreadable)) return [];
    if (shown.some((c) => !c?.value.isZero())) return [];
    return [{ code: t.code, title: t.title, ...(t.emptyNote ? { note: t.emptyNote } : {}) }];
  });
}
