import { Decimal, ZERO, roundHalfUp } from "../money";
import { tableOfId } from "../templates/ids";
import type { AmountCell, TableLayout } from "../templates/layout";
import type { FillDefinition } from "./definitions";

const CENT = new Decimal("0.01");

export interface TailAdjustment {
  /** Displayed (2-decimal) value of every cell. */
  displayed: Map<string, Decimal>;
  /** Cells whose displayed value differs from plain 四舍五入 of the full value. */
  adjusted: string[];
  /** Sums that still do not add up on display (a cell in two sums can satisfy only one). */
  unresolved: string[];
}

/**
 * 尾差调整 by largest remainder: totals keep their 四舍五入 value and the parts of each total are
 * rounded so that they add up to it. Totals are settled before their parts, and a cell that repeats
 * another table's cell shows the same figure.
 */
export function adjustTails(
  layouts: ReadonlyMap<string, TableLayout>,
  values: ReadonlyMap<string, Decimal>,
  definitionOf: ReadonlyMap<string, FillDefinition>
): TailAdjustment {
  const displayed = new Map<string, Decimal>();
  const cells = new Map<string, AmountCell>();
  for (const layout of layouts.values()) for (const c of layout.amounts) cells.set(c.id, c);
  const value = (id: string) => values.get(id) ?? ZERO;

  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const cell = cells.get(id);
    const definition = definitionOf.get(id);
    let d = 0;
    if (cell?.sum) d = 1 + Math.max(...cell.sum.map((p) => depthOf(p.id)));
    else if (definition && "ref" in definition && cells.has(definition.ref))
      d = depthOf(definition.ref);
    depth.set(id, d);
    return d;
  };
  // Tables referenced by others first (公开03表 before 公开01表), then totals before their parts.
  const referenced = new Set(
    [...definitionOf.values()].flatMap((s) => ("ref" in s ? [tableOfId(s.ref)] : []))
  );
  const order = [...cells.values()]
    .filter((c) => c.sum && c.unit === "money")
    .sort(
      (a, b) =>
        Number(referenced.has(b.tableId)) - Number(referenced.has(a.tableId)) ||
        depthOf(b.id) - depthOf(a.id)
    );

  const settle = (id: string): Decimal => {
    let shown = displayed.get(id);
    if (shown) return shown;
    const definition = definitionOf.get(id);
    if (definition && "ref" in definition && cells.has(definition.ref))
      shown = settle(definition.ref);
    else shown = roundHalfUp(value(id), 2);
    displayed.set(id, shown);
    return shown;
  };

  for (const total of order) {
    const target = settle(total.id);
    const parts = (total.sum ?? []).filter((p) => p.sign === 1);
    if (parts.length !== (total.sum ?? []).length) continue;
    const open = parts.filter((p) => !displayed.has(p.id) && !isRef(definitionOf.get(p.id), cells));
    const fixedSum = parts
      .filter((p) => !open.includes(p))
      .reduce((acc, p) => acc.plus(settle(p.id)), ZERO);
    if (open.length === 0) continue;
    const floors = open.map((p) => value(p.id).toDecimalPlaces(2, Decimal.ROUND_FLOOR));
    let units = target
      .minus(fixedSum)
      .minus(floors.reduce((a, b) => a.plus(b), ZERO))
      .dividedBy(CENT)
      .toNumber();
    if (!Number.isInteger(units) || units < 0 || units > open.length) {
      open.forEach((p) => settle(p.id));
      continue;
    }
    const byRemainder = open
      .map((p, i) => ({ i, remainder: value(p.id).minus(floors[i]) }))
      .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
    const shown = [...floors];
    for (const { i } of byRemainder) {
      if (units-- <= 0) break;
      shown[i] = shown[i].plus(CENT);
    }
    open.forEach((p, i) => displayed.set(p.id, shown[i]));
  }
  for (const id of cells.keys()) {
    const cell = cells.get(id) as AmountCell;
    if (!displayed.has(id)) displayed.set(id, cell.unit === "money" ? settle(id) : value(id));
  }

  const adjusted = [...cells.values()]
    .filter(
      (c) =>
        c.unit === "money" && !roundHalfUp(value(c.id), 2).equals(displayed.get(c.id) as Decimal)
    )
    .map((c) => c.id);
  const unresolved = [...cells.values()]
    .filter((c) => c.sum && c.unit === "money")
    .filter((c) => {
      const parts = (c.sum ?? []).reduce(
        (acc, p) => acc.plus((displayed.get(p.id) as Decimal).times(p.sign)),
        ZERO
      );
      return !parts.equals(displayed.get(c.id) as Decimal);
    })
    .map((c) => c.id);
  return { displayed, adjusted, unresolved };
}

function isRef(
  definition: FillDefinition | undefined,
  cells: ReadonlyMap<string, AmountCell>
): boolean {
  return Boolean(definition && "ref" in definition && cells.has(definition.ref));
}
