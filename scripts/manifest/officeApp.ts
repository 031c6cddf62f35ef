// Checks of the OfficeApp element and its top-level children (everything but VersionOverrides).
import type { Checks } from "./context";
import {
  GUID_RE,
  LOCALE_RE,
  MAX_SHORT,
  REQUIRED_PERMISSION,
  TOP_ICON_SIZES,
  TOP_LEVEL,
  VERSION_RE,
} from "./schema";
import { attr, charLen, kid, kids, NS, nsDecl, overrides, walk, XNode, xsiType } from "./xml";

/** 根元素 OfficeApp、xsi:type="TaskPaneApp" 与命名空间声明。 */
export function checkRoot(root: XNode, checks: Checks): void {
  const report = checks.report.bind(checks);
  if (root.local !== "OfficeApp") report(root, `根元素必须是 OfficeApp，实际为 ${root.qname}`);
  if (root.ns !== NS.app)
    report(root, `根元素命名空间必须是 ${NS.app}，实际为 “${root.ns || "（无）"}”`);
  if (nsDecl(root, "xsi") !== NS.xsi)
    report(root, `缺少或错误的命名空间声明 xmlns:xsi（应为 ${NS.xsi}）`);
  if (nsDecl(root, "bt") !== NS.bt)
    report(root, `缺少或错误的命名空间声明 xmlns:bt（应为 ${NS.bt}）`);
  const ovDecl = nsDecl(root, "ov");
  if (ovDecl !== undefined && ovDecl !== NS.ov)
    report(root, `命名空间声明 xmlns:ov 应为 ${NS.ov}，实际为 ${ovDecl}`);
  const rootType = xsiType(root);
  if (rootType !== "TaskPaneApp")
    report(root, `xsi:type 必须为 TaskPaneApp，实际为 “${rootType || "（无）"}”`);
}

/** 顶层元素齐全、不重复、按架构顺序排列。 */
export function checkTopLevelOrder(root: XNode, checks: Checks): void {
  const present = new Set<string>();
  let lastIdx = -1;
  let lastName = "";
  for (const c of root.children) {
    const idx = TOP_LEVEL.findIndex((s) => s.name === c.local);
    if (idx < 0) {
      checks.report(c, `未知的顶层元素 ${c.qname}`);
      continue;
    }
    const wantNs = TOP_LEVEL[idx].ns || NS.app;
    if (c.ns !== wantNs)
      checks.report(c, `${c.local} 的命名空间应为 ${wantNs}，实际为 “${c.ns || "（无）"}”`);
    if (present.has(c.local)) {
      checks.report(c, `顶层元素 ${c.local} 重复出现`);
    } else if (idx < lastIdx) {
      checks.report(
        c,
        `元素顺序错误：${c.local} 应位于 ${lastName} 之前（架构顺序：${TOP_LEVEL.map((s) => s.name).join(", ")}）`
      );
    }
    present.add(c.local);
    if (idx > lastIdx) {
      lastIdx = idx;
      lastName = c.local;
    }
  }
  for (const s of TOP_LEVEL)
    if (s.min > 0 && !present.has(s.name)) checks.report(root, `缺少必需元素 ${s.name}`);
}

/** Id、Version、ProviderName、DefaultLocale。 */
export function checkIdentity(root: XNode, checks: Checks): void {
  const report = checks.report.bind(checks);
  const idEl = kid(root, "Id");
  if (idEl) {
    if (!GUID_RE.test(idEl.text))
      report(idEl, `Id 必须是 GUID（xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx），实际为 “${idEl.text}”`);
    else if (/^[0-]+$/.test(idEl.text)) report(idEl, "Id 不能是全零 GUID");
  }
  const verEl = kid(root, "Version");
  if (verEl && !VERSION_RE.test(verEl.text))
    report(verEl, `Version 格式应为 n[.n[.n[.n]]]，实际为 “${verEl.text}”`);
  const provEl = kid(root, "ProviderName");
  if (provEl && !provEl.text) report(provEl, "ProviderName 不能为空");
  const locEl = kid(root, "DefaultLocale");
  if (locEl && !LOCALE_RE.test(locEl.text))
    report(locEl, `DefaultLocale 格式无效：“${locEl.text}”`);
}

/** DisplayName、Description、Hosts、Requirements、Permissions。 */
export function checkFields(root: XNode, checks: Checks): void {
  const report = checks.report.bind(checks);
  for (const name of ["DisplayName", "Description"]) {
    const el = kid(root, name);
    if (!el) continue;
    const dv = attr(el, "DefaultValue");
    if (!dv) report(el, `${name} 缺少 DefaultValue`);
    else if (name === "DisplayName" && charLen(dv) > MAX_SHORT)
      report(el, `DisplayName 超过 ${MAX_SHORT} 个字符（${charLen(dv)}）`);
    for (const o of overrides(el))
      checks.override(o, name === "DisplayName" ? MAX_SHORT : undefined);
  }

  const hostsEl = kid(root, "Hosts");
  if (hostsEl && !kids(hostsEl, "Host").some((h) => attr(h, "Name") === "Workbook"))
    report(hostsEl, 'Hosts 中缺少 <Host Name="Workbook"/>');

  const reqEl = kid(root, "Requirements");
  const sets = reqEl ? kids(kid(reqEl, "Sets"), "Set") : [];
  for (const need of ["SharedRuntime", "CustomFunctionsRuntime"]) {
    if (!sets.some((x) => attr(x, "Name") === need))
      report(
        reqEl || root,
        `Requirements/Sets 缺少 <Set Name="${need}"/>（共享运行时自定义函数所需）`
      );
  }

  const permEl = kid(root, "Permissions");
  if (permEl && permEl.text !== REQUIRED_PERMISSION)
    report(
      permEl,
      `Permissions 必须恰好为 ${REQUIRED_PERMISSION}，实际为 “${permEl.text || "（空）"}”`
    );
}

/** One Override per language, and none for DefaultLocale (DefaultValue already serves it). */
export function checkOverrideLocales(root: XNode, checks: Checks): void {
  const locEl = kid(root, "DefaultLocale");
  const defaultLocale = (locEl?.text || "").toLowerCase();
  for (const n of walk(root)) {
    const seen = new Set<string>();
    for (const o of overrides(n)) {
      const loc = (attr(o, "Locale") || "").toLowerCase();
      if (!loc) continue;
      if (loc === defaultLocale)
        checks.report(
          o,
          `Override 的 Locale 与 DefaultLocale（${locEl?.text}）相同：默认语言由 DefaultValue 提供，不得再写 Override`
        );
      else if (seen.has(loc))
        checks.report(o, `同一元素下 Locale “${attr(o, "Locale")}” 的 Override 重复`);
      seen.add(loc);
    }
  }
}

/** 顶层 URL（图标、SupportUrl、SourceLocation、AppDomain）为 https；任何 http:// 都是问题。 */
export function checkTopLevelUrls(root: XNode, checks: Checks): void {
  for (const [name, size] of Object.entries(TOP_ICON_SIZES)) {
    const el = kid(root, name);
    checks.urlSetting(el);
    if (el) checks.iconSizeChecks.push({ where: el, url: attr(el, "DefaultValue"), size });
  }
  checks.urlSetting(kid(root, "SupportUrl"));
  const settings = kid(root, "DefaultSettings");
  checks.urlSetting(kid(settings, "SourceLocation"));
  if (settings && !kid(settings, "SourceLocation"))
    checks.report(settings, "DefaultSettings 缺少 SourceLocation");
  for (const d of kids(kid(root, "AppDomains"), "AppDomain")) checks.url(d, d.text, "AppDomain");

  // 兜底：任何属性或文本中出现 http:// 都视为问题（命名空间声明除外）。
  for (const n of walk(root)) {
    for (const a of Object.values(n.attrs)) {
      if (!a || a.prefix === "xmlns" || a.name === "xmlns") continue;
      if (/\bhttp:\/\//i.test(a.value))
        checks.report(n, `属性 ${a.name} 使用了非 https 链接：“${a.value}”`);
    }
    if (/\bhttp:\/\//i.test(n.text)) checks.report(n, `文本中使用了非 https 链接：“${n.text}”`);
  }
}
