// The files the manifest's asset URLs name: present in assets/, icons of the declared size.
import * as fs from "fs";
import * as path from "path";
import type { Checks } from "./context";

export function checkAssets(checks: Checks, assetsDir: string): void {
  const fileOf = (url: string) => assetFile(url, checks.assetsBase, assetsDir);
  for (const { where, url } of checks.assetRefs) {
    const file = fileOf(url);
    if (!file) checks.report(where, `资源文件路径无效：“${url}”`);
    else if (!fs.existsSync(file)) checks.report(where, `引用的资源文件不存在：${file}（${url}）`);
  }
  for (const { where, url, size } of checks.iconSizeChecks) {
    const file = url && url.startsWith(checks.assetsBase) ? fileOf(url) : undefined;
    if (!file || !fs.existsSync(file)) continue; // 已在上面报告
    const dim = pngSize(file);
    if (!dim) checks.report(where, `图标不是有效的 PNG 文件：${file}`);
    else if (dim.width !== size || dim.height !== size)
      checks.report(
        where,
        `图标尺寸应为 ${size}×${size}，实际为 ${dim.width}×${dim.height}（${url}）`
      );
  }
}

/** The file an asset URL names inside assetsDir; undefined for a URL that leaves it. */
function assetFile(url: string, assetsBase: string, assetsDir: string): string | undefined {
  let rel: string;
  try {
    const u = new URL(url);
    const base = new URL(assetsBase);
    if (u.origin !== base.origin || !u.pathname.startsWith(base.pathname)) return undefined;
    rel = decodeURIComponent(u.pathname.slice(base.pathname.length));
  } catch {
    return undefined;
  }
  const resolved = path.resolve(assetsDir, rel);
  const rootDir = path.resolve(assetsDir);
  if (resolved !== rootDir && !resolved.startsWith(rootDir + path.sep)) return undefined;
  return resolved;
}

/** 读取 PNG 的宽高（IHDR），非 PNG 返回 undefined。 */
function pngSize(file: string): { width: number; height: number } | undefined {
  try {
    const fd = fs.openSync(file, "r");
    try {
      const buf = Buffer.alloc(24);
      if (fs.readSync(fd, buf, 0, 24, 0) < 24) return undefined;
      if (buf.readUInt32BE(0) !== 0x89504e47 || buf.toString("ascii", 12, 16) !== "IHDR")
        return undefined;
      return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
