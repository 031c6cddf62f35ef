import { UserError } from "../core/errors";
import { BASICS_FIELDS, INPUT_SHEETS } from "../core/inputs/sheets";
import { captionKey, cellText, fiscalYearOf } from "../core/inputs/table";
import { sameFile } from "../export/outputFile";
import { isUnitText } from "../core/tables/units";
import type { WorkbookPort } from "../core/workbook";

/** Whose and which year's disclosure a workbook is, as far as it says. */
export interface Identity {
  department?: string;
  year?: number;
}

/**
 * From 基础信息 when present, else from the 部门 line and the "2021年度" title above the tables. Reads
 * every sheet but the ledger (the only large one), from the file and not from ExcelJS.
 */
export async function identityOf(
  port: WorkbookPort,
  sheetNames: readonly string[]
): Promise<Identity> {
  const read = await port.read(sheetNames.filter((name) => name !== INPUT_SHEETS.ledger));
  const identity: Identity = {};
  const basics = read.sheets.find((s) => s.name === INPUT_SHEETS.basics);
  for (const row of basics?.values ?? []) {
    const key = captionKey(row?.[0]);
    const value = cellText(row?.[1] ?? null);
    if (key === captionKey(BASICS_FIELDS.department) && value) identity.department = value;
    const year = key === captionKey(BASICS_FIELDS.year) ? fiscalYearOf(value) : undefined;
    if (year) identity.year = year;
  }
  for (const sheet of read.sheets) {
    for (const row of sheet.values.slice(0, 8)) {
      if (identity.department && identity.year) return identity;
      for (const cell of row) {
        const text = cellText(cell ?? null).trim();
        const dept = /^(?:部门|编制单位|单位)(?:名称)?[：:]\s*(.+)$/.exec(text);
        if (dept && !identity.department && !isUnitText(text)) identity.department = dept[1].trim();
        const year = /(20\d{2})\s*年度/.exec(text);
        if (year && !identity.year) identity.year = Number(year[1]);
      }
    }
  }
  return identity;
}

/**
 * Why `prior` cannot be last year's file of the same department: the same file, another department,
 * or not the year before. Undefined when it fits or cannot be told (see priorNote).
 */
export async function priorMismatch(
  file: string,
  current: Identity,
  priorFile: string,
  prior: Identity
): Promise<string | undefined> {
  if (await sameFile(file, priorFile))
    return `--prior 指定的「${priorFile}」就是被检查的文件本身：请指定上年的决算公开工作簿`;
  if (current.department && prior.department && current.department !== prior.department)
    return `上年文件「${priorFile}」是「${prior.department}」的，被检查的「${file}」是「${current.department}」的：请指定同一部门上年的工作簿`;
  if (current.year && prior.year && prior.year !== current.year - 1)
    return `上年文件「${priorFile}」是 ${prior.year} 年度的，被检查的「${file}」是 ${current.year} 年度的：上年文件应为 ${current.year - 1} 年度`;
  return undefined;
}

/** A note when the prior file's department or year could not be verified. */
export function priorNote(
  current: Identity,
  prior: Identity,
  priorFile: string
): string | undefined {
  const unknown = [
    !(current.department && prior.department) && "部门",
    !(current.year && prior.year) && "年度",
  ].filter(Boolean);
  return unknown.length
    ? `未能从文件中读出${unknown.join("和")}，无法核对「${priorFile}」是否为同一部门的上年文件，请自行确认`
    : undefined;
}

export async function refusePriorMismatch(
  file: string,
  current: Identity,
  priorFile: string,
  prior: Identity
): Promise<void> {
  const problem = await priorMismatch(file, current, priorFile, prior);
  if (problem) throw new UserError(problem);
}
