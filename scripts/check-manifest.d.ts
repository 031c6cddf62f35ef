/** 类型声明：scripts/check-manifest.js（CommonJS，离线清单检查）。 */

export interface CheckManifestOptions {
  /** 本地 assets 目录，用于核对 https://localhost:3000/assets/… 引用的文件；默认为仓库根目录下的 assets/。 */
  assetsDir?: string;
  /** assets 的 URL 前缀，默认 "https://localhost:3000/assets/"。 */
  assetsBaseUrl?: string;
}

/**
 * 离线检查 Office 加载项 XML 清单。
 * @returns 问题列表，每项形如 "元素路径: 说明"；空数组表示通过。
 */
export function checkManifest(xmlText: string, options?: CheckManifestOptions): Promise<string[]>;
