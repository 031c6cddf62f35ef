import type { CellStyle } from "../workbook";

/** The look of the official printed tables: 黑体 title, 宋体 body, thin borders, #,##0.00 amounts. */
export const BODY_FONT = "宋体";
export const TITLE_FONT = "黑体";
export const MONEY_FORMAT = "#,##0.00";
export const COUNT_FORMAT = "#,##0";
export const TEXT_FORMAT = "@";

export const STYLE = {
  title: {
    font: { name: TITLE_FONT, size: 18, bold: true },
    horizontal: "center",
    vertical: "middle",
  },
  tableCode: { font: { name: BODY_FONT, size: 10 }, horizontal: "right", vertical: "bottom" },
  info: { font: { name: BODY_FONT, size: 10 }, vertical: "bottom" },
  header: {
    font: { name: BODY_FONT, size: 10, bold: true },
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: "thin",
  },
  body: { font: { name: BODY_FONT, size: 10 }, vertical: "middle", border: "thin" },
  label: { horizontal: "left" },
  center: { horizontal: "center" },
  money: { horizontal: "right", numberFormat: MONEY_FORMAT },
  count: { horizontal: "right", numberFormat: COUNT_FORMAT },
  text: { numberFormat: TEXT_FORMAT },
  emphasis: { font: { name: BODY_FONT, size: 10, bold: true } },
  note: { font: { name: BODY_FONT, size: 9 }, horizontal: "left", vertical: "top", wrap: true },
  inputHeader: {
    font: { name: BODY_FONT, size: 10, bold: true },
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: "thin",
    fill: "DDEBF7",
  },
  input: { font: { name: BODY_FONT, size: 10 }, border: "thin", unlocked: true },
  hint: { font: { name: BODY_FONT, size: 9, color: "7F7F7F" }, wrap: true, vertical: "top" },
} satisfies Record<string, CellStyle>;
