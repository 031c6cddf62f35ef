import type { SubjectCatalog } from "../subjects";
import type { AmountCell, TableLayout } from "../templates/layout";
import { cellTitle, columnLabel, rowLabel } from "./describe";
import type { BoundTerm, RuleDef, RuleInstance, Term } from "./types";

export interface ExpandOptions {
  layouts: ReadonlyMap<string, TableLayout>;
  functional: SubjectCatalog;
  /** Include the rules that compare with last year's workbook. */
  withPrior: boolean;
  /** Whether the profile defines a cell id; an unknown id throws. */
  known?: (id: string) => boolean;
}

/**
 * Every rule instance for these tables: one per total cell of every table definition (Σ of its
 * parts), then the cross-table rules, expanded over the subject lines the tables have.
 */
export function expandRules(defs: readonly RuleDef[], options: ExpandOptions): RuleInstance[] {
  const instances: RuleInstance[] = [];
  for (const layout of options.layouts.values()) {
    for (const cell of layout.amounts) {
      if (cell.sum?.length) instances.push(sumInstance(layout, cell));
    }
  }
  for (const def of defs) {
    if (def.needsPrior && !options.withPrior) continue;
    if (!def.forEach) {
      instances.push(bind(def, def.id, undefined, options));
      continue;
    }
    for (const code of codesOf(def.forEach.tables, def.forEach.level, options.layouts))
      instances.push(bind(def, `${def.id}[${code}]`, code, options));
  }
  return instances;
}

function sumInstance(layout: TableLayout, cell: AmountCell): RuleInstance {
  const parts = cell.sum ?? [];
  const byId = (id: string) => layout.byId.get(id) as AmountCell;
  const sameColumn = parts.every((p) => byId(p.id).col === cell.col);
  const sameRow = parts.every((p) => byId(p.id).row === cell.row);
  const what = sameColumn
    ? parts.length > 5
      ? "所属各行"
      : parts.map((p) => `“${rowLabel(layout, byId(p.id))}”`).join("、")
    : sameRow
      ? parts.map((p) => `“${columnLabel(layout, byId(p.id))}”`).join("、")
      : parts.map((p) => cellTitle(layout, byId(p.id))).join("、");
  return {
    id: `${cell.id}=Σ`,
    ruleId: `${layout.table.id}.表内合计`,
    severity: "error",
    relation: "=",
    left: [{ id: cell.id, sign: 1, prior: false }],
    right: parts.map((p) => ({ id: p.id, sign: p.sign, prior: false })),
    message: `${cellTitle(layout, cell)}应等于${what}之${parts.some((p) => p.sign === -1) ? "代数和" : "和"}`,
    skipIfAbsent: cell.id,
  };
}

function codesOf(
  tables: readonly string[],
  level: string | undefined,
  layouts: ReadonlyMap<string, TableLayout>
): string[] {
  const codes = new Set<string>();
  for (const table of tables) {
    for (const cell of layouts.get(table)?.amounts ?? []) {
      if (cell.code && (!level || cell.level === level)) codes.add(cell.code);
    }
  }
  return [...codes].sort();
}

/** "{T07}" in a rule's message is the table's 表号 in this profile ("公开07表"; 江西 since 2022: "公开09表"). */
export function withTableCodes(
  text: string,
  codeOf: (tableId: string) => string | undefined
): string {
  return text.replace(/\{(T\d+)\}/g, (whole, id: string) => codeOf(id) ?? whole);
}

function bind(
  def: RuleDef,
  id: string,
  code: string | undefined,
  options: ExpandOptions
): RuleInstance {
  const fill = (text: string) =>
    code === undefined
      ? text
      : text
          .split("{code}")
          .join(code)
          .split("{name}")
          .join(options.functional.name(code) ?? code);
  const term = (t: Term): BoundTerm => {
    const bound = fill(t.id);
    // A rule naming a cell no table of the profile defines is a bug in the profile, not a 0.
    if (options.known && !options.known(bound))
      throw new Error(`规则「${def.id}」引用了不存在的单元格：${bound}`);
    return { id: bound, sign: t.sign ?? 1, prior: Boolean(t.prior) };
  };
  return {
    id,
    ruleId: def.id,
    severity: def.severity,
    relation: def.relation,
    left: def.left.map(term),
    right: def.right.map(term),
    message: withTableCodes(fill(def.message), (t) => options.layouts.get(t)?.table.code),
    whenPresent: def.whenPresent,
  };
}
