import { sumFormula } from "../formula/build";
import type { AmountCell, TableLayout } from "../templates/layout";
import type { FillDefinition } from "./definitions";
import { FormulaContext, fillFormOf } from "./kinds";

export type { FormulaContext } from "./kinds";

/**
 * The native formula of a cell (invariant syntax, no "="), or undefined when the cell is a constant
 * zero (a line of another table that the data does not have).
 */
export function compileCell(
  cell: AmountCell,
  definition: FillDefinition | undefined,
  context: FormulaContext
): string | undefined {
  if (cell.sum) {
    const layout = context.layouts.get(cell.tableId) as TableLayout;
    return sumFormula(
      cell.sum.map((part) => {
        const target = layout.byId.get(part.id) as AmountCell;
        return { row: target.row, col: target.col, sign: part.sign };
      })
    );
  }
  if (!definition) throw new Error(`${cell.id}：没有填报定义`);
  return fillFormOf(definition).formula(definition, cell, context);
}
