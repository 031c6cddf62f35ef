import { INPUT_SHEETS, LEDGER_COLUMNS, SUPPLEMENTARY_COLUMNS } from "../inputs/sheets";
import { captionKey, cellText, locateColumns } from "../inputs/table";
import { Decimal, parseAmount, yuanToWan, ZERO } from "../money";
import type { ReadTables } from "../tables/types";
import type { WorkbookRead } from "../workbook";
import { cellLabel } from "../workbook/a1";
import type { Finding } from "./evaluate";

/**
 * A quantity a plausibility check reads: a table cell, a 补充信息 item (amounts in 万元, counts as
 * they are), or the 收支明细 支出 lines under some 经济分类 codes (in 万元).
 */
export type Quantity =
  { cell: string } | { item: string } | { ledger: { kind: "支出"; economic: readonly string[] } };

/**
 * Figures that are not bound by a 勾稽关系 but should agree (warnings): `implies` — when the left side
 * is non-zero the right side should be too; `atMost` — left ≤ right. Checked only when the workbook
 * has every sheet a quantity needs (a reviewer's copy of the tables has no input sheets).
 */
export interface PlausibilityDef {
  id: string;
  kind: "implies" | "atMost";
  left: readonly Quantity[];
  right: readonly Quantity[];
  message: string;
}

interface Located {
  value: Decimal;
  at?: string;
}

export function plausibilityFindings(
  defs: readonly PlausibilityDef[],
  tables: ReadTables,
  read: WorkbookRead
): Finding[] {
  const items = readItems(read);
  const ledger = read.sheets.find((s) => s.name === INPUT_SHEETS.ledger);
  const quantity = (q: Quantity): Located | undefined => {
    if ("cell" in q) {
      const cell = tables.cells.get(q.cell);
      if (!cell?.at) return undefined;
      return { value: cell.value, at: cellLabel(cell.at.sheet, cell.at.row, cell.at.col) };
    }
    if ("item" in q) return items?.get(captionKey(q.item)) ?? (items ? { value: ZERO } : undefined);
    return ledger ? ledgerSum(read, q.ledger.economic) : undefined;
  };
  const findings: Finding[] = [];
  for (const def of defs) {
    const left = def.left.map(quantity);
    const right = def.right.map(quantity);
    if ([...left, ...right].some((q) => q === undefined)) continue;
    const sum = (list: (Located | undefined)[]) =>
      list.reduce((acc, q) => acc.plus(q?.value ?? ZERO), ZERO);
    const [l, r] = [sum(left), sum(right)];
    const fails =
      def.kind === "implies" ? l.greaterThan(0) && r.lessThanOrEqualTo(0) : l.greaterThan(r);
    if (!fails) continue;
    findings.push({
      rule: def.id,
      severity: "warning",
      message: `${def.message}（左边 ${l.toDecimalPlaces(2).toFixed()}，右边 ${r.toDecimalPlaces(2).toFixed()}）`,
      cells: [...left, ...right].flatMap((q) => (q?.at ? [q.at] : [])),
      expected: r.toNumber(),
      actual: l.toNumber(),
    });
  }
  return findings;
}

/** Every 补充信息 item with a number, by name; undefined when the workbook has no such sheet. */
function readItems(read: WorkbookRead): Map<string, Located> | undefined {
  const sheet = read.sheets.find((s) => s.name === INPUT_SHEETS.supplementary);
  if (!sheet) return undefined;
  const columns = locateColumns(sheet, SUPPLEMENTARY_COLUMNS, "item", [], {
    required: ["item", "value", "unit"],
  });
  const items = new Map<string, Located>();
  if (!columns) return items;
  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const name = captionKey(row?.[columns.index.item]);
    if (!name || items.has(name)) continue;
    const parsed = parseAmount(row?.[columns.index.value] ?? null);
    if (!parsed.ok) continue;
    const money = cellText(row?.[columns.index.unit]) === "元";
    items.set(name, {
      value: money ? yuanToWan(parsed.value) : parsed.value,
      at: cellLabel(sheet.name, r, columns.index.value),
    });
  }
  return items;
}

function ledgerSum(read: WorkbookRead, economic: readonly string[]): Located {
  const sheet = read.sheets.find((s) => s.name === INPUT_SHEETS.ledger);
  const columns =
    sheet &&
    locateColumns(sheet, LEDGER_COLUMNS, "amount", [], {
      required: ["kind", "economic", "amount"],
    });
  if (!sheet || !columns) return { value: ZERO };
  let total = ZERO;
  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (cellText(row?.[columns.index.kind]) !== "支出") continue;
    const code = cellText(row?.[columns.index.economic]);
    if (!economic.some((prefix) => code.startsWith(prefix))) continue;
    const parsed = parseAmount(row?.[columns.index.amount] ?? null);
    if (parsed.ok) total = total.plus(parsed.value);
  }
  return { value: yuanToWan(total), at: `${sheet.name}（经济分类 ${economic.join("、")}）` };
}
