import { Packer } from "docx";
import { checkTables } from "../../core/app/checkTables";
import { narrateWorkbook } from "../../core/app/narrate";
import { isVisibleGap } from "../../core/rules/visible";
import { publishedDocument } from "../../core/publish/document";
import { checkOutput, writeOutput } from "../../export/outputFile";
import { refuseUnfilled } from "../filled";
import { XlsxFilePort } from "../../xlsx/filePort";
import { publishedWordDocument } from "../../export/publish";
import type { Output } from "../output";

export interface PublishArgs {
  output: string;
  force?: boolean;
  date?: string;
  tailNote?: boolean;
}

/** juesuan publish WB.xlsx -o 公开.docx: the whole 部门决算 document in Word. */
export async function runPublish(file: string, args: PublishArgs, output: Output): Promise<number> {
  const policy = { force: args.force, inputs: [file], extensions: [".docx"] };
  await checkOutput(args.output, policy);
  const port = await XlsxFilePort.open(file, { calculated: "all" });
  const result = await narrateWorkbook(port);
  await refuseUnfilled(port, file, result.tables);
  // Printed figures that do not add up get the 尾差 note unless asked otherwise (--no-tail-note).
  const gaps = checkTables(result.tables, result.profile).findings.filter(isVisibleGap).length;
  const tailNote = args.tailNote ?? gaps > 0;
  const doc = publishedDocument(
    result.profile,
    result.tables,
    result.data,
    result.context,
    result.narrative,
    { tailNote }
  );
  const buffer = await Packer.toBuffer(publishedWordDocument(doc, { date: args.date }));
  await writeOutput(args.output, buffer, policy);
  const empty = doc.tables.filter((t) => t.emptyNote).map((t) => t.code);
  output.line(
    `已写入「${args.output}」：${doc.tables.length} 张表${empty.length ? `（空表：${empty.join("、")}）` : ""}，${doc.charts.length} 幅图`
  );
  if (gaps)
    output.line(
      `  打印的两位小数相加不一致（尾差）${gaps} 处${tailNote ? "：已在公开表后加注尾差说明" : ""}`
    );
  if (!doc.duties.length)
    output.error("提示：“补充信息”表的“主要职能”未填写，文中留有【请填写】字样");
  if (result.narrative.missingReasons.length)
    output.error(
      `提示：有 ${result.narrative.missingReasons.length} 处主要原因未填写（文中显示为【请填写主要原因】）`
    );
  return 0;
}
