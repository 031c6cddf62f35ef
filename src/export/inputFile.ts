import { promises as fs } from "fs";
import { UserError } from "../core/errors";
import { describeFsError } from "./fsErrors";

/**
 * Reads an input file whole, refusing what would hang or exhaust memory: a folder, a named pipe or
 * device (reading one waits for a writer that may never come), or a file larger than `maxBytes`.
 */
export async function readInputFile(file: string, what: string, maxBytes: number): Promise<Buffer> {
  const stat = await fs.stat(file).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException)?.code;
    throw new UserError(
      code === "ENOENT" ? `找不到文件「${file}」` : `无法读取「${file}」：${describeFsError(error)}`
    );
  });
  if (stat.isDirectory()) throw new UserError(`「${file}」是文件夹，请指定一个${what}`);
  if (!stat.isFile())
    throw new UserError(`「${file}」不是普通文件（管道或设备），请指定一个${what}`);
  if (stat.size > maxBytes) {
    throw new UserError(
      `「${file}」有 ${(stat.size / 1048576).toFixed(0)} MB，超过${what}的合理大小（${maxBytes / 1048576} MB）：请确认选对了文件`
    );
  }
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new UserError(`无法读取「${file}」：${describeFsError(error)}`);
  }
}
