import { Command, CommanderError, Help, Option } from "commander";
import { UserError } from "../core/errors";
import { displayWidth } from "../core/text/width";
import { overrideHint, reportInternalError } from "./failure";
import { Output, consoleOutput } from "./output";
import { packageVersion } from "./version";

const HEADINGS: Record<string, string> = {
  "Usage:": "用法：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Arguments:": "参数：",
  "Global Options:": "全局选项：",
};

const OVERWRITE = "输出文件已存在时覆盖";

// Each command's module (and through it ExcelJS, docx, the rule tables…) is loaded only when that
// command runs, so `juesuan --help` and a mistyped option answer at once.
const commands = {
  init: () => import("./commands/init"),
  fill: () => import("./commands/fill"),
  check: () => import("./commands/check"),
  narrate: () => import("./commands/narrate"),
  lint: () => import("./commands/lint"),
  demo: () => import("./commands/demo"),
  profiles: () => import("./commands/profiles"),
  publish: () => import("./commands/publish"),
};

class ChineseHelp extends Help {
  override styleTitle(title: string): string {
    return HEADINGS[title] ?? title;
  }

  /** Chinese characters take two columns in a terminal; commander pads by this. */
  override displayWidth(text: string): number {
    return displayWidth(text);
  }

  override optionDescription(option: Option): string {
    return super.optionDescription(option).replace(/\(default: (.*)\)$/, "（默认：$1）");
  }
}

/** Builds the command tree; `done` receives each action's exit code. */
export function buildProgram(output: Output, done: (code: number) => void): Command {
  const program = new Command("juesuan");
  program
    .description("部门决算公开：生成公开表模板、由明细数据填报、勾稽校验、撰写与检查情况说明")
    .version(packageVersion(), "-V, --version", "显示版本号")
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [命令]", "显示某个命令的帮助").createHelp = () => new ChineseHelp();
  program.exitOverride().configureOutput({
    writeOut: (text) => output.line(text.trimEnd()),
    writeErr: (text) => output.error(text.trimEnd()),
    outputError: () => undefined, // errors are translated and printed by main()
  });

  program
    .command("init")
    .description(
      "按省份和年度的公开表格式生成空白公开表和输入表（基础信息、收支明细、预算与上年数、补充信息、科目补充）"
    )
    .argument("<输出文件>", "要生成的 .xlsx 文件")
    .requiredOption("--dept <部门名称>", "部门（编制单位）名称")
    .option("--year <年度>", "决算年度，如 2021（指定 --profile 时默认为该格式适用的最后一年）")
    .addOption(
      new Option(
        "--unit <单位名称[:单位性质]>",
        "纳入决算的单位，可重复；默认为部门本身"
      ).argParser(collect)
    )
    .option("--province <省份>", "省份，与 --year 一起选定公开表格式（默认：江西）")
    .option("--profile <格式>", "公开表格式（见 juesuan profiles），代替 --province")
    .option("--force", OVERWRITE)
    .action(async (out: string, args) =>
      done(await (await commands.init()).runInit(out, args, output))
    );

  program
    .command("profiles")
    .description("列出内置的公开表格式：省份、适用年度和各表")
    .option("--json", "以 JSON 输出")
    .action(async (args) => done((await commands.profiles()).runProfiles(args, output)));

  program
    .command("fill")
    .description("由输入表（收支明细等）计算并填写十张公开表，写入新文件")
    .argument("<输入文件>", "含输入表的 .xlsx 文件（juesuan init 生成）")
    .requiredOption("-o, --output <输出文件>", "填报结果写入的 .xlsx 文件（不能与输入文件相同）")
    .option("--values", "写入数值而不是公式（表格不再随明细自动更新）")
    .option("--tail-adjust", "调整尾差：显示数的各部分之和与合计一致（写入数值）")
    .option(
      "--prior <上年文件>",
      "由上年决算公开工作簿填写“预算与上年数”中空着的上年决算数（已填的不改动，不同时提示）"
    )
    .option("--force", "输出文件已存在、或公开表被手工改过时仍然覆盖")
    .action(async (input: string, args) =>
      done(await (await commands.fill()).runFill(input, args, output))
    );

  program
    .command("check")
    .description("逐条检查十张公开表的勾稽关系；可一次检查多个文件或整个文件夹")
    .argument("<文件或文件夹...>", "要检查的 .xlsx 文件，或含 .xlsx 文件的文件夹")
    .option("--json", "以 JSON 输出检查结果")
    .option("--prior <上年文件>", "上年决算公开工作簿，用于检查年初数与上年年末数")
    .option("-o, --output <输出文件>", "另存一份带“校验”表（公式）的副本（仅单个文件）")
    .option("--force", OVERWRITE)
    .option("--jobs <个数>", "批量检查时并行的进程数，默认为 CPU 核数")
    .option("--profile <模板>", "按指定模板读表（默认按工作簿中的表自动识别）")
    .option("--explain", "逐表列出在哪里找到、哪些行列已对应、哪些没有找到")
    .action(async (inputs: string[], args) =>
      done(await (await commands.check()).runCheck(inputs, args, output))
    );

  program
    .command("narrate")
    .description("由工作簿中的表格数字和主要原因生成决算情况说明")
    .argument("<工作簿>", "已填报的 .xlsx 文件")
    .option("-o, --output <输出文件>", "写入 .docx、.txt 或 .md 文件；省略时输出到屏幕")
    .option("--force", OVERWRITE)
    .action(async (file: string, args) =>
      done(await (await commands.narrate()).runNarrate(file, args, output))
    );

  program
    .command("publish")
    .description(
      "生成完整的部门决算公开文档（Word）：封面、目录、部门概况、公开表、情况说明（含图表）、名词解释"
    )
    .argument("<工作簿>", "已填报的 .xlsx 文件")
    .requiredOption("-o, --output <输出文件>", "写入的 .docx 文件")
    .option("--date <落款日期>", "落款日期，如 2022年9月")
    .option("--tail-note", "在公开表后加注尾差说明（有显示尾差时默认加注）")
    .option("--no-tail-note", "不加注尾差说明")
    .option("--force", OVERWRITE)
    .action(async (file: string, args) =>
      done(await (await commands.publish()).runPublish(file, args, output))
    );

  program
    .command("lint")
    .description("检查情况说明草稿：方向词、增减额与增减率、占比、完成率、合计、空白与模板残留")
    .argument("<草稿文件>", ".txt（UTF-8 或 GB18030）或 .docx；可以是从 PDF 复制的文字")
    .option("--workbook <工作簿>", "同时与工作簿中公开表的数字核对")
    .option("--json", "以 JSON 输出检查结果")
    .action(async (file: string, args) =>
      done(await (await commands.lint()).runLint(file, args, output))
    );

  program
    .command("demo")
    .description("在自带的样例部门上运行全流程，结果写入 out/ 文件夹")
    .option("--out <文件夹>", "输出文件夹（指定 --profile 时默认为 out/格式）")
    .option("--profile <格式>", "用该公开表格式的样例部门（见 juesuan profiles）")
    .action(async (args) => done(await (await commands.demo()).runDemo(args, output)));

  for (const command of program.commands) {
    command
      .helpOption("-h, --help", "显示帮助")
      .exitOverride()
      .configureOutput(program.configureOutput());
    command.createHelp = () => new ChineseHelp();
  }
  return program;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Runs the CLI; returns the process exit code (0 ok, 1 findings, 2 cannot run). */
export async function main(
  argv: readonly string[],
  output: Output = consoleOutput
): Promise<number> {
  let code = 0;
  const program = buildProgram(output, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    return reportError(error, output);
  }
}

function reportError(error: unknown, output: Output): number {
  if (error instanceof CommanderError) {
    if (
      error.code === "commander.helpDisplayed" ||
      error.code === "commander.version" ||
      error.code === "commander.help"
    ) {
      return 0;
    }
    output.error(`错误：${translateCommanderError(error)}`);
    output.error("用 juesuan --help 查看用法。");
    return 2;
  }
  if (error instanceof UserError) {
    output.error(`错误：${error.message}`);
    for (const detail of error.details) output.error(`  - ${detail}`);
    const hint = overrideHint(error);
    if (hint) output.error(hint);
    return 2;
  }
  return reportInternalError(error, output);
}

function translateCommanderError(error: CommanderError): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  const option = quoted.split(/[ <[]/)[0];
  switch (error.code) {
    case "commander.missingArgument":
      return `缺少参数「${quoted}」`;
    case "commander.optionMissingArgument":
      return `选项 ${option} 缺少取值`;
    case "commander.missingMandatoryOptionValue":
      return `缺少必填选项 ${option}`;
    case "commander.unknownOption":
      return `未知选项 ${quoted}`;
    case "commander.unknownCommand":
      return `未知命令「${quoted}」`;
    case "commander.excessArguments":
      return "参数过多";
    case "commander.invalidArgument":
      return `参数无效：${error.message.replace(/^error: /, "")}`;
    default:
      return error.message.replace(/^error: /, "");
  }
}
