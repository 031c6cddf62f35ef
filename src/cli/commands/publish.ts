import { Packer } from "docx";
import { publishWorkbook } from "../../core/app/publish";
import { checkOutput, writeOutput } from "../../export/outputFile";
import { svgToPng } from "../../export/png";
import { chartImages, publishedWordDocument } from "../../export/publish";
import { XlsxFilePort } from "../../xlsx/filePort";
import { refuseUnfilled } from "../filled";
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
  // Printed figures that do not add up get the 尾差 note unless asked otherwise (--no-tail-note).
  const { doc, narrated, gaps } = await publishWorkbook(port, { tailNote: args.tailNote });
  await refuseUnfilled(port, file, narrated.tables);
  const images = await chartImages(doc.charts, async (svg, width) => svgToPng(svg, width));
  const buffer = await Packer.toBuffer(publishedWordDocument(doc, { date: args.date, images }));
  await writeOutput(args.output, buffer, policy);
  const empty = doc.tables.filter((t) => t.emptyNote).map((t) => t.code);
  output.line(
    `已写入「${args.output}」：${doc.tables.length} 张表${empty.length ? `（空表：${empty.join("、")}）` : ""}，${doc.charts.length} 幅图`
  );
  if (gaps)
    output.line(
      `  打印的两位小数相加不一致（尾差）${gaps} 处${doc.tailNote ? "：已在公开表后加注尾差说明" : ""}`
    );
  if (!doc.duties.length)
    output.error("提示：“补充信息”表的“主要职能”未填写，文中留有【请填写】字样");
  if (narrated.narrative.missingReasons.length)
    output.error(
      `提示：有 ${narrated.narrative.missingReasons.length} 处主要原因未填写（文中显示为【请填写主要原因】）`
    );
  return 0;
}
