import { INPUT_SHEETS, LEDGER_COLUMNS } from "../inputs/sheets";
import { cellText, locateColumns } from "../inputs/table";
import type { InputData, Unit } from "../inputs/types";
import { RUNNING_COST_ITEM, RUNNING_COST_REASON_ITEM } from "../inputs/supplementaryItems";
import { Decimal, formatFixed, parseAmount, yuanToWan, ZERO } from "../money";
import type { Finding } from "../rules/evaluate";
import type { WorkbookRead } from "../workbook";
import { cellLabel } from "../workbook/a1";

/** Unit types whose 公用经费 is 机关运行经费 (行政单位 and 参照公务员法管理事业单位). */
export const RUNNING_COST_UNIT_TYPES: readonly string[] = ["行政单位", "参照公务员法管理事业单位"];
/** 公用经费's 经济分类 类, as 公开06表 lists them. */
export const PUBLIC_COST_CLASSES: readonly string[] = ["302", "307", "310", "399"];

/**
 * 机关运行经费 as defined (名词解释): the 一般公共预算财政拨款 基本支出 公用经费 of the units whose type
 * is 行政单位 or 参照公务员法管理事业单位, from the 收支明细 lines (万元). Undefined when the workbook
 * has no 收支明细.
 */
export function runningCostFromLedger(
  read: WorkbookRead,
  units: readonly Unit[]
): Decimal | undefined {
  const sheet = read.sheets.find((s) => s.name === INPUT_SHEETS.ledger);
  if (!sheet) return undefined;
  const columns = locateColumns(sheet, LEDGER_COLUMNS, "amount", [], {
    required: ["unit", "kind", "economic", "source", "nature", "amount"],
  });
  if (!columns) return undefined;
  const counted = new Set(
    units.filter((u) => u.type && RUNNING_COST_UNIT_TYPES.includes(u.type)).map((u) => u.name)
  );
  const i = columns.index;
  let total = ZERO;
  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row || !counted.has(cellText(row[i.unit]))) continue;
    if (cellText(row[i.kind]) !== "支出") continue;
    if (cellText(row[i.source]) !== "一般公共预算财政拨款") continue;
    if (cellText(row[i.nature]) !== "基本支出") continue;
    if (!PUBLIC_COST_CLASSES.some((c) => cellText(row[i.economic]).startsWith(c))) continue;
    const amount = parseAmount(row[i.amount] ?? null);
    if (amount.ok) total = total.plus(amount.value);
  }
  return yuanToWan(total);
}

/**
 * 机关运行经费 typed in 补充信息 against the figure the ledger gives by definition. Blank: the 情况说明
 * uses the ledger's figure, nothing to say. Typed and the same as printed: nothing to say. Typed and
 * different: an override, which needs a reason (口径说明) — without one a warning naming the typed cell
 * and where the reason goes; with one a 提示 that the typed figure is used. Either way the 情况说明
 * drops the "与…一致" clause (see the profile's narrative).
 */
export function runningCostFindings(
  data: InputData,
  computed: Decimal | undefined,
  valueColumn: number
): Finding[] {
  const typed = data.supplementary.items.get(RUNNING_COST_ITEM);
  if (!computed || !typed || !(typed.value instanceof Decimal)) return [];
  const shown = (v: Decimal) => formatFixed(v, { grouping: true });
  const typedWan = yuanToWan(typed.value);
  if (shown(typedWan) === shown(computed)) return [];
  const sheet = INPUT_SHEETS.supplementary;
  const reasonItem = data.supplementary.items.get(RUNNING_COST_REASON_ITEM);
  const reason = typeof reasonItem?.value === "string" ? reasonItem.value.trim() : "";
  const typedCell = cellLabel(sheet, typed.row, valueColumn);
  const reasonCell = reasonItem ? cellLabel(sheet, reasonItem.row, valueColumn) : undefined;
  const versus = `“${sheet}”中的机关运行经费支出 ${shown(typedWan)} 万元（${typedCell}）与“收支明细”中行政单位和参照公务员法管理事业单位一般公共预算财政拨款基本支出的公用经费 ${shown(computed)} 万元不同`;
  const common = {
    rule: "合理性.机关运行经费",
    expected: computed.toNumber(),
    actual: typedWan.toNumber(),
  };
  if (reason)
    return [
      {
        ...common,
        severity: "info",
        message: `${versus}；按“${RUNNING_COST_REASON_ITEM}”（${reason}）采用填写的数字，情况说明不写二者一致`,
        cells: [typedCell, ...(reasonCell ? [reasonCell] : [])],
      },
    ];
  const where = reasonCell ? `${reasonCell}` : `“${sheet}”表中加一行“${RUNNING_COST_REASON_ITEM}”`;
  return [
    {
      ...common,
      severity: "warning",
      message: `${versus}，且未说明原因：如确需采用填写的数字（如口径差异），请在“${RUNNING_COST_REASON_ITEM}”（${where}）写明原因；否则请清空该格（按明细计算）或更正单位性质、明细。情况说明不写二者一致`,
      cells: [typedCell, ...(reasonCell ? [reasonCell] : [])],
    },
  ];
}
