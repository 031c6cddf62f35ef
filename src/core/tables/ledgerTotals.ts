import { columnRef, text } from "../formula/build";
import { INPUT_SHEETS, LEDGER_COLUMNS } from "../inputs/sheets";
import { cellText, locatedSheet } from "../inputs/table";
import { CellNumberSum, parseAmount, yuanToWan, yuanToWanFormula } from "../money";
import type { WorkbookRead } from "../workbook";
import type { ReadCell } from "./types";

/** Ledger totals by 收支类型, for rules: "收支明细.支出". */
export const ledgerTotalId = (kind: string) => `${INPUT_SHEETS.ledger}.${kind}`;
export const LEDGER_TOTAL_KINDS = ["收入", "支出", "年初结转和结余", "年末结转和结余"] as const;

/**
 * Σ 金额 of the 收支明细 lines of each kind, in 万元, counted as SUMIFS counts them (numbers only), so
 * the 校验 sheet's formula and core agree. A line added after the last fill, under a code the tables
 * do not list, shows up as a difference. None when the workbook has no 收支明细 (a reviewer's copy).
 */
export function ledgerTotalCells(read: WorkbookRead): Map<string, ReadCell> {
  const cells = new Map<string, ReadCell>();
  const located = locatedSheet(read, INPUT_SHEETS.ledger, LEDGER_COLUMNS, "amount", [
    "kind",
    "amount",
  ]);
  if (!located) return cells;
  const { sheet, columns } = located;
  const totals = new Map(LEDGER_TOTAL_KINDS.map((k) => [k as string, new CellNumberSum()]));
  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const kind = cellText(row?.[columns.index.kind]);
    const amount = row?.[columns.index.amount];
    const total = totals.get(kind);
    if (total && typeof amount === "number") total.add(amount);
    // An amount typed as text (accepted by fill --values) is one SUMIFS skips: no total to compare.
    else if (total && typeof amount === "string" && !isBlankAmount(amount)) return new Map();
  }
  const amount = columnRef(sheet.name, columns.index.amount);
  const kinds = columnRef(sheet.name, columns.index.kind);
  for (const [kind, total] of totals) {
    cells.set(ledgerTotalId(kind), {
      value: yuanToWan(total.total),
      at: { sheet: sheet.name, row: columns.headerRow, col: columns.index.amount },
      expr: yuanToWanFormula(`SUMIFS(${amount},${kinds},${text(kind)})`),
    });
  }
  return cells;
}

function isBlankAmount(text: string): boolean {
  const parsed = parseAmount(text);
  return parsed.ok && parsed.blank;
}
