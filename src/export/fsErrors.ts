/**
 * File-system errors in Chinese. Node's own text ("ELOOP: too many symbolic links…") never reaches
 * the user; an unknown code is named so a support request can still be precise.
 */
const FS_ERRORS: Record<string, string> = {
  ENOENT: "文件或文件夹不存在",
  EACCES: "没有访问权限",
  EPERM: "没有访问权限（或文件被设为只读）",
  EISDIR: "这是一个文件夹，不是文件",
  ENOTDIR: "路径中有一段不是文件夹",
  ENOSPC: "磁盘空间不足",
  EDQUOT: "磁盘配额已用完",
  EFBIG: "文件过大",
  EROFS: "所在磁盘为只读",
  EBUSY: "文件正被其他程序占用（如已在 Excel 中打开），请关闭后再试",
  ETXTBSY: "文件正被其他程序占用，请关闭后再试",
  ELOOP: "路径中的符号链接形成了循环",
  ENAMETOOLONG: "文件名或路径过长",
  EEXIST: "同名文件已存在",
  EMFILE: "同时打开的文件过多，请稍后再试",
  ENFILE: "同时打开的文件过多，请稍后再试",
  EIO: "磁盘读写出错（磁盘或网络盘可能有故障）",
  EINVAL: "文件名或路径无效",
  EXDEV: "不能跨磁盘移动文件",
  EAGAIN: "文件暂时无法访问，请稍后再试",
  ECONNRESET: "网络盘连接中断",
};

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && FS_ERRORS[code]) return FS_ERRORS[code];
  return code ? `系统错误（${code}）` : "系统错误";
}

/** Whether an error came from the file system (has an errno code) rather than from our logic. */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException;
  return Boolean(e && typeof e.code === "string" && /^E[A-Z]+$/.test(e.code) && e.syscall);
}
