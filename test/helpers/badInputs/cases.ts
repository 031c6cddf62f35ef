// The bad-input cases, generated: wrong-type and corrupt files for every command that reads a
// workbook, mutated input sheets, outputs over existing files and inputs, hostile paths, a full
// disk, pipes, huge and odd texts. Each names what it does and what the user must see.
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import {
  Base,
  docxFile,
  editZip,
  ledgerLayout,
  mutate,
  odsFile,
  oleFile,
  sheetPath,
  withChart,
} from "./fixtures";
import { SEED_DRAFT } from "../lint";
import { CLI, RunResult } from "./runner";

export interface Case {
  id: string;
  /** Files made in the case's folder before the run. */
  files: Record<string, () => Promise<Buffer | string>>;
  /** Links, pipes, folders, mounts. */
  setup?: (dir: string) => Promise<void> | void;
  args: string[];
  /** Exit code(s) expected. */
  code: number | number[];
  /** What the message must say. */
  says?: RegExp;
  /** The place the message must name (file, sheet, cell); defaults to none. */
  place?: string;
  /** Files (relative) the run may change or create; every other file must keep its bytes. */
  changes?: string[];
  /** Output files that must not exist after the run (no partial output). */
  absent?: string[];
  pipe?: string;
  /** Needs a process of its own: a hang to kill, memory to measure, a stack trace to see. */
  spawn?: boolean;
  seconds?: number;
  /** Further checks on the result and the folder. */
  verify?: (dir: string, result: RunResult) => Promise<void> | void;
  /** Why the case is skipped on this machine (no tmpfs, …). */
  skip?: () => string | undefined;
}

/** Builds, once, the files many cases share. */
export function caseList(base: () => Base): Case[] {
  const cases: Case[] = [];
  const memo = new Map<string, Promise<Buffer>>();
  const once = (key: string, make: () => Promise<Buffer>) => () => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as Promise<Buffer>;
  };
  const inputs = once("inputs", async () => base().inputs);
  const filled = once("filled", async () => base().filled);
  const draft = async () =>
    "本年收入合计1579.09万元，较上年增加100.00万元，增长6.76%。本年支出合计1583.52万元。\n";

  // ---- A. Wrong-type and corrupt workbooks, for every command that reads one ----
  const badBooks: { name: string; make: () => Promise<Buffer | string>; says: RegExp }[] = [
    { name: "empty.xlsx", make: async () => Buffer.alloc(0), says: /空文件/ },
    { name: "text.xlsx", make: async () => "这不是表格，是一段文字\n", says: /不是 Excel 工作簿/ },
    {
      name: "truncated.xlsx",
      make: async () => (await filled()).subarray(0, Math.floor((await filled()).length / 2)),
      says: /损坏|不完整|不是有效/,
    },
    {
      name: "garbage-zip.xlsx",
      make: async () => Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(4000, 7)]),
      says: /损坏|不是有效/,
    },
    { name: "renamed-docx.xlsx", make: docxFile, says: /Word 文档/ },
    {
      name: "renamed-pdf.xlsx",
      make: async () => "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n",
      says: /PDF/,
    },
    { name: "table.ods", make: odsFile, says: /OpenDocument.*另存为/ },
    { name: "old.xls", make: async () => oleFile("Workbook"), says: /\.xls.*另存为/ },
    { name: "locked.xlsx", make: async () => oleFile("EncryptedPackage"), says: /密码/ },
    {
      name: "export.xls",
      make: async () => "<html><body><table><tr><td>公开01表</td></tr></table></body></html>",
      says: /网页或 XML.*另存为/,
    },
    {
      name: "bad-xml.xlsx",
      make: async () =>
        editZip(await filled(), async (zip) => {
          const part = await sheetPath(zip, "公开01表");
          const xml = (await zip.file(part)?.async("string")) ?? "";
          zip.file(part, xml.replace("</sheetData>", "<\u0001row></sheetData>"));
        }),
      says: /XML|损坏/,
    },
    {
      name: "no-workbook.xlsx",
      make: async () =>
        editZip(await docxFile(), (zip) => {
          zip.remove("word/document.xml");
          zip.file("data.bin", "x");
        }),
      says: /不是有效|损坏|无法解析/,
    },
  ];
  const readers: { cmd: string; args: (f: string) => string[]; extra?: Case["files"] }[] = [
    { cmd: "fill", args: (f) => ["fill", f, "-o", "out.xlsx"] },
    { cmd: "check", args: (f) => ["check", f] },
    { cmd: "narrate", args: (f) => ["narrate", f, "-o", "out.txt"] },
    {
      cmd: "lint",
      args: (f) => ["lint", "draft.txt", "--workbook", f],
      extra: { "draft.txt": draft },
    },
  ];
  for (const book of badBooks) {
    for (const reader of readers) {
      cases.push({
        id: `${reader.cmd} ${book.name}`,
        files: { [book.name]: book.make, ...reader.extra },
        args: reader.args(book.name),
        code: 2,
        says: book.says,
        place: book.name,
        absent: ["out.xlsx", "out.txt"],
      });
    }
  }
  // Paths that are not a readable file.
  const badPaths: { name: string; setup: (dir: string) => Promise<void> | void; says: RegExp }[] = [
    { name: "missing.xlsx", setup: () => undefined, says: /找不到|不存在/ },
    { name: "folder.xlsx", setup: (d) => fs.mkdir(path.join(d, "folder.xlsx")), says: /文件夹/ },
    {
      name: "pipe.xlsx",
      setup: (d) => {
        execFileSync("mkfifo", [path.join(d, "pipe.xlsx")]);
      },
      says: /管道|不是普通文件/,
    },
    {
      name: "loop.xlsx",
      setup: (d) => fs.symlink("loop.xlsx", path.join(d, "loop.xlsx")),
      says: /符号链接/,
    },
  ];
  for (const bad of badPaths) {
    for (const reader of readers.slice(0, 3)) {
      cases.push({
        id: `${reader.cmd} ${bad.name}`,
        files: {},
        setup: bad.setup,
        args: reader.args(bad.name),
        code: 2,
        says: bad.says,
        place: bad.name,
        absent: ["out.xlsx", "out.txt"],
        seconds: 30,
      });
    }
  }

  // ---- B. Input sheets a clerk or a script got wrong ----
  const ledgerEdit =
    (edit: (ws: ExcelJS.Worksheet, at: ReturnType<typeof ledgerLayout>) => void) =>
    (data: Buffer) =>
      mutate(data, (wb) => {
        const ws = wb.getWorksheet("收支明细") as ExcelJS.Worksheet;
        edit(ws, ledgerLayout(ws));
      });
  // A formula written by a script that does not calculate: no stored result.
  const uncalculated = ledgerEdit((ws, at) => {
    ws.getCell(at.header + 1, at.amount).value = {
      formula: "1126680+0",
    } as ExcelJS.CellFormulaValue;
  });
  cases.push(
    {
      id: "fill formula without stored result",
      files: { "in.xlsx": once("uncalc-in", async () => uncalculated(await inputs())) },
      args: ["fill", "in.xlsx", "-o", "out.xlsx"],
      code: 2,
      says: /没有保存计算结果.*Excel 或 WPS/,
      place: "收支明细!",
      absent: ["out.xlsx"],
    },
    {
      id: "fill --values formula without stored result",
      files: { "in.xlsx": once("uncalc-in", async () => uncalculated(await inputs())) },
      args: ["fill", "in.xlsx", "-o", "out.xlsx", "--values"],
      code: 2,
      says: /没有保存计算结果/,
      place: "收支明细!",
      absent: ["out.xlsx"],
    },
    ...(["check", "narrate", "lint"] as const).map((cmd): Case => ({
      id: `${cmd} formula without stored result`,
      files: {
        "wb.xlsx": once("uncalc-filled", async () => uncalculated(await filled())),
        "draft.txt": draft,
      },
      args: cmd === "lint" ? ["lint", "draft.txt", "--workbook", "wb.xlsx"] : [cmd, "wb.xlsx"],
      code: 2,
      says: /没有保存计算结果/,
      place: "收支明细!",
    })),
    {
      id: "fill NaN amount",
      files: {
        "in.xlsx": async () =>
          editZip(await inputs(), async (zip) => {
            const part = await sheetPath(zip, "收支明细");
            const xml = (await zip.file(part)?.async("string")) ?? "";
            // The first numeric amount becomes "NaN", as a script writing a bad float leaves it.
            zip.file(
              part,
              xml.replace(/(<c r="G\d+"(?![^>]*\bt=)[^>]*><v>)[^<]+(<\/v>)/, "$1NaN$2")
            );
          }),
      },
      args: ["fill", "in.xlsx", "-o", "out.xlsx"],
      code: 2,
      says: /#NUM!|不是有效的金额|不是金额/,
      place: "收支明细",
      absent: ["out.xlsx"],
    }
  );
  // Amounts typed as text, which docs/输入表说明.md accepts: --values gives the same figures and no
  // false 勾稽 error.
  const textAmounts: [string, (n: number) => string][] = [
    ["thousands", (n) => n.toLocaleString("en-US", { minimumFractionDigits: 2 })],
    [
      "full-width",
      (n) => String(n).replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    ],
    ["yuan sign", (n) => `¥${n.toLocaleString("en-US")}`],
    ["exponent", (n) => n.toExponential().toUpperCase().replace("+", "")],
  ];
  for (const [label, format] of textAmounts) {
    const book = once(`text-${label}`, () =>
      ledgerEdit((ws, at) => {
        for (let r = at.header + 1; r <= Math.min(ws.rowCount, at.header + 20); r++) {
          const cell = ws.getCell(r, at.amount);
          if (typeof cell.value === "number") cell.value = format(cell.value);
        }
      })(base().inputs)
    );
    cases.push({
      id: `fill --values then check, amounts as text (${label})`,
      files: { "in.xlsx": book },
      args: ["fill", "in.xlsx", "-o", "out.xlsx", "--values"],
      code: 0,
      changes: ["out.xlsx"],
      // The same totals as with numbers in the cells, and the check of the result passes.
      says: /收入总计 1,583\.52 万元/,
      place: "out.xlsx",
      verify: (dir) => {
        const check = execCli(dir, ["check", "out.xlsx"]);
        expect(check.stdout).toMatch(/错误 0 条/);
        expect(check.code).toBe(0);
      },
    });
  }
  cases.push(
    {
      id: "fill reason over Excel's cell limit",
      files: {
        "in.xlsx": async () =>
          mutate(await inputs(), (wb) => {
            const ws = wb.getWorksheet("补充信息") as ExcelJS.Worksheet;
            let target: ExcelJS.Cell | undefined;
            ws.eachRow((row) =>
              row.eachCell((cell) => {
                if (!target && String(cell.value ?? "") === "主要原因") target = cell;
              })
            );
            const header = target as ExcelJS.Cell;
            ws.getCell(Number(header.row) + 1, Number(header.col)).value = "因".repeat(36000);
          }),
      },
      args: ["fill", "in.xlsx", "-o", "out.xlsx"],
      code: 2,
      says: /32767|超过/,
      place: "!",
      absent: ["out.xlsx"],
    },
    {
      id: "fill hand-edited table says --force",
      files: {
        "in.xlsx": async () =>
          mutate(await filled(), (wb) => {
            (wb.getWorksheet("公开01表") as ExcelJS.Worksheet).getCell("B3").value = "手工改过";
          }),
      },
      args: ["fill", "in.xlsx", "-o", "out.xlsx"],
      code: 2,
      says: /--force/,
      place: "公开01表",
      absent: ["out.xlsx"],
    },
    {
      id: "fill without 收支明细",
      files: {
        "in.xlsx": async () =>
          mutate(await inputs(), (wb) => {
            wb.removeWorksheet((wb.getWorksheet("收支明细") as ExcelJS.Worksheet).id);
          }),
      },
      args: ["fill", "in.xlsx", "-o", "out.xlsx"],
      code: 2,
      place: "收支明细",
      absent: ["out.xlsx"],
    },
    {
      id: "fill 金额 header renamed",
      files: {
        "in.xlsx": async () =>
          ledgerEdit((ws, at) => {
            ws.getCell(at.header, at.amount).value = "钱";
          })(await inputs()),
      },
      args: ["fill", "in.xlsx", "-o", "out.xlsx"],
      code: 2,
      place: "收支明细",
      absent: ["out.xlsx"],
    },
    {
      id: "fill unknown unit",
      files: {
        "in.xlsx": async () =>
          ledgerEdit((ws, at) => {
            ws.getCell(at.header + 1, at.unit).value = "不存在的单位";
          })(await inputs()),
      },
      args: ["fill", "in.xlsx", "-o", "out.xlsx"],
      code: 2,
      says: /不存在的单位/,
      place: "收支明细",
      absent: ["out.xlsx"],
    },
    {
      id: "fill three decimals",
      files: {
        "in.xlsx": async () =>
          ledgerEdit((ws, at) => {
            ws.getCell(at.header + 1, at.amount).value = 12.345;
          })(await inputs()),
      },
      args: ["fill", "in.xlsx", "-o", "out.xlsx"],
      code: 2,
      says: /小数/,
      place: "收支明细",
      absent: ["out.xlsx"],
    },
    {
      id: "narrate tables never filled",
      files: { "in.xlsx": inputs },
      args: ["narrate", "in.xlsx"],
      code: 2,
      says: /还没有填报/,
      place: "in.xlsx",
    },
    {
      id: "lint --workbook tables never filled",
      files: { "in.xlsx": inputs, "draft.txt": draft },
      args: ["lint", "draft.txt", "--workbook", "in.xlsx"],
      code: 2,
      says: /还没有填报/,
      place: "in.xlsx",
    }
  );

  // ---- C. Outputs: existing files, inputs, links, what cannot be kept ----
  const chartInputs = once("chart-in", async () => {
    const data = await mutate(await inputs(), (wb) => {
      const ws = wb.addWorksheet("我的图表");
      [3, 5, 4].forEach((v, i) => (ws.getCell(i + 1, 1).value = v));
    });
    return withChart(data, "我的图表");
  });
  cases.push(
    {
      id: "narrate -o over an existing .txt",
      files: { "wb.xlsx": filled, "说明.txt": async () => "手工改过的情况说明\n" },
      args: ["narrate", "wb.xlsx", "-o", "说明.txt"],
      code: 2,
      says: /已存在.*--force/,
      place: "说明.txt",
    },
    {
      id: "narrate -o over an existing .docx",
      files: { "wb.xlsx": filled, "说明.docx": docxFile },
      args: ["narrate", "wb.xlsx", "-o", "说明.docx"],
      code: 2,
      says: /已存在.*--force/,
      place: "说明.docx",
    },
    {
      id: "narrate -o --force replaces atomically",
      files: { "wb.xlsx": filled, "说明.txt": async () => "旧稿\n" },
      args: ["narrate", "wb.xlsx", "-o", "说明.txt", "--force"],
      code: 0,
      changes: ["说明.txt"],
      says: /已写入/,
      place: "说明.txt",
      verify: async (dir) => {
        expect(await fs.readFile(path.join(dir, "说明.txt"), "utf8")).toMatch(/决算情况说明/);
      },
    },
    {
      id: "narrate -o a link to the input",
      files: { "wb.xlsx": filled },
      setup: (d) => fs.symlink("wb.xlsx", path.join(d, "link.txt")),
      args: ["narrate", "wb.xlsx", "-o", "link.txt", "--force"],
      code: 2,
      says: /输入文件/,
      place: "link.txt",
    },
    {
      id: "narrate -o unknown extension",
      files: { "wb.xlsx": filled },
      args: ["narrate", "wb.xlsx", "-o", "说明.pdf"],
      code: 2,
      says: /扩展名/,
      place: "说明.pdf",
      absent: ["说明.pdf"],
    },
    {
      id: "check -o over its own input",
      files: { "wb.xlsx": filled },
      args: ["check", "wb.xlsx", "-o", "wb.xlsx", "--force"],
      code: 2,
      says: /输入文件/,
      place: "wb.xlsx",
    },
    {
      id: "check -o over the --prior file",
      files: { "wb.xlsx": filled, "prior.xlsx": filled },
      args: ["check", "wb.xlsx", "--prior", "prior.xlsx", "-o", "prior.xlsx", "--force"],
      code: 2,
      says: /输入文件/,
      place: "prior.xlsx",
    },
    {
      id: "check -o of a workbook with a chart says what the copy lacks",
      files: { "wb.xlsx": async () => withChart(await filled(), "公开10表") },
      args: ["check", "wb.xlsx", "-o", "copy.xlsx"],
      code: [0, 1],
      changes: ["copy.xlsx"],
      says: /图表/,
      place: "copy.xlsx",
    },
    {
      id: "fill -o a symlink to the input",
      files: { "in.xlsx": inputs },
      setup: (d) => fs.symlink("in.xlsx", path.join(d, "link.xlsx")),
      args: ["fill", "in.xlsx", "-o", "link.xlsx", "--force"],
      code: 2,
      says: /输入文件/,
      place: "link.xlsx",
    },
    {
      id: "fill -o a hard link to the input",
      files: { "in.xlsx": inputs },
      setup: (d) => fs.link(path.join(d, "in.xlsx"), path.join(d, "hard.xlsx")),
      args: ["fill", "in.xlsx", "-o", "hard.xlsx", "--force"],
      code: 2,
      says: /输入文件/,
      place: "hard.xlsx",
    },
    {
      id: "fill -o the input through a linked folder",
      files: { "in.xlsx": inputs },
      setup: (d) => fs.symlink(".", path.join(d, "same")),
      args: ["fill", "in.xlsx", "-o", "same/in.xlsx", "--force"],
      code: 2,
      says: /输入文件/,
      place: "same/in.xlsx",
    },
    {
      id: "fill -o an existing file",
      files: { "in.xlsx": inputs, "out.xlsx": filled },
      args: ["fill", "in.xlsx", "-o", "out.xlsx"],
      code: 2,
      says: /已存在.*--force/,
      place: "out.xlsx",
    },
    {
      id: "fill a workbook with a chart says what the output lacks",
      files: { "in.xlsx": chartInputs },
      args: ["fill", "in.xlsx", "-o", "out.xlsx"],
      code: 0,
      changes: ["out.xlsx"],
      says: /图表.*out\.xlsx/,
      place: "in.xlsx",
    },
    {
      id: "fill -o into a missing folder",
      files: { "in.xlsx": inputs },
      args: ["fill", "in.xlsx", "-o", "没有这个文件夹/out.xlsx"],
      code: 2,
      says: /不存在/,
      place: "没有这个文件夹",
    },
    {
      id: "fill -o not .xlsx",
      files: { "in.xlsx": inputs },
      args: ["fill", "in.xlsx", "-o", "out.txt"],
      code: 2,
      says: /扩展名/,
      place: "out.txt",
      absent: ["out.txt"],
    },
    {
      id: "init over an existing file",
      files: { "book.xlsx": inputs },
      args: ["init", "book.xlsx", "--dept", "某局", "--year", "2021"],
      code: 2,
      says: /已存在.*--force/,
      place: "book.xlsx",
    },
    {
      id: "init --force keeps the filled input sheets",
      files: { "book.xlsx": filled },
      args: ["init", "book.xlsx", "--dept", "景德镇市陶瓷产业发展局", "--year", "2021", "--force"],
      code: 0,
      changes: ["book.xlsx"],
      says: /原样保留/,
      place: "book.xlsx",
      verify: async (dir) => {
        const ExcelJSLib = (await import("exceljs")).default;
        const count = async (data: Buffer) => {
          const wb = new ExcelJSLib.Workbook();
          await wb.xlsx.load(data as unknown as ArrayBuffer);
          const ws = wb.getWorksheet("收支明细") as ExcelJS.Worksheet;
          let cells = 0;
          ws.eachRow((row) => row.eachCell(() => cells++));
          return cells;
        };
        expect(await count(await fs.readFile(path.join(dir, "book.xlsx")))).toBe(
          await count(base().filled)
        );
      },
    },
    {
      id: "init --force over a workbook with a chart",
      files: { "book.xlsx": chartInputs },
      args: ["init", "book.xlsx", "--dept", "某局", "--year", "2021", "--force"],
      code: 2,
      says: /图表/,
      place: "book.xlsx",
    },
    {
      id: "init duplicate --unit",
      files: {},
      args: [
        "init",
        "new.xlsx",
        "--dept",
        "某局",
        "--year",
        "2021",
        "--unit",
        "甲单位",
        "--unit",
        "甲单位",
      ],
      code: 2,
      says: /重复/,
      place: "甲单位",
      absent: ["new.xlsx"],
    },
    {
      id: "demo --out an existing file",
      files: { "out.txt": async () => "x" },
      args: ["demo", "--out", "out.txt"],
      code: 2,
      says: /文件夹/,
      place: "out.txt",
    },
    {
      id: "demo --out below a file",
      files: { "out.txt": async () => "x" },
      args: ["demo", "--out", "out.txt/sub"],
      code: 2,
      place: "out.txt/sub",
    }
  );

  // ---- Full disk: a 64 KiB tmpfs, where the machine lets us mount one ----
  const tiny =
    (name: string): Case["setup"] =>
    (d) => {
      const mount = path.join(d, name);
      execFileSync("mkdir", ["-p", mount]);
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mount]);
    };
  const canMount = () => (process.getuid?.() === 0 ? undefined : "需要 root 权限挂载小容量 tmpfs");
  cases.push(
    {
      id: "fill -o on a full disk",
      files: { "in.xlsx": inputs },
      setup: tiny("disk"),
      args: ["fill", "in.xlsx", "-o", "disk/out.xlsx"],
      code: 2,
      says: /磁盘空间不足/,
      place: "disk/out.xlsx",
      absent: ["disk/out.xlsx"],
      skip: canMount,
      verify: async (dir) => expect(await fs.readdir(path.join(dir, "disk"))).toEqual([]),
    },
    {
      id: "narrate -o --force on a full disk keeps the old file",
      files: { "wb.xlsx": filled },
      setup: async (d) => {
        tiny("disk")?.(d);
        await fs.writeFile(path.join(d, "disk/old.docx"), "旧稿");
        await fs.writeFile(path.join(d, "disk/filler"), Buffer.alloc(60 * 1024, 1));
      },
      args: ["narrate", "wb.xlsx", "-o", "disk/old.docx", "--force"],
      code: 2,
      says: /磁盘空间不足.*未改动/,
      place: "disk/old.docx",
      skip: canMount,
      verify: async (dir) => {
        expect(await fs.readFile(path.join(dir, "disk/old.docx"), "utf8")).toBe("旧稿");
        expect((await fs.readdir(path.join(dir, "disk"))).sort()).toEqual(["filler", "old.docx"]);
      },
    }
  );

  // ---- D. Folders and options of check ----
  cases.push(
    {
      id: "check a folder with subfolders",
      files: {},
      setup: async (d) => {
        await fs.mkdir(path.join(d, "批量/子目录/更深"), { recursive: true });
        await fs.writeFile(path.join(d, "批量/a.xlsx"), await filled());
        await fs.writeFile(path.join(d, "批量/子目录/更深/b.xlsx"), await filled());
      },
      args: ["check", "批量"],
      code: 0,
      says: /共 2 个文件/,
      place: "b.xlsx",
    },
    {
      id: "check a folder with a symlink loop",
      files: {},
      setup: async (d) => {
        await fs.mkdir(path.join(d, "批量/子目录"), { recursive: true });
        await fs.writeFile(path.join(d, "批量/子目录/a.xlsx"), await filled());
        await fs.symlink("..", path.join(d, "批量/子目录/回到上级"));
        await fs.writeFile(path.join(d, "批量/b.xlsx"), await filled());
      },
      args: ["check", "批量"],
      code: 0,
      says: /共 2 个文件/,
      place: "a.xlsx",
      seconds: 60,
    },
    {
      id: "check a folder with an .ods among the workbooks",
      files: {},
      setup: async (d) => {
        await fs.mkdir(path.join(d, "批量"));
        await fs.writeFile(path.join(d, "批量/a.xlsx"), await filled());
        await fs.writeFile(path.join(d, "批量/c.ods"), await odsFile());
      },
      args: ["check", "批量"],
      code: 2,
      says: /OpenDocument.*另存为/,
      place: "c.ods",
    },
    {
      id: "check --jobs 1000 is capped",
      files: {},
      setup: async (d) => {
        await fs.mkdir(path.join(d, "批量"));
        for (const n of ["a", "b", "c", "d"])
          await fs.writeFile(path.join(d, `批量/${n}.xlsx`), await filled());
      },
      args: ["check", "批量", "--jobs", "1000"],
      code: 0,
      says: /共 4 个文件[\s\S]*超过本机 CPU 核数，按 \d+ 个并行/,
      place: "a.xlsx",
      seconds: 90,
    },
    ...["abc", "0", "-3", "2.5"].map((jobs): Case => ({
      id: `check --jobs ${jobs}`,
      files: { "a.xlsx": filled, "b.xlsx": filled },
      args: ["check", "a.xlsx", "b.xlsx", `--jobs=${jobs}`],
      code: 2,
      says: /--jobs/,
      place: jobs,
    })),
    {
      id: "check --prior the same file",
      files: { "wb.xlsx": filled },
      args: ["check", "wb.xlsx", "--prior", "wb.xlsx"],
      code: 2,
      says: /本身/,
      place: "wb.xlsx",
    },
    {
      id: "check --prior the same file through a link",
      files: { "wb.xlsx": filled },
      setup: (d) => fs.symlink("wb.xlsx", path.join(d, "上年.xlsx")),
      args: ["check", "wb.xlsx", "--prior", "上年.xlsx"],
      code: 2,
      says: /本身/,
      place: "上年.xlsx",
    },
    {
      id: "check --prior of another department",
      files: {
        "wb.xlsx": filled,
        "other.xlsx": async () =>
          mutate(await filled(), (wb) => setBasics(wb, "部门名称", "另一个局")),
      },
      args: ["check", "wb.xlsx", "--prior", "other.xlsx"],
      code: 2,
      says: /另一个局/,
      place: "other.xlsx",
    },
    {
      id: "check --prior of a wrong year",
      files: {
        "wb.xlsx": filled,
        "old.xlsx": async () => mutate(await filled(), (wb) => setBasics(wb, "决算年度", 2018)),
      },
      args: ["check", "wb.xlsx", "--prior", "old.xlsx"],
      code: 2,
      says: /2018 年度.*2020 年度/,
      place: "old.xlsx",
    },
    {
      id: "check --prior of last year is accepted",
      files: {
        "wb.xlsx": filled,
        "last.xlsx": async () => mutate(await filled(), (wb) => setBasics(wb, "决算年度", 2020)),
      },
      args: ["check", "wb.xlsx", "--prior", "last.xlsx"],
      code: [0, 1],
      says: /校验/,
      place: "wb.xlsx",
    },
    {
      id: "check a name starting with a dash",
      files: { "-wb.xlsx": filled },
      args: ["check", "-wb.xlsx"],
      code: 2,
      says: /未知选项/,
      place: "-wb.xlsx",
    },
    {
      id: "fill a name with spaces and brackets",
      files: { "我的 决算 (1).xlsx": inputs },
      args: ["fill", "我的 决算 (1).xlsx", "-o", "结果 (1).xlsx"],
      code: 0,
      changes: ["结果 (1).xlsx"],
      says: /已填报/,
      place: "结果 (1).xlsx",
    },
    {
      id: "fill -o a name too long for the file system",
      files: { "in.xlsx": inputs },
      args: ["fill", "in.xlsx", "-o", `${"长".repeat(120)}.xlsx`],
      code: 2,
      says: /过长/,
      place: "长长长",
    }
  );

  // ---- E. Pipes: the reader closes early ----
  cases.push(
    {
      id: "check | head -1",
      files: { "wb.xlsx": filled },
      args: ["check", "wb.xlsx"],
      pipe: "head -1",
      code: [0, 1],
    },
    {
      id: "check --json | a reader already gone",
      // The reader exits before the report is written: every write meets a closed pipe.
      files: { "wb.xlsx": filled },
      args: ["check", "wb.xlsx", "--json"],
      pipe: "true",
      code: [0, 1],
    },
    {
      id: "lint | head -1",
      files: { "draft.txt": async () => seedDraft().repeat(20) },
      args: ["lint", "draft.txt"],
      pipe: "head -1",
      code: [0, 1],
    }
  );

  // ---- F. Drafts for lint: empty, odd, huge ----
  const notText: [string, () => Promise<Buffer | string>, RegExp][] = [
    ["empty.txt", async () => "", /没有可检查的内容/],
    ["spaces.txt", async () => "   \n\n\t　　\r\n", /没有可检查的内容/],
    ["tiny.txt", async () => "收入。", /没有可检查的内容/],
    ["english.txt", async () => "This is a draft in English with 12.5 and 13.", /没有可检查的内容/],
    ["binary.txt", async () => Buffer.from([0, 1, 2, 3, 0, 255, 0]), /不是文本文件/],
    ["draft.pdf", async () => "%PDF-1.4", /PDF/],
    ["broken.docx", async () => "PK\u0003\u0004 not really", /不是有效的 .docx/],
  ];
  for (const [name, make, says] of notText) {
    cases.push({
      id: `lint ${name}`,
      files: { [name]: make },
      args: ["lint", name],
      code: 2,
      says,
      place: name,
    });
  }
  cases.push(
    {
      id: "lint a folder",
      files: {},
      setup: (d) => fs.mkdir(path.join(d, "稿子")),
      args: ["lint", "稿子"],
      code: 2,
      says: /文件夹/,
      place: "稿子",
    },
    {
      id: "lint a named pipe does not hang",
      files: {},
      setup: (d) => {
        execFileSync("mkfifo", [path.join(d, "draft.txt")]);
      },
      args: ["lint", "draft.txt"],
      code: 2,
      says: /管道|不是普通文件/,
      place: "draft.txt",
      seconds: 20,
    },
    {
      id: "lint a 200,000-digit number",
      files: {
        "digits.txt": async () => `本年收入合计${"9".repeat(200_000)}万元，较上年增长5.00%。\n`,
      },
      args: ["lint", "digits.txt"],
      code: [0, 1],
      says: /200000 位/,
      place: "第1行",
      seconds: 15,
    },
    {
      id: "lint a 10 MB draft",
      files: {
        "big.txt": async () =>
          seedDraft().repeat(Math.ceil(10_000_000 / Buffer.byteLength(seedDraft()))),
      },
      args: ["lint", "big.txt", "--json"],
      pipe: "tail -c 100",
      code: [0, 1],
      seconds: 100,
      verify: (_dir, result) => {
        if (result.peakMiB !== undefined) expect(result.peakMiB).toBeLessThan(550);
      },
    },
    {
      id: "lint one 2 MB line",
      files: { "line.txt": async () => "本年支出合计100.00万元，较上年增加".repeat(100_000) },
      args: ["lint", "line.txt", "--json"],
      pipe: "tail -c 100",
      code: [0, 1],
      seconds: 90,
    },
    {
      id: "lint a traditional-character draft finds what the simplified one finds",
      files: { "繁体.txt": async () => toTraditional(seedDraft()) },
      args: ["lint", "繁体.txt", "--json"],
      code: 1,
      says: /繁体字/,
      place: "繁体.txt",
      verify: (dir, result) => {
        const simplified = JSON.parse(execCli(dir, ["lint", SEED_DRAFT, "--json"]).stdout) as {
          severity: string;
        }[];
        const traditional = JSON.parse(result.stdout) as { severity: string }[];
        const errors = (list: { severity: string }[]) =>
          list.filter((f) => f.severity === "error").length;
        expect(errors(traditional)).toBe(errors(simplified));
        expect(errors(traditional)).toBeGreaterThan(5);
      },
    },
    {
      id: "lint a UTF-16 draft",
      files: {
        "utf16.txt": async () =>
          Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedDraft(), "utf16le")]),
      },
      args: ["lint", "utf16.txt"],
      code: 1,
      says: /结论/,
      place: "utf16.txt",
    }
  );
  // These need a process of their own: a pipe that could hang, a heap to cap, worker threads
  // (which run lib/), and a few plain ones to see that no stack trace reaches the terminal.
  const spawned =
    /pipe|200,000|10 MB|2 MB|folder with|jobs 1000|full disk|^check (truncated|bad-xml|loop)\.xlsx|^fill table\.ods/;
  for (const c of cases) if (spawned.test(c.id)) c.spawn = true;
  return cases;
}

function setBasics(wb: ExcelJS.Workbook, caption: string, value: string | number): void {
  const ws = wb.getWorksheet("基础信息") as ExcelJS.Worksheet;
  ws.eachRow((row) => {
    if (String(row.getCell(1).value ?? "").trim() === caption) row.getCell(2).value = value;
  });
}

let seed: string | undefined;
/** The department's published 情况说明 (slips included), the draft the suite varies. */
export function seedDraft(): string {
  seed ??= (require("fs") as typeof import("fs")).readFileSync(SEED_DRAFT, "utf8");
  return seed as string;
}

function toTraditional(text: string): string {
  const OpenCC = require("opencc-js/cn2t") as {
    Converter(o: { from: string; to: string }): (t: string) => string;
  };
  return OpenCC.Converter({ from: "cn", to: "t" })(text);
}

/** A second, synchronous run of the CLI inside a case's verify step. */
export function execCli(dir: string, args: string[]): { stdout: string; code: number } {
  try {
    const stdout = execFileSync(process.execPath, [CLI, ...args], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { stdout, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; status: number };
    return { stdout: e.stdout, code: e.status };
  }
}
