import { evaluateRules, findingsOf, Finding, Outcome } from "../rules/evaluate";
import { expandRules } from "../rules/expand";
import { visibleGaps } from "../rules/visible";
import { cellIdIndex } from "../profiles/cellIds";
import type { FormatProfile } from "../profiles/types";
import { CHECK_SHEET, renderCheckSheet } from "../rules/sheet";
import type { RuleInstance } from "../rules/types";
import { catalogsFor } from "../subjects";
import type { ReadFinding, ReadTables } from "../tables/types";
import type { SheetPlan } from "../workbook";
import { cellLabel } from "../workbook/a1";
import type { ComputedTables } from "../fill/evaluate";
import type { Decimal } from "../money";

export interface CheckReport {
  profile: FormatProfile;
  tables: ReadTables;
  instances: RuleInstance[];
  outcomes: Outcome[];
  /** Reading problems first, then failed rules. */
  findings: Finding[];
}

/** Evaluates every rule of the profile over tables already read. */
export function checkTables(
  tables: ReadTables,
  profile: FormatProfile,
  prior?: ReadTables
): CheckReport {
  const catalogs = catalogsFor(profile.year);
  const layouts = new Map([...tables.tables].map(([id, t]) => [id, t.layout]));
  const known = cellIdIndex(profile);
  const instances = expandRules(profile.rules, {
    layouts,
    functional: catalogs.functional,
    withPrior: Boolean(prior),
    known: (id) => known.has(id),
  });
  const outcomes = evaluateRules(instances, { current: tables, prior });
  // A rounding 尾差 the reader can see is reported once, as a visible gap (printed figures).
  const findings = [
    ...tables.findings.map(readingFinding),
    ...findingsOf(outcomes.filter((o) => o.status !== "tail")),
    ...visibleGaps(outcomes, { current: tables, prior }),
  ];
  return { profile, tables, instances, outcomes, findings };
}

const READING_SEVERITY: Record<ReadFinding["kind"], Finding["severity"]> = {
  "missing-table": "error",
  "missing-row": "warning",
  "missing-column": "error",
  "unmapped-row": "warning",
  "bad-number": "error",
};

function readingFinding(f: ReadFinding): Finding {
  return {
    rule: `读取.${f.kind}`,
    severity: READING_SEVERITY[f.kind],
    message: f.message,
    cells:
      f.sheet !== undefined && f.row !== undefined && f.col !== undefined
        ? [cellLabel(f.sheet, f.row, f.col)]
        : [],
    expected: 0,
    actual: 0,
  };
}

/**
 * The tables fill just computed, as the checker reads them, at their own cells: full precision, or the
 * 尾差-adjusted figures written as values.
 */
export function tablesOfFill(
  computed: ComputedTables,
  displayed?: ReadonlyMap<string, Decimal>
): ReadTables {
  const cells: ReadTables["cells"] = new Map();
  const tables: ReadTables["tables"] = new Map();
  for (const [id, layout] of computed.layouts) {
    tables.set(id, { tableId: id, sheet: layout.table.code, layout });
    for (const cell of layout.amounts) {
      cells.set(cell.id, {
        value: (displayed ?? computed.values).get(cell.id) as Decimal,
        at: { sheet: layout.table.code, row: cell.row, col: cell.col },
      });
    }
  }
  return { tables, cells, findings: [], fullPrecision: !displayed };
}

export function checkSheetFor(report: CheckReport): SheetPlan {
  return renderCheckSheet(report.outcomes, report.tables);
}

export { CHECK_SHEET };
