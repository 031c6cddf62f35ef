/*
 * 离线清单检查：对 Office 加载项 XML 清单（TaskPaneApp + VersionOverrides 1.0）做结构/架构层面的检查。
 *
 * `office-addin-manifest validate` 需要调用远程服务；本检查不联网，可在 CI 与 Jest 中运行。
 * 它不是完整的 XSD 校验，只覆盖本项目清单最容易出错的部分：
 *   - 根元素 OfficeApp、xsi:type="TaskPaneApp"、命名空间；
 *   - Id 为 GUID、Version 格式、顶层元素齐全且按架构顺序排列；
 *   - Permissions 恰好为 ReadWriteDocument；
 *   - VersionOverrides 中引用的每个 resid 都能解析到对应类型的 bt:Url / bt:String / bt:Image；
 *   - resid 不超过 32 个字符，ShortStrings 不超过 125 个字符，LongStrings 不超过 250 个字符；
 *   - 所有 URL 均为 https；
 *   - Override 的 Locale 不得等于 DefaultLocale，同一元素下每种语言至多一个 Override（微软本地化文档：
 *     “You may only specify a single override per language, including for the default locale”）；
 *   - 自定义函数命名空间为 JUESUAN；元数据 URL 的 DefaultValue 是 DefaultLocale（zh-CN）的中文函数名
 *     functions-zh-cn.json，英文函数名 functions.json 由 en-US Override 提供；
 *   - IconUrl 为 32×32、HighResolutionIconUrl 为 64×64（文档规定的尺寸）；
 *   - 共享运行时：Page / FunctionFile / ShowTaskpane 与 Runtime 使用同一 resid；
 *   - 引用的 https://localhost:3000/assets/… 文件都存在于 assets/ 目录，图标尺寸与声明一致。
 *
 * 各部分：xml.ts（元素树）、schema.ts（架构与本项目的要求）、context.ts（问题列表与 URL 检查）、
 * officeApp.ts（顶层元素）、versionOverrides.ts（资源、resid、运行时与扩展点）、assets.ts（文件与图标尺寸）、
 * cli.ts（命令行：npm run validate:offline）。
 */
import * as path from "path";
import { checkAssets } from "./assets";
import { Checks } from "./context";
import {
  checkFields,
  checkIdentity,
  checkOverrideLocales,
  checkRoot,
  checkTopLevelOrder,
  checkTopLevelUrls,
} from "./officeApp";
import { DEFAULT_ASSETS_BASE } from "./schema";
import { checkVersionOverrides } from "./versionOverrides";
import { kid, parseManifest, XNode } from "./xml";

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
export async function checkManifest(
  xmlText: string,
  options: CheckManifestOptions = {}
): Promise<string[]> {
  if (typeof xmlText !== "string" || xmlText.trim() === "") return ["/: 清单内容为空"];
  let root: XNode;
  try {
    root = await parseManifest(xmlText);
  } catch (err) {
    const msg = String((err as Error)?.message || err)
      .replace(/\s+/g, " ")
      .trim();
    return [`/: XML 解析失败：${msg}`];
  }
  const checks = new Checks(options.assetsBaseUrl || DEFAULT_ASSETS_BASE);
  checkRoot(root, checks);
  checkTopLevelOrder(root, checks);
  checkIdentity(root, checks);
  checkOverrideLocales(root, checks);
  checkFields(root, checks);
  checkTopLevelUrls(root, checks);
  const vo = kid(root, "VersionOverrides");
  if (vo) checkVersionOverrides(vo, checks);
  checkAssets(checks, options.assetsDir || path.join(__dirname, "..", "..", "assets"));
  return checks.problems;
}
