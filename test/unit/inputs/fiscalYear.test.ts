import { fiscalYearOf } from "../../../src/core/inputs/table";

// 决算年度 as clerks type it: 基础信息, --year, the pane's settings (one function for fill, the choice of
// format, lint, --prior's identity and the CLI option).
test.each([
  ["2023", 2023],
  ["2023年", 2023],
  ["2023年度", 2023],
  [" 2021年度 ", 2021],
  ["2022 年度", 2022],
])("「%s」 is the year %d", (text, year) => {
  expect(fiscalYearOf(text)).toBe(year);
});

// Full-width digits were never accepted on any path; the clerk gets 决算年度「…」无效.
test.each([
  "",
  "23",
  "20233",
  "2023年年",
  "二〇二三",
  "２０２３",
  "2023-2024",
  "年度2023",
  "2023.0",
])("「%s」 is not a year", (text) => {
  expect(fiscalYearOf(text)).toBeUndefined();
});
