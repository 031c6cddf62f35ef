import { constants, promises as fs } from "fs";
import * as path from "path";
import { UserError } from "../core/errors";
import { describeFsError } from "./fsErrors";

/**
 * The one way every command writes a file (init, fill, check -o, narrate -o, demo):
 * - an existing file is replaced only with --force, and the message says so;
 * - never over any of the command's inputs, compared after symlinks and hard links;
 * - the data goes to a temporary file in the same folder and is renamed into place, so a failed
 *   write (full disk, killed process) leaves the old file as it was and no fragment behind.
 */
export interface OutputPolicy {
  /** Replace an existing file (--force). */
  force?: boolean;
  /** Files the command reads: the output may not be any of them, whatever --force says. */
  inputs?: readonly string[];
  /** Accepted extensions, lower case with the dot (".xlsx"). */
  extensions: readonly string[];
  /** How the user overrides the existing-file refusal; "--force" unless the command differs. */
  forceHint?: string;
}

/** Refuses, in Chinese, an output the policy does not allow; call it before any long work. */
export async function checkOutput(file: string, policy: OutputPolicy): Promise<void> {
  const ext = path.extname(file).toLowerCase();
  if (!policy.extensions.includes(ext)) {
    const allowed = policy.extensions
      .join("、")
      .replace(/、([^、]*)$/, policy.extensions.length > 1 ? " 或 $1" : "$1");
    throw new UserError(`输出文件「${file}」应以 ${allowed} 结尾（扩展名）`);
  }
  const dir = path.dirname(path.resolve(file));
  const dirStat = await fs.stat(dir).catch((error: unknown) => {
    throw new UserError(`无法写入「${file}」：文件夹「${dir}」${folderProblem(error)}`);
  });
  if (!dirStat.isDirectory()) throw new UserError(`无法写入「${file}」：「${dir}」不是文件夹`);
  try {
    await fs.access(dir, constants.W_OK);
  } catch {
    throw new UserError(`无法写入「${file}」：没有文件夹「${dir}」的写入权限`);
  }
  const existing = await fs.lstat(file).catch(() => undefined);
  for (const input of policy.inputs ?? []) {
    if (await sameFile(file, input)) {
      throw new UserError(
        `输出文件不能与输入文件相同：「${file}」就是输入文件「${input}」（或指向它的链接）。` +
          "本工具从不改写输入文件，请用另一个文件名，核对无误后再自行替换原文件"
      );
    }
  }
  if (!existing) return;
  const target = existing.isSymbolicLink() ? await fs.stat(file).catch(() => undefined) : existing;
  if (target?.isDirectory())
    throw new UserError(`无法写入「${file}」：这是一个文件夹，请指定文件名`);
  if (!policy.force) {
    throw new UserError(
      `「${file}」已存在。为免覆盖已有数据，请换一个文件名；确认要覆盖时加 ${policy.forceHint ?? "--force"}`
    );
  }
}

/** Writes `data` to `file` through a temporary file in the same folder (see checkOutput). */
export async function writeOutput(
  file: string,
  data: Uint8Array | string,
  policy: OutputPolicy
): Promise<void> {
  await checkOutput(file, policy);
  // A symlinked output is replaced where it points, so the link keeps working.
  const target = await fs.realpath(file).catch(() => path.resolve(file));
  const temp = path.join(
    path.dirname(target),
    `.~${path.basename(target)}.${process.pid}.${Date.now()}.tmp`
  );
  let handle: fs.FileHandle | undefined;
  try {
    // A replaced file keeps its permissions.
    const mode = (await fs.stat(target).catch(() => undefined))?.mode ?? 0o666;
    handle = await fs.open(temp, "wx", mode & 0o777);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new UserError(`无法写入「${file}」：${describeFsError(error)}（原有文件未改动）`);
  }
}

/** Whether two paths name the same file: real paths after symlinks, or the same inode (hard links). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([realOrResolved(a), realOrResolved(b)]);
  if (ra === rb) return true;
  const [sa, sb] = await Promise.all([
    fs.stat(a).catch(() => undefined),
    fs.stat(b).catch(() => undefined),
  ]);
  return Boolean(sa && sb && sa.dev === sb.dev && sa.ino === sb.ino);
}

async function realOrResolved(file: string): Promise<string> {
  const real = await fs.realpath(file).catch(() => undefined);
  if (real) return real;
  // A file that does not exist yet: resolve its folder, which may be a link.
  const dir = await fs.realpath(path.dirname(path.resolve(file))).catch(() => undefined);
  return dir ? path.join(dir, path.basename(file)) : path.resolve(file);
}

function folderProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "不存在";
  return `无法访问（${describeFsError(error)}）`;
}
