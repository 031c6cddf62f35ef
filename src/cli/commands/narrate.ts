import { narrateWorkbook } from "../../core/app/narrate";
import { reasonCaption } from "../../core/inputs/indicators";
import { XlsxFilePort } from "../../xlsx/filePort";
import { checkNarrativeOutput, writeNarrativeFile } from "../../export/files";
import { refuseUnfilled } from "../filled";
import type { Output } from "../output";

export interface NarrateArgs {
  output?: string;
  force?: boolean;
}

/** juesuan narrate WB.xlsx [-o OUT.docx|.txt|.md]: the 决算情况说明 from the workbook's figures. */
export async function runNarrate(file: string, args: NarrateArgs, output: Output): Promise<number> {
  const policy = { force: args.force, inputs: [file] };
  if (args.output) await checkNarrativeOutput(args.output, policy);
  const port = await XlsxFilePort.open(file, { calculated: "all" });
  const result = await narrateWorkbook(port);
  await refuseUnfilled(port, file, result.tables);
  const title = `${result.department}${result.year}年度部门决算情况说明`;
  if (result.narrative.missingReasons.length) {
    output.error(
      `警告：有 ${result.narrative.missingReasons.length} 处主要原因未填写（文中显示为【请填写主要原因】）：${result.narrative.missingReasons.map(reasonCaption).join("；")}`
    );
  }
  if (args.output) {
    await writeNarrativeFile(result.narrative, title, args.output, policy);
    output.line(`已写入「${args.output}」`);
  } else {
    output.line(title);
    output.line("");
    output.line(result.narrative.text);
  }
  return 0;
}
