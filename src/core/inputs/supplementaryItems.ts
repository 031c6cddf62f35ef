/** The 补充信息 items: facts of this year that the detail ledger does not carry. */

export type ItemUnit = "元" | "人" | "人次" | "个" | "批" | "辆" | "台（套）" | "文字";

export interface SupplementaryItem {
  group: string;
  /** The 项目 caption, unique: the key the reader and the formulas use. */
  name: string;
  unit: ItemUnit;
  hint?: string;
}

/** Items of one group sharing a unit (and a hint). */
export const itemsOf = (
  group: string,
  unit: ItemUnit,
  names: readonly string[],
  hint?: string
): SupplementaryItem[] => names.map((name) => ({ group, name, unit, hint }));

/** One item of a group as a row: name, unit and, where the clerk needs one, a hint. */
export type ItemRow = readonly [name: string, unit: ItemUnit, hint?: string];

/** A group's items written as rows, in the order the 补充信息 sheet lists them. */
export const groupOf = (group: string, rows: readonly ItemRow[]): SupplementaryItem[] =>
  rows.map(([name, unit, hint]) => ({ group, name, unit, hint }));

/** Items kept in 元 (shown in 万元 in the tables and the text); the rest are counts or text. */
export const isMoneyItem = (item: { unit: string }): boolean => item.unit === "元";

/** The names of the money items among `items`: the one definition fill, rules and readers use. */
export const moneyItemNames = (
  items: readonly { name: string; unit: string }[]
): ReadonlySet<string> => new Set(items.filter(isMoneyItem).map((i) => i.name));

/** The 补充信息 item the clerk types 机关运行经费 in; left blank, the ledger's figure is used. */
export const RUNNING_COST_ITEM = "机关运行经费支出";
/** The 补充信息 text item that says why a typed 机关运行经费 differs from the ledger's (e.g. 口径差异). */
export const RUNNING_COST_REASON_ITEM = "机关运行经费口径说明";
