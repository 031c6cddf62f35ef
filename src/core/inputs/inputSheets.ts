import { SheetBuilder, cellRange } from "../render/builder";
import { STYLE } from "../render/styles";
import { PROFILES } from "../profiles";
import type { FormatProfile } from "../profiles/types";
import type { CellStyle, CellValue, SheetPlan } from "../workbook";
import type { InputVocabulary } from "./indicators";
import {
  BASICS_FIELDS,
  BASICS_UNITS_CAPTION,
  BUDGET_PRIOR_COLUMNS,
  FORMAT_CODES,
  INPUT_SHEETS,
  InputColumn,
  LEDGER_COLUMNS,
  REASON_COLUMNS,
  SUBJECT_COLUMNS,
  SUPPLEMENTARY_COLUMNS,
  UNIT_COLUMNS,
  YES_NO_LIST,
} from "./sheets";
import { isMoneyItem } from "./supplementaryItems";
import type { InputRecords } from "./records";
import type { UnitType } from "./vocabulary";

export interface InputSheetOptions {
  department: string;
  year: number;
  units: readonly { name: string; type?: UnitType }[];
  profile: FormatProfile;
}

/** Input sheets print like the tables: A4 landscape, as wide as one page, the list header repeated. */
function printSetup(headerRow: number): SheetPlan["print"] {
  return {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    fitToHeight: false,
    titleRows: { first: headerRow, last: headerRow },
    footer: "第 &P 页，共 &N 页",
  };
}

/** Rows below a list header that get drop-downs and formats, so pasted data is covered. */
const LEDGER_INPUT_ROWS = 20000;
const LIST_INPUT_ROWS = 500;

/**
 * The input sheets `init` writes: what the clerk fills and `fill` reads. With `records` (the bundled
 * sample, tests) the sheets come filled in.
 */
export function renderInputSheets(options: InputSheetOptions, records?: InputRecords): SheetPlan[] {
  return [
    basicsSheet(options, records?.tailAdjust),
    ledgerSheet(records?.ledger ?? []),
    budgetPriorSheet(options.profile.vocabulary, records?.budgetPrior),
    supplementarySheet(options.profile.vocabulary, records),
    subjectsSheet(records?.subjects),
  ];
}

/** A list header; its columns get their number format as a column default, and drop-downs below it. */
function header(
  sheet: SheetBuilder,
  row: number,
  columns: readonly InputColumn[],
  inputRows: number
): void {
  sheet.row(
    row,
    0,
    columns.map((c) => c.header)
  );
  sheet.style(cellRange(row, 0, row, columns.length - 1), STYLE.inputHeader);
  sheet.height(row, 22);
  columns.forEach((column, col) => {
    const format = FORMAT_CODES[column.format ?? "general"];
    const style: CellStyle = { font: STYLE.input.font };
    if (format) style.numberFormat = format;
    sheet.columnStyle(col, style);
    if (column.list)
      sheet.list(
        cellRange(row + 1, col, row + inputRows, col),
        column.list,
        `请从列表中选择${column.header}`
      );
  });
}

function basicsSheet(
  { department, year, units, profile }: InputSheetOptions,
  tailAdjust = false
): SheetPlan {
  const sheet = new SheetBuilder(INPUT_SHEETS.basics);
  sheet
    .set(0, 0, "基础信息")
    .merge(cellRange(0, 0, 0, 3))
    .style(cellRange(0, 0, 0, 3), STYLE.title)
    .height(0, 30);
  sheet.set(
    1,
    0,
    "本表由财务人员填写；部门名称和年度用于表头和情况说明，单位名单决定合并范围。金额均以元为单位填在“收支明细”等表中。"
  );
  sheet
    .merge(cellRange(1, 0, 1, 3))
    .style(cellRange(1, 0, 1, 3), STYLE.hint)
    .height(1, 30);
  sheet.row(2, 0, ["项目", "内容"]).style(cellRange(2, 0, 2, 1), STYLE.inputHeader);
  const fields: [string, string | number][] = [
    [BASICS_FIELDS.department, department],
    [BASICS_FIELDS.year, year],
    [BASICS_FIELDS.province, profile.province],
    [BASICS_FIELDS.profile, profile.id],
    [BASICS_FIELDS.tailAdjust, tailAdjust ? "是" : "否"],
  ];
  const fieldRow = (caption: string) => 3 + fields.findIndex(([c]) => c === caption);
  fields.forEach(([caption, value], i) => sheet.row(3 + i, 0, [caption, value]));
  sheet.style(cellRange(3, 0, 2 + fields.length, 0), {
    ...STYLE.input,
    font: { name: "宋体", size: 10, bold: true },
  });
  sheet.style(cellRange(3, 1, 2 + fields.length, 1), { ...STYLE.input, horizontal: "left" });
  sheet.list(
    cellRange(fieldRow(BASICS_FIELDS.tailAdjust), 1),
    YES_NO_LIST,
    "是：显示数的各部分之和与合计一致（最大余数法调整尾差）"
  );
  sheet.list(
    cellRange(fieldRow(BASICS_FIELDS.profile), 1),
    PROFILES.map((p) => p.id),
    "请选择公开表格式（须与省份、决算年度相符）"
  );
  sheet
    .set(fieldRow(BASICS_FIELDS.profile), 2, profile.name)
    .style(cellRange(fieldRow(BASICS_FIELDS.profile), 2), STYLE.hint);

  const unitsTop = 4 + fields.length;
  sheet
    .set(unitsTop, 0, BASICS_UNITS_CAPTION)
    .style(cellRange(unitsTop, 0), { font: { name: "宋体", size: 11, bold: true } });
  header(sheet, unitsTop + 1, UNIT_COLUMNS, Math.max(units.length, 10));
  units.forEach((unit, i) => sheet.row(unitsTop + 2 + i, 0, [i + 1, unit.name, unit.type ?? null]));
  return sheet.build({
    columnWidths: UNIT_COLUMNS.map((c) => c.width),
    freeze: undefined,
    tabColor: "2F75B5",
    print: printSetup(2),
  });
}

function ledgerSheet(lines: readonly CellValue[][]): SheetPlan {
  const sheet = new SheetBuilder(INPUT_SHEETS.ledger);
  header(sheet, 0, LEDGER_COLUMNS, Math.max(LEDGER_INPUT_ROWS, lines.length + 1000));
  lines.forEach((line, i) => sheet.row(1 + i, 0, line));
  return sheet.build({
    columnWidths: LEDGER_COLUMNS.map((c) => c.width),
    freeze: { rows: 1, columns: 0 },
    tabColor: "2F75B5",
    print: printSetup(0),
  });
}

function budgetPriorSheet(
  vocabulary: InputVocabulary,
  records?: InputRecords["budgetPrior"]
): SheetPlan {
  const { indicators } = vocabulary;
  const sheet = new SheetBuilder(INPUT_SHEETS.budgetPrior);
  const columns = BUDGET_PRIOR_COLUMNS.map((c) =>
    c.key === "indicator" ? { ...c, list: indicators.map((i) => i.name) } : c
  );
  header(sheet, 0, columns, LIST_INPUT_ROWS);
  const hint = (name: string) => {
    const indicator = indicators.find((i) => i.name === name);
    if (!indicator) return null;
    const wanted = [indicator.budget ? "年初预算数" : "", indicator.prior ? "上年决算数" : ""]
      .filter(Boolean)
      .join("、");
    return `需填：${wanted}。${indicator.hint}`;
  };
  const rows: [string, string | null, number | null, number | null][] =
    records ?? indicators.map((i) => [i.name, null, null, null]);
  rows.forEach((row, i) => sheet.row(1 + i, 0, [...row, hint(row[0])]));
  sheet.style(cellRange(1, 4, Math.max(rows.length, 1), 4), STYLE.hint);
  return sheet.build({
    columnWidths: BUDGET_PRIOR_COLUMNS.map((c) => c.width),
    freeze: { rows: 1, columns: 1 },
    tabColor: "2F75B5",
    print: printSetup(0),
  });
}

function supplementarySheet(vocabulary: InputVocabulary, records?: InputRecords): SheetPlan {
  const { supplementary: items, comparisons } = vocabulary;
  const sheet = new SheetBuilder(INPUT_SHEETS.supplementary);
  header(sheet, 0, SUPPLEMENTARY_COLUMNS, items.length);
  items.forEach((item, i) =>
    sheet.row(1 + i, 0, [
      item.group,
      item.name,
      item.unit,
      records?.supplementary?.[item.name] ?? null,
      item.hint ?? null,
    ])
  );
  const itemsEnd = items.length;
  items.forEach((item, i) => {
    if (isMoneyItem(item))
      sheet.style(cellRange(1 + i, 3), { numberFormat: FORMAT_CODES.money, horizontal: "right" });
    else if (item.unit !== "文字")
      sheet.style(cellRange(1 + i, 3), { numberFormat: FORMAT_CODES.count, horizontal: "right" });
  });
  sheet.style(cellRange(1, 4, itemsEnd, 4), STYLE.hint);

  const reasonsTop = itemsEnd + 2;
  header(sheet, reasonsTop, REASON_COLUMNS, Math.max(comparisons.length + 30, 60));
  const reasonRows: CellValue[][] = [];
  for (const c of comparisons) {
    const hint = c.byCode
      ? `每个${c.byCode === "functional" ? "功能分类" : "经济分类"}“${c.codeLevel ?? "类"}”一行：复制本行并填写科目编码`
      : "情况说明中“主要原因是：”后的文字，原样引用";
    const given = (records?.reasons ?? []).filter(
      ([caption, code]) => caption === c.caption && Boolean(code) === Boolean(c.byCode)
    );
    if (!c.byCode) reasonRows.push(["主要原因", c.caption, null, given[0]?.[2] ?? null, hint]);
    else {
      reasonRows.push(["主要原因", c.caption, null, null, hint]);
      given.forEach(([caption, code, text]) =>
        reasonRows.push(["主要原因", caption, code, text, null])
      );
    }
  }
  reasonRows.forEach((row, i) => sheet.row(reasonsTop + 1 + i, 0, row));
  sheet.style(cellRange(reasonsTop + 1, 3, reasonsTop + reasonRows.length, 3), { wrap: true });
  sheet.style(cellRange(reasonsTop + 1, 4, reasonsTop + reasonRows.length, 4), STYLE.hint);
  return sheet.build({
    columnWidths: SUPPLEMENTARY_COLUMNS.map((c) => c.width),
    freeze: { rows: 1, columns: 0 },
    tabColor: "2F75B5",
    print: printSetup(0),
  });
}

function subjectsSheet(additions: InputRecords["subjects"] = []): SheetPlan {
  const sheet = new SheetBuilder(INPUT_SHEETS.subjects);
  header(sheet, 0, SUBJECT_COLUMNS, LIST_INPUT_ROWS);
  additions.forEach((row, i) => sheet.row(1 + i, 0, row));
  sheet.set(1, 3, "内置科目表未收录的科目在此补充（如新增的项级科目），上级科目须已存在或一并补充");
  sheet.style(cellRange(1, 3), STYLE.hint);
  return sheet.build({
    columnWidths: SUBJECT_COLUMNS.map((c) => c.width),
    freeze: { rows: 1, columns: 0 },
    tabColor: "2F75B5",
    print: printSetup(0),
  });
}
