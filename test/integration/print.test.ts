import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import * as path from "path";
import { blankTables } from "../../src/core/app/templates";
import { catalogsFor } from "../../src/core/subjects";
import { layoutTable } from "../../src/core/templates/layout";
import { jiangxi2021 } from "../../src/core/profiles/jiangxi-2021";
import { ExcelJsPort } from "../../src/xlsx/port";
import {
  convert,
  describeWithLibreOffice,
  pdfPageCount,
  pdfPageSize,
  pdfPages,
} from "../helpers/libreoffice";
import { tempDir } from "../helpers/tmp";

const squeeze = (text: string) => text.replace(/\s+/g, "");

describeWithLibreOffice("printing the ten tables (LibreOffice → PDF)", () => {
  const dir = tempDir();
  let pages: string[];

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await new ExcelJsPort(workbook).write(blankTables(jiangxi2021, catalogsFor(2021), "测试单位"));
    const file = path.join(dir, "tables.xlsx");
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const [pdf] = await convert([file], "pdf", dir);
    expect(await pdfPageCount(pdf)).toBe(10);
    const size = await pdfPageSize(pdf);
    expect(Math.round(size.width)).toBe(842); // A4 landscape: 297 × 210 mm
    expect(Math.round(size.height)).toBe(595);
    pages = await pdfPages(pdf);
  });

  it("puts each table on one A4 landscape page with its title, 表号, unit line and headers", () => {
    expect(pages).toHaveLength(10);
    jiangxi2021.tables.forEach((table, i) => {
      const page = squeeze(pages[i]);
      expect(page).toContain(squeeze(table.title));
      expect(page).toContain(table.code);
      expect(page).toContain("部门：测试单位");
      expect(page).toContain("金额单位：万元");
      for (const header of layoutTable(table, { catalogs: catalogsFor(2021) }).headerCells) {
        expect(page).toContain(squeeze(header.label));
      }
    });
  });
});
