import { constants, promises as fs } from "fs";
import * as path from "path";
import { fillTables } from "../../core/app/fill";
import { UserError } from "../../core/errors";
import { DEFAULT_PROFILE, requireProfile } from "../../core/profiles";
import { ExcelJsPort } from "../../xlsx/port";
import { writeWorkbookFile } from "../../xlsx/file";
import type { Output } from "../output";
import { packageVersion } from "../version";
import { report } from "./fill";
import { lintFile, printFindings } from "./lint";
import { tablesOfFill } from "../../core/app/checkTables";
import { factsFromTables, outlineOf } from "../../core/app/lintFacts";
import { writeNarrativeFile } from "../../export/files";
import { describeFsError } from "../../export/fsErrors";
import { loadSample, SAMPLES, sampleFileOf, sampleRecords, sampleWorkbook } from "../sample";

export interface DemoArgs {
  out?: string;
  profile?: string;
}

/**
 * npm run demo: the main job on the bundled sample department, written to out/; with --profile, that
 * format's sample, written to out/<profile>/.
 */
export async function runDemo(args: DemoArgs, output: Output): Promise<number> {
  const profile = requireProfile(args.profile ?? DEFAULT_PROFILE);
  const out = args.out ?? (args.profile ? path.join("out", profile.id) : "out");
  await outputFolder(out);
  const records = sampleRecords(await loadSample(sampleFileOf(profile)), profile);
  const workbook = await sampleWorkbook(records);
  const inputs = path.join(out, "sample-inputs.xlsx");
  await writeWorkbookFile(workbook, inputs, { overwrite: true });
  output.line(
    `样例输入表：「${inputs}」（${records.department}，收支明细 ${records.ledger.length} 行）`
  );

  const result = await fillTables(new ExcelJsPort(workbook), {
    mode: "formulas",
    version: packageVersion(),
  });
  const filled = path.join(out, "sample.xlsx");
  await writeWorkbookFile(workbook, filled, { overwrite: true });
  report(result, filled, output);

  const title = `${records.department}${records.year}年度部门决算情况说明`;
  for (const ext of [".txt", ".docx"]) {
    const file = path.join(out, `sample-narrative${ext}`);
    await writeNarrativeFile(result.narrative, title, file, { force: true });
    output.line(`情况说明：「${file}」`);
  }

  // The department's published text, checked against itself and against the tables just filled.
  // (Not for a sample re-filed as another year: its published text is of its own year.)
  const published = path.join(SAMPLES, `${profile.sample}-published.txt`);
  if (profile.sampleYear || !(await fs.stat(published).catch(() => undefined))) return 0;
  output.line("");
  const facts = factsFromTables(tablesOfFill(result.computed), result.profile);
  const findings = await lintFile(published, facts, undefined, outlineOf(result.profile));
  printFindings(path.relative(process.cwd(), published), findings, output);
  return 0;
}

/** demo --out: a folder (made when missing) whose sample-* files the demo may replace. */
async function outputFolder(dir: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (stat && !stat.isDirectory())
    throw new UserError(`--out「${dir}」是一个文件，应为文件夹：请指定文件夹（如 --out out）`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.access(dir, constants.W_OK);
  } catch (error) {
    throw new UserError(`无法在「${dir}」中写入演示结果：${describeFsError(error)}`);
  }
}
