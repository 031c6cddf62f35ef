// The CLI fill path for one size, in its own process so its peak memory is its own.
//   file.ts make LINES            builds (once, cached by content hash) the input .xlsx; prints its path
//   file.ts cli LINES             `juesuan fill` on it (the built CLI, in its own process)
//   file.ts fill LINES fast|held|full  fills it in this process with the built modules: fast =
//                                 XlsxFilePort (what `juesuan fill` does: sheets written without
//                                 ExcelJS), held = the path before (ExcelJS loads all but the ledger),
//                                 full = the oldest path (ExcelJS loads everything)
// Each prints one JSON line.
import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { sampleWorkbook } from "../src/cli/sample";
import { XlsxReader } from "../src/xlsx/reader";
import { zipEntries } from "../src/xlsx/zip";
import { ZipFileWriter } from "../src/xlsx/zipWrite";
import type { CellValue } from "../src/core/workbook";
import { syntheticDepartment } from "./generate";
import { measure, runCli } from "./measure";

// The built modules (lib/), as the CLI runs them: no TypeScript compiling inside the measurement.
const { fillFile } =
  require("../lib/cli/commands/fill") as typeof import("../src/cli/commands/fill");
const { loadWorkbook } = require("../lib/xlsx/file") as typeof import("../src/xlsx/file");
const { XlsxFilePort } = require("../lib/xlsx/filePort") as typeof import("../src/xlsx/filePort");
const { ExcelJsPort } = require("../lib/xlsx/port") as typeof import("../src/xlsx/port");

const CACHE = path.join(os.tmpdir(), "juesuan-bench-cache");

/** Raise when `make` changes what it writes: the cached inputs are then built again. */
const INPUT_FORMAT = 1;

/** The cached input's name changes whenever what makes it changes. */
function inputFile(lines: number): string {
  const hash = createHash("sha256");
  hash.update(`format ${INPUT_FORMAT}`);
  hash.update(readFileSync(path.join(__dirname, "generate.ts")));
  hash.update(readFileSync(path.join(__dirname, "../src/core/inputs/inputSheets.ts")));
  return path.join(CACHE, `ledger-${lines}-${hash.digest("hex").slice(0, 12)}.xlsx`);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The inputs of `syntheticDepartment(lines)` as a clerk's file: the workbook `juesuan init` makes,
 * its ledger rows streamed into the sheet XML (ExcelJS cannot hold a million rows in memory), in the
 * styles and shared strings ExcelJS gives the first row.
 */
async function make(lines: number): Promise<string> {
  const file = inputFile(lines);
  if (existsSync(file)) return file;
  mkdirSync(CACHE, { recursive: true });
  const records = syntheticDepartment(lines);
  const ledger = records.ledger;
  records.ledger = ledger.slice(0, 1);
  const small = Buffer.from(await (await sampleWorkbook(records)).xlsx.writeBuffer());
  const reader = XlsxReader.open("bench", small);
  const sheetPath = reader.sheetPath("收支明细")!;
  const sheet = reader.part(sheetPath)!;
  const firstRow = /<row r="2"[^>]*>([\s\S]*?)<\/row>/.exec(sheet)!;
  const styles = new Map<number, string>();
  for (const m of firstRow[1].matchAll(/<c r="([A-Z]+)2"([^>]*?)\/?>/g)) {
    const s = /\ss="(\d+)"/.exec(m[2]);
    if (s) styles.set(m[1].charCodeAt(0) - 65, s[1]);
  }
  const sstPath = reader.paths.sharedStrings!;
  const sst = reader.part(sstPath)!;
  const strings = new Map<string, number>();
  const added: string[] = [];
  let next = (sst.match(/<si>/g) ?? []).length;
  const index = (text: string) => {
    let i = strings.get(text);
    if (i === undefined) {
      strings.set(text, (i = next++));
      added.push(`<si><t>${escapeXml(text)}</t></si>`);
    }
    return i;
  };
  const cell = (value: CellValue, c: number, r: number) => {
    if (value === null || value === undefined) return "";
    const ref = `${String.fromCharCode(65 + c)}${r}`;
    const s = styles.has(c) ? ` s="${styles.get(c)}"` : "";
    return typeof value === "number"
      ? `<c r="${ref}"${s}><v>${value}</v></c>`
      : `<c r="${ref}"${s} t="s"><v>${index(String(value))}</v></c>`;
  };
  function* rows(): Generator<Buffer> {
    const head = sheet
      .slice(0, firstRow.index)
      .replace(/<dimension ref="[^"]*"/, `<dimension ref="A1:H${ledger.length + 1}"`);
    yield Buffer.from(head, "utf8");
    for (let start = 0; start < ledger.length; start += 10_000) {
      const part: string[] = [];
      for (let i = start; i < Math.min(ledger.length, start + 10_000); i++) {
        const r = i + 2;
        part.push(`<row r="${r}">${ledger[i].map((v, c) => cell(v, c, r)).join("")}</row>`);
      }
      yield Buffer.from(part.join(""), "utf8");
    }
    yield Buffer.from(sheet.slice(sheet.indexOf("</sheetData>")), "utf8");
  }
  const temp = `${file}.${process.pid}.tmp`;
  const writer = await ZipFileWriter.create(temp);
  const entries = [...zipEntries(small).values()];
  for (const entry of entries) {
    if (entry.name === sheetPath) await writer.add(entry.name, rows());
    else if (entry.name !== sstPath) await writer.copy(small, entry);
  }
  // After the sheet, so every string it uses is known.
  const end = sst.lastIndexOf("</sst>");
  const xml = `${sst.slice(0, end)}${added.join("")}${sst.slice(end)}`
    .replace(/\scount="\d+"/, "")
    .replace(/uniqueCount="\d+"/, `uniqueCount="${next}"`);
  await writer.add(sstPath, [Buffer.from(xml, "utf8")]);
  await writer.close();
  renameSync(temp, file);
  return file;
}

async function fill(lines: number, mode: "fast" | "held" | "full"): Promise<void> {
  const input = await make(lines);
  const output = path.join(os.tmpdir(), `juesuan-bench-${process.pid}-filled.xlsx`);
  global.gc?.();
  const run = await measure(async () => {
    if (mode !== "full") {
      const port = await XlsxFilePort.open(input, { direct: mode === "fast" });
      const result = await fillFile(port, {});
      await port.save(output, { overwrite: true });
      return { lines: result.data.ledger.lineCount, held: port.savedHeld.join("、") };
    }
    const workbook = await loadWorkbook(input, readFileSync(input));
    const result = await fillFile(new ExcelJsPort(workbook), {});
    await workbook.xlsx.writeFile(output);
    return { lines: result.data.ledger.lineCount, held: "" };
  });
  rmSync(output, { force: true });
  const { result, ...usage } = run;
  console.log(JSON.stringify({ ...result, mode, ...usage }));
}

async function cli(lines: number): Promise<void> {
  const input = await make(lines);
  const output = path.join(os.tmpdir(), `juesuan-bench-${process.pid}-cli.xlsx`);
  const { seconds, cpuSeconds, maxRssMiB } = runCli(["fill", input, "-o", output, "--force"]);
  rmSync(output, { force: true });
  console.log(JSON.stringify({ lines, seconds, cpuSeconds, maxRssMiB }));
}

const [verb, size, mode] = process.argv.slice(2);
const verbs: Record<string, () => Promise<void>> = {
  make: () => make(Number(size)).then((file) => console.log(JSON.stringify({ file }))),
  cli: () => cli(Number(size)),
  fill: () => fill(Number(size), mode as "fast" | "held" | "full"),
};
verbs[verb]().catch((error) => {
  console.error(error);
  process.exit(1);
});
