// Batch review: N generated workbooks checked by `juesuan check FOLDER` on all cores; and, on the
// first files, the fast read path against a full ExcelJS load in this process (their ratio).
//   check.ts COUNT   prints one JSON line
import { createHash } from "crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "fs";
import * as os from "os";
import * as path from "path";
import { loadSample, sampleWorkbook, SAMPLE_FILE } from "../src/cli/sample";
import { fillTables } from "../src/core/app/fill";
import { INPUT_SHEET_NAMES } from "../src/core/inputs/readInputs";
import { ExcelJsPort } from "../src/xlsx/port";
import { measure, runCli } from "./measure";

// The built modules (lib/), as the CLI runs them: no TypeScript compiling inside the measurement.
const lib = {
  check: require("../lib/core/app/check") as typeof import("../src/core/app/check"),
  filePort: require("../lib/xlsx/filePort") as typeof import("../src/xlsx/filePort"),
  file: require("../lib/xlsx/file") as typeof import("../src/xlsx/file"),
  port: require("../lib/xlsx/port") as typeof import("../src/xlsx/port"),
};

const COUNT = Number(process.argv[2] ?? 1000);
const VARIANTS = 20;
const RATIO_FILES = 40;

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

/** The folder of `count` workbooks, built once per content of this script and the sample. */
async function folderOf(count: number): Promise<string> {
  const hash = createHash("sha256")
    .update(readFileSync(__filename))
    .update(readFileSync(SAMPLE_FILE))
    .digest("hex")
    .slice(0, 12);
  const root = path.join(os.tmpdir(), "juesuan-bench-cache", `check-${hash}`);
  const sources = path.join(root, "variants");
  const folder = path.join(root, `workbooks-${count}`);
  if (existsSync(folder)) return folder;
  mkdirSync(sources, { recursive: true });
  for (let v = 0; v < VARIANTS; v++) {
    const file = path.join(sources, `${v}.xlsx`);
    if (!existsSync(file)) await variant(v, file);
  }
  const temp = `${folder}.${process.pid}.tmp`;
  mkdirSync(temp, { recursive: true });
  for (let i = 0; i < count; i++)
    copyFileSync(
      path.join(sources, `${i % VARIANTS}.xlsx`),
      path.join(temp, `部门${String(i + 1).padStart(4, "0")}.xlsx`)
    );
  renameSync(temp, folder);
  return folder;
}

async function main(): Promise<void> {
  const folder = await folderOf(COUNT);
  const run = runCli(["check", folder]);
  const summary = run.stdout.trim().split("\n").pop();

  // Per file, in this process: the fast read path against a full ExcelJS load of the same files.
  const files = readdirSync(folder)
    .slice(0, RATIO_FILES)
    .map((name) => path.join(folder, name));
  await lib.check.checkWorkbook(await lib.filePort.XlsxFilePort.open(files[0])); // warm up both
  await lib.check.checkWorkbook(
    new lib.port.ExcelJsPort(await lib.file.loadWorkbook(files[0], readFileSync(files[0])))
  );
  const fast = await measure(async () => {
    for (const file of files)
      await lib.check.checkWorkbook(await lib.filePort.XlsxFilePort.open(file));
  });
  const full = await measure(async () => {
    for (const file of files)
      await lib.check.checkWorkbook(
        new lib.port.ExcelJsPort(await lib.file.loadWorkbook(file, readFileSync(file)))
      );
  });
  console.log(
    JSON.stringify({
      workbooks: COUNT,
      seconds: run.seconds,
      cpuSeconds: run.cpuSeconds,
      maxRssMiB: run.maxRssMiB,
      cores: os.cpus().length,
      summary,
      ratioFiles: files.length,
      fastSecondsPerFile: fast.seconds / files.length,
      fastCpuPerFile: fast.cpuSeconds / files.length,
      fullSecondsPerFile: full.seconds / files.length,
      fullCpuPerFile: full.cpuSeconds / files.length,
    })
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
