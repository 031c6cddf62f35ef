import { CHECK_SHEET } from "../rules/checkSheet";
import { ledgerTotalCells } from "../tables/ledgerTotals";
import { supplementaryCells } from "../tables/supplementaryCells";
import { MISSING_REASON, Narrative, NARRATIVE_SHEET, renderNarrativeSheet } from "../narrative";
import { CheckReport, checkSheetFor, checkTables, tablesOfFill } from "./checkTables";
import { compileCell, FormulaContext } from "../fill/compile";
import { computeTables, ComputedTables } from "../fill/evaluate";
import { adjustTails, TailAdjustment } from "../fill/tail";
import { INPUT_SHEET_NAMES, readInputs } from "../inputs/readInputs";
import type { InputData } from "../inputs/types";
import { InputProblem, InputProblems } from "../inputs/problems";
import { reasonCaption } from "../inputs/indicators";
import { BASICS_FIELDS, INPUT_SHEETS } from "../inputs/sheets";
import { moneyItemNames } from "../inputs/supplementaryItems";
import { Decimal, roundHalfUp } from "../money";
import { renderTableSheet } from "../render/tableSheet";
import { PROFILES } from "../profiles";
import type { FormatProfile } from "../profiles/types";
import type { PlannedCell, SheetPlan, WorkbookPort } from "../workbook";
import { META_SHEET, fingerprintPlan, renderMetaSheet } from "../workbook/meta";
import { checkOverwrite } from "./ownership";
import { narrativeOf } from "./narrate";
import { runningCostFindings } from "./runningCost";

export interface FillOptions {
  /** "formulas": live SUMIFS/SUM formulas with cached results; "values": plain numbers. */
  mode: "formulas" | "values";
  /** Override of 基础信息's 尾差调整 (largest remainder; implies values). */
  tailAdjust?: boolean;
  /** The user confirmed replacing tables edited by hand since they were generated. */
  overwrite?: boolean;
  version: string;
}

export interface FillResult {
  profile: FormatProfile;
  data: InputData;
  computed: ComputedTables;
  /** What each cell shows: 四舍五入 of the full value, or the 尾差-adjusted figure. */
  displayed: Map<string, Decimal>;
  mode: "formulas" | "values";
  tail?: TailAdjustment;
  /** The 勾稽关系 of the tables just written (also written as the 校验 sheet). */
  check: CheckReport;
  /** The 决算情况说明 from these tables (also written as the 情况说明 sheet). */
  narrative: Narrative;
  tables: string[];
  notes: string[];
  /** What the user should still do (missing reasons, failed checks). */
  warnings: string[];
}

/**
 * Computes the ten tables from the input sheets and writes them, replacing only sheets this tool
 * generated: one batched read, one batched write.
 */
export async function fillTables(port: WorkbookPort, options: FillOptions): Promise<FillResult> {
  // Every format's table sheets: the one 基础信息 names is known only after this one read.
  const read = await port.read([
    ...INPUT_SHEET_NAMES,
    META_SHEET,
    CHECK_SHEET,
    NARRATIVE_SHEET,
    ...new Set(PROFILES.flatMap((p) => p.tables.map((t) => t.code))),
  ]);
  const tailAdjust = options.tailAdjust ?? tailAdjustInBasics(read);
  const mode = tailAdjust ? "values" : options.mode;
  const data = readInputs(read, { formulas: mode === "formulas" });

  const { profile } = data;
  const tableNames = profile.tables.map((t) => t.code);
  checkOverwrite(read, [...tableNames, CHECK_SHEET, NARRATIVE_SHEET], Boolean(options.overwrite));

  const problems: InputProblem[] = [];
  const computed = computeTables(data, profile, problems);
  if (problems.length) throw new InputProblems(problems);

  const tail = tailAdjust
    ? adjustTails(computed.layouts, computed.values, computed.definitionOf)
    : undefined;
  const displayed =
    tail?.displayed ??
    new Map([...computed.values].map(([id, v]) => [id, roundHalfUp(v, 2)] as const));

  const formulaContext: FormulaContext = {
    layouts: computed.layouts,
    ledger: { sheet: data.ledger.sheet, columns: data.ledger.columns.index },
    supplementary: { sheet: INPUT_SHEETS.supplementary, columns: data.supplementary.columns.index },
    budgetPrior: { sheet: INPUT_SHEETS.budgetPrior, columns: data.budgetPrior.columns.index },
    moneyItems: moneyItemNames(profile.vocabulary.supplementary),
  };
  const plans: SheetPlan[] = profile.tables.map((table) => {
    const layout = computed.layouts.get(table.id) as NonNullable<
      ReturnType<typeof computed.layouts.get>
    >;
    const cells = new Map<string, PlannedCell>();
    for (const cell of layout.amounts) {
      const full = (computed.values.get(cell.id) as Decimal).toNumber();
      if (mode === "values") {
        cells.set(cell.id, { value: tail ? (displayed.get(cell.id) as Decimal).toNumber() : full });
        continue;
      }
      const formula = compileCell(cell, computed.definitionOf.get(cell.id), formulaContext);
      cells.set(cell.id, formula === undefined ? { value: 0 } : { formula, result: full });
    }
    return renderTableSheet(
      layout,
      cells,
      { department: data.basics.department, unitLabel: profile.unitLabel },
      { empty: computed.empty.has(table.id) }
    );
  });
  const tables = tablesOfFill(computed, tail?.displayed);
  tables.department = data.basics.department;
  for (const [id, cell] of supplementaryCells(read)) tables.cells.set(id, cell);
  for (const [id, cell] of ledgerTotalCells(read)) tables.cells.set(id, cell);
  const check = checkTables(tables, profile);
  const checkSheet = checkSheetFor(check);
  const { context, narrative, runningCost } = narrativeOf(read, data, tables, profile);
  const narrativeSheet = renderNarrativeSheet(narrative.paragraphs, context);
  const meta = renderMetaSheet({
    version: options.version,
    profile: profile.id,
    mode,
    fullPrecision: !tail,
    generated: [
      ...plans.map((plan) => ({
        name: plan.name,
        role: "table" as const,
        fingerprint: fingerprintPlan(plan),
      })),
      { name: checkSheet.name, role: "check", fingerprint: fingerprintPlan(checkSheet) },
      {
        name: narrativeSheet.name,
        role: "narrative",
        fingerprint: fingerprintPlan(narrativeSheet),
      },
    ],
  });
  await port.write([...plans, checkSheet, narrativeSheet, meta], { activate: tableNames[0] });

  const notes = [...data.notes];
  if (tail) {
    notes.push(
      `已按最大余数法调整尾差：${tail.adjusted.length} 个单元格的显示数与四舍五入不同；表中为固定数值，明细变动后需重新填报`
    );
    if (tail.unresolved.length)
      notes.push(
        `有 ${tail.unresolved.length} 处合计因同时属于行、列两个合计关系而无法同时消除尾差`
      );
  }
  const warnings = narrative.missingReasons.length
    ? [
        `情况说明中有 ${narrative.missingReasons.length} 处主要原因未填写（显示为${MISSING_REASON}），请在“补充信息”中补充：${narrative.missingReasons.map(reasonCaption).join("；")}`,
      ]
    : [];
  const errors = check.findings.filter((f) => f.severity === "error").length;
  if (errors) warnings.push(`勾稽关系校验有 ${errors} 处错误，详见“${CHECK_SHEET}”表`);
  // 机关运行经费 typed over the ledger's figure: reported as check reports it (a warning without 口径说明).
  const running = runningCostFindings(data, runningCost, data.supplementary.columns.index.value);
  check.findings.push(...running);
  warnings.push(...running.filter((f) => f.severity === "warning").map((f) => f.message));
  return {
    profile,
    data,
    computed,
    displayed,
    mode,
    tail,
    check,
    narrative,
    tables: tableNames,
    notes,
    warnings,
  };
}

/** 尾差调整 as set in 基础信息 (read before the full validation, which depends on the mode). */
function tailAdjustInBasics(read: Parameters<typeof readInputs>[0]): boolean {
  const basics = read.sheets.find((s) => s.name === INPUT_SHEETS.basics);
  const row = basics?.values.find((r) => String(r?.[0] ?? "").trim() === BASICS_FIELDS.tailAdjust);
  return String(row?.[1] ?? "").trim() === "是";
}
