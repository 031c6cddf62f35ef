import { evaluateRules, findingsOf, Finding, Outcome, Unchecked } from "../rules/evaluate";
import { expandRules } from "../rules/expand";
import { visibleGaps } from "../rules/visible";
import { cellIdIndex } from "../profiles/cellIds";
import type { FormatProfile } from "../profiles/types";
import { CHECK_SHEET, renderCheckSheet } from "../rules/checkSheet";
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
  /** Rules not checked because a figure they need was not found. */
  unchecked: Unchecked[];
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
  const unchecked: Unchecked[] = [];
  const outcomes = evaluateRules(instances, { current: tables, prior }, unchecked);
  const none = [...tables.tables.values()].every((t) => t.sheet === undefined);
  // A rounding 尾差 the reader can see is reported once, as a visible gap (printed figures).
  const findings = none
    ? [noTables(profile)]
    : [
        ...readingFindings(tables.findings, unchecked),
        ...findingsOf(outcomes.filter((o) => o.status !== "tail")),
        ...visibleGaps(outcomes, { current: tables, prior }),
      ];
  return { profile, tables, instances, outcomes, unchecked, findings };
}

/**
 * What the reader could not find is a 提示 (the table may simply not be part of this set), never an
 * error: the rules that need it are not checked, and each such problem says how many.
 */
const READING_SEVERITY: Record<ReadFinding["kind"], Finding["severity"]> = {
  "missing-table": "info",
  "missing-row": "info",
  "missing-column": "info",
  "unmapped-row": "warning",
  "bad-number": "warning",
  "unit-assumed": "info",
};

/** Not one table found: nothing could be checked, and that must not read as a pass. */
function noTables(profile: FormatProfile): Finding {
  const first = profile.tables[0];
  return readingFinding(
    {
      kind: "missing-table",
      message: `工作簿中未找到任何决算公开表（如${first.code} ${first.title}），无法校验；请确认文件是否正确，或表名、表号是否与“${profile.name}”一致`,
    },
    "error"
  );
}

/** Reading findings, absent tables and assumed units each listed once, with the rules left unchecked. */
function readingFindings(read: readonly ReadFinding[], unchecked: readonly Unchecked[]): Finding[] {
  const left = new Set(unchecked);
  const take = (cells: readonly string[] | undefined): number => {
    if (!cells?.length) return 0;
    const ids = new Set(cells);
    let n = 0;
    for (const u of [...left])
      if (u.missing.some((id) => ids.has(id))) {
        left.delete(u);
        n++;
      }
    return n;
  };
  const suffix = (n: number) => (n ? `；涉及的 ${n} 条勾稽关系未校验` : "");
  const findings: Finding[] = [];
  const grouped = (kind: ReadFinding["kind"], lead: string) => {
    const group = read.filter((f) => f.kind === kind);
    if (group.length === 0) return;
    const n = take(group.flatMap((f) => f.cells ?? []));
    findings.push(
      readingFinding(
        { kind, message: `${lead}${group.map((f) => f.message).join("、")}${suffix(n)}` },
        READING_SEVERITY[kind]
      )
    );
  };
  grouped("missing-table", "工作簿中未找到以下表，只校验现有的表：");
  grouped("unit-assumed", "以下表未标明金额单位，按万元计：");
  for (const f of read) {
    if (f.kind === "missing-table" || f.kind === "unit-assumed") continue;
    const n = take(f.cells);
    findings.push(
      readingFinding({ ...f, message: f.message + suffix(n) }, READING_SEVERITY[f.kind])
    );
  }
  if (left.size)
    findings.push(
      readingFinding(
        {
          kind: "missing-row",
          message: `另有 ${left.size} 条勾稽关系所需的数据未在表中找到，未校验（如：${[...left][0].instance.message}）`,
        },
        "info"
      )
    );
  return findings;
}

function readingFinding(f: ReadFinding, severity: Finding["severity"]): Finding {
  return {
    rule: `读取.${f.kind}`,
    severity,
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
    tables.set(id, { tableId: id, sheet: layout.table.code, layout, listsSubjects: true });
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
