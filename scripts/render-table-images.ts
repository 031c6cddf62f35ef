// Renders one PNG per 公开表 into docs/img/ so reviewers see the printed layout:
//   npx ts-node --transpile-only scripts/render-table-images.ts [workbook.xlsx]
// Default workbook: out/sample.xlsx from `npm run demo` when present, else the blank templates;
// also the first page of out/sample-narrative.docx when present.
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "fs";
import * as path from "path";
import { blankTables } from "../src/core/app/templates";
import { catalogsFor } from "../src/core/subjects";
import { jiangxi2021 } from "../src/core/profiles/jiangxi-2021";
import { ExcelJsPort } from "../src/xlsx/port";
import { convert } from "../test/helpers/soffice";
import { tempDir } from "../test/helpers/tmp";

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..");
  const source = process.argv[2] ?? path.join(root, "out", "sample.xlsx");
  const workbook = new ExcelJS.Workbook();
  if (existsSync(source)) {
    await workbook.xlsx.readFile(source);
    // The other sheets are hidden, not removed: the tables' formulas refer to the input sheets, and
    // LibreOffice recalculates every formula on load (test/helpers/soffice.ts), so removing them
    // would print #NAME? in every amount. Hidden sheets are not printed.
    const tableCodes = new Set(jiangxi2021.tables.map((t) => t.code));
    for (const sheet of workbook.worksheets)
      if (!tableCodes.has(sheet.name)) sheet.state = "hidden";
  } else {
    await new ExcelJsPort(workbook).write(blankTables(jiangxi2021, catalogsFor(2021), "示例单位"));
  }
  const dir = tempDir();
  const file = path.join(dir, "tables.xlsx");
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  const [pdf] = await convert([file], "pdf", dir);
  const imgDir = path.join(root, "docs", "img");
  mkdirSync(imgDir, { recursive: true });
  execFileSync("pdftoppm", ["-r", "70", "-png", pdf, path.join(dir, "page")]);
  jiangxi2021.tables.forEach((table, i) => {
    const page = path.join(dir, `page-${String(i + 1).padStart(2, "0")}.png`);
    renameSync(page, path.join(imgDir, `${table.id.replace("T", "table-")}.png`));
  });
  console.log(`已生成 ${jiangxi2021.tables.length} 张版式预览：${imgDir}`);

  // The first page of the sample's 情况说明 (.docx written by `npm run demo`).
  const docx = path.join(root, "out", "sample-narrative.docx");
  if (existsSync(docx)) {
    const [narrative] = await convert([docx], "pdf", dir);
    execFileSync("pdftoppm", [
      "-r",
      "60",
      "-png",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      narrative,
      path.join(imgDir, "narrative-page1"),
    ]);
    console.log(`已生成情况说明首页预览：${path.join(imgDir, "narrative-page1.png")}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
