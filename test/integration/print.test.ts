import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import * as path from "path";
import { blankTables } from "../../src/core/app/templates";
import { catalogsFor } from "../../src/core/subjects";
import { layoutTable } from "../../src/core/templates/layout";
import { PROFILES } from "../../src/core/profiles";
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

describeWithLibreOffice("printing every format's tables (LibreOffice → PDF)", () => {
  const dir = tempDir();
  const pages = new Map<string, string[]>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const profile of PROFILES) {
      const workbook = new ExcelJS.Workbook();
      await new ExcelJsPort(workbook).write(
        blankTables(profile, catalogsFor(profile.year), "测试单位")
      );
      const file = path.join(dir, `${profile.id}.xlsx`);
      writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
      files.push(file);
    }
    // One LibreOffice run for all formats: the machine is shared.
    const pdfs = await convert(files, "pdf", dir);
    for (const [i, profile] of PROFILES.entries()) {
      const pdf = pdfs[i];
      expect(await pdfPageCount(pdf)).toBe(profile.tables.length);
      const size = await pdfPageSize(pdf);
      expect(Math.round(size.width)).toBe(842); // A4 landscape: 297 × 210 mm
      expect(Math.round(size.height)).toBe(595);
      pages.set(profile.id, await pdfPages(pdf));
    }
  });

  describe.each(PROFILES.map((p) => [p.id, p] as const))("%s", (id, profile) => {
    it("puts each table on one A4 landscape page with its title, 表号, unit line and headers", () => {
      const printed = pages.get(id) ?? [];
      expect(printed).toHaveLength(profile.tables.length);
      profile.tables.forEach((table, i) => {
        const page = squeeze(printed[i]);
        expect(page).toContain(squeeze(table.title));
        expect(page).toContain(table.code);
        expect(page).toContain("部门：测试单位");
        expect(page).toContain("金额单位：万元");
        const catalogs = catalogsFor(profile.year);
        for (const header of layoutTable(table, { catalogs }).headerCells) {
          expect(page).toContain(squeeze(header.label));
        }
      });
    });
  });
});
