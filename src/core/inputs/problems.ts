import { UserError } from "../errors";
import { columnName } from "../workbook/a1";

/** Something wrong in what the user typed, located to a sheet, a 1-based row and a column. */
export interface InputProblem {
  sheet: string;
  /** 0-based row in the sheet. */
  row?: number;
  col?: number;
  /** Header of the column, to name it in words. */
  column?: string;
  message: string;
}

export function describeProblem(p: InputProblem): string {
  const where = [p.sheet];
  if (p.row !== undefined) where.push(`第${p.row + 1}行`);
  if (p.col !== undefined) where.push(`${columnName(p.col)}列${p.column ? `（${p.column}）` : ""}`);
  return `${where.join(" ")}：${p.message}`;
}

const SHOWN = 50;

/** All problems found while reading the input sheets; nothing is computed until they are fixed. */
export class InputProblems extends UserError {
  constructor(readonly problems: readonly InputProblem[]) {
    const lines = problems.slice(0, SHOWN).map(describeProblem);
    if (problems.length > SHOWN) lines.push(`……另有 ${problems.length - SHOWN} 处问题未列出`);
    super(`输入表中有 ${problems.length} 处问题，请修改后再填报：`, lines);
    this.name = "InputProblems";
  }
}
