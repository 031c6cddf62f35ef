import { SheetBuilder, cellRange } from "../render/builder";
import { STYLE } from "../render/styles";
import type { ReadTables } from "../tables/types";
import type { PlannedCell, SheetPlan } from "../workbook";
import { a1 } from "../workbook/a1";
import type { Outcome } from "./evaluate";
import { STATUS_TEXT, Status, sideForms, statusForms } from "./forms";
import { SEVERITY_LABEL } from "./types";

export const CHECK_SHEET = "校验";
const HEADER = [
  "序号",
  "规则编号",
  "严重程度",
  "校验内容",
  "左边",
  "右边",
  "差额",
  "允许尾差",
  "结果",
];
const FIRST = 3; // 0-based row of the first rule

/**
 * The checks as native formulas, so they keep working in Excel, WPS or LibreOffice without the
 * add-in: each rule's two sides reference the table cells, and 结果 says 通过 / 尾差 / 不通过.
 * Rules against last year's workbook are left out (that file is not part of this workbook).
 */
export function renderCheckSheet(outcomes: readonly Outcome[], tables: ReadTables): SheetPlan {
  const rows = outcomes.filter(
    (o) => ![...o.instance.left, ...o.instance.right].some((t) => t.prior)
  );
  const sheet = new SheetBuilder(CHECK_SHEET);
  const last = FIRST + rows.length - 1;
  const resultCol = HEADER.length - 1;
  const results = `${a1(FIRST, resultCol, true)}:${a1(Math.max(last, FIRST), resultCol, true)}`;
  sheet
    .set(0, 0, "勾稽关系校验")
    .merge(cellRange(0, 0, 0, 3))
    .style(cellRange(0, 0), STYLE.title);
  sheet.row(0, 4, [
    "不通过",
    { formula: `COUNTIF(${results},"不通过")`, result: count(rows, "fail") },
    "尾差",
    { formula: `COUNTIF(${results},"尾差")`, result: count(rows, "tail") },
  ]);
  sheet.set(
    1,
    0,
    "左边、右边引用各公开表的单元格，表中数字改动后自动重算；“尾差”指差额在各数四舍五入的误差范围内。"
  );
  sheet.merge(cellRange(1, 0, 1, resultCol)).style(cellRange(1, 0, 1, resultCol), STYLE.hint);
  sheet.row(2, 0, HEADER).style(cellRange(2, 0, 2, resultCol), STYLE.header);

  rows.forEach((o, i) => {
    const r = FIRST + i;
    const diff = a1(r, 6);
    const tolerance = a1(r, 7);
    const cells: (PlannedCell | string | number)[] = [
      i + 1,
      o.instance.id,
      SEVERITY_LABEL[o.instance.severity],
      o.instance.message,
      { formula: sideForms.formula(o.instance.left, tables), result: o.left.toNumber() },
      { formula: sideForms.formula(o.instance.right, tables), result: o.right.toNumber() },
      { formula: `${a1(r, 4)}-${a1(r, 5)}`, result: o.difference.toNumber() },
      o.tolerance.toNumber(),
      {
        formula: statusForms.formula(o.instance.relation, diff, tolerance),
        result: STATUS_TEXT[o.status],
      },
    ];
    sheet.row(r, 0, cells);
  });
  if (rows.length) {
    sheet.style(cellRange(FIRST, 0, last, resultCol), STYLE.body);
    sheet.style(cellRange(FIRST, 3, last, 3), { wrap: true });
    sheet.style(cellRange(FIRST, 4, last, 7), STYLE.money);
    sheet.style(cellRange(FIRST, 7, last, 7), { numberFormat: "0.000" });
    sheet.style(cellRange(FIRST, resultCol, last, resultCol), STYLE.center);
  }
  return sheet.build({
    columnWidths: [6, 26, 9, 60, 14, 14, 12, 9, 8],
    freeze: { rows: FIRST, columns: 0 },
    tabColor: "C00000",
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      fitToHeight: false,
      titleRows: { first: 2, last: 2 },
      horizontalCentered: true,
    },
  });
}

function count(outcomes: readonly Outcome[], status: Status): number {
  return outcomes.filter((o) => o.status === status).length;
}
