// The CLI path for one size: write the inputs as .xlsx, then time reading it, filling and writing.
import ExcelJS from "exceljs";
import * as os from "os";
import * as path from "path";
import { fillFile } from "../src/cli/commands/fill";
import { sampleWorkbook } from "../src/cli/commands/demo";
import { readWorkbookFile, writeWorkbookFile } from "../src/xlsx/file";
import { syntheticDepartment } from "./generate";

async function main(): Promise<void> {
  const lines = Number(process.argv[2]);
  const dir = os.tmpdir();
  const input = path.join(dir, `juesuan-bench-${lines}.xlsx`);
  const output = path.join(dir, `juesuan-bench-${lines}-filled.xlsx`);
  await writeWorkbookFile(await sampleWorkbook(syntheticDepartment(lines)), input, {
    overwrite: true,
  });
  global.gc?.();
  const start = process.hrtime.bigint();
  const workbook: ExcelJS.Workbook = await readWorkbookFile(input);
  await fillFile(workbook, {});
  await writeWorkbookFile(workbook, output, { overwrite: true });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    JSON.stringify({ lines, seconds, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) })
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
