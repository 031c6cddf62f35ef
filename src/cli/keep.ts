import { unkeptPartsOfFile } from "../xlsx/keep";
import type { Output } from "./output";

/** After writing a new file made from `input`: says what of the input the new file lacks. */
export async function reportUnkept(input: string, written: string, output: Output): Promise<void> {
  const lost = await unkeptPartsOfFile(input).catch(() => []);
  if (!lost.length) return;
  output.error(
    `警告：「${input}」中的${lost.join("、")}无法由命令行工具保留，「${written}」中没有这些内容（原文件未改动）。` +
      "需要时请在 Excel 中把它们复制到新文件，或在 Excel 加载项中填报"
  );
}
