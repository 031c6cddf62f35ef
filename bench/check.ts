// Batch review: 1,000 generated workbooks checked by `juesuan check FOLDER` on all cores.
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import { loadSample, sampleWorkbook } from "../src/cli/commands/demo";
import { fillTables } from "../src/core/app/fill";
import { INPUT_SHEET_NAMES } from "../src/core/inputs/read";
import { ExcelJsPort } from "../src/xlsx/port";

const COUNT = Number(process.argv[2] ?? 1000);
const VARIANTS = 20;

/** What a finance bureau receives: the ten tables (plus checks), figures varied per department. */
async function variant(index: number, file: string): Promise<void> {
  const records = await loadSample();
  records.department = `基准部门${index + 1}`;
  // One scale per department keeps every unit balanced; every tenth department has a typing error.
  const scale = 1 + (index % 7);
  for (const line of records.ledger)
    if (typeof line[6] === "number") line[6] = Math.round(line[6] * 100 * scale) / 100;
  const workbook = await sampleWorkbook(records);
  await fillTables(new ExcelJsPort(workbook), { mode: "values", version: "bench" });
  if (index % 10 === 9) workbook.getWorksheet("公开05表")!.getCell("D8").value = 1;
  for (const name of INPUT_SHEET_NAMES) workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
  await workbook.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "juesuan-bench-check-"));
  const sources = path.join(dir, "variants");
  const folder = path.join(dir, "workbooks");
  mkdirSync(sources);
  mkdirSync(folder);
  for (let v = 0; v < VARIANTS; v++) await variant(v, path.join(sources, `${v}.xlsx`));
  for (let i = 0; i < COUNT; i++)
    copyFileSync(
      path.join(sources, `${i % VARIANTS}.xlsx`),
      path.join(folder, `部门${String(i + 1).padStart(4, "0")}.xlsx`)
    );

  const cli = path.resolve(__dirname, "../bin/juesuan.js");
  const start = process.hrtime.bigint();
  let stdout = "";
  try {
    stdout = execFileSync(process.execPath, [cli, "check", folder], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
  } catch (error) {
    stdout = (error as { stdout: string }).stdout; // exit 1: some departments have errors
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const summary = stdout.trim().split("\n").pop();
  console.log(JSON.stringify({ workbooks: COUNT, seconds, cores: os.cpus().length, summary }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
