#!/usr/bin/env node
/*
 * 离线清单检查：对 Office 加载项 XML 清单（TaskPaneApp + VersionOverrides 1.0）做结构/架构层面的检查。
 *
 * `office-addin-manifest validate` 需要调用远程服务；本脚本不联网，可在 CI 与 Jest 中运行。
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
 * 用法：node scripts/check-manifest.js manifest.xml [--assets <目录>]
 * 编程接口：const { checkManifest } = require("./scripts/check-manifest");
 *           const problems = await checkManifest(xmlText, { assetsDir });  // string[]，空数组表示通过
 */
/* global require, module, process, console, __dirname, URL, Buffer -- Node CommonJS script */
"use strict";

const fs = require("fs");
const path = require("path");
const xml2js = require("xml2js");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xmlns: "http://www.w3.org/2000/xmlns/",
};

const DEFAULT_ASSETS_BASE = "https://localhost:3000/assets/";
const REQUIRED_PERMISSION = "ReadWriteDocument";
const REQUIRED_NAMESPACE = "JUESUAN";
/** Metadata file of each locale: DefaultValue serves DefaultLocale (zh-CN), en-US is an Override. */
const METADATA_DEFAULT_FILE = "functions-zh-cn.json";
const METADATA_ENGLISH = { locale: "en-US", file: "functions.json" };
/** Documented sizes of the top-level icons (XML manifest reference: IconUrl, HighResolutionIconUrl). */
const TOP_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };
const MAX_RESID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;

/** OfficeApp（TaskPaneApp）顶层子元素的架构顺序；min=1 表示必需。 */
const TOP_LEVEL = [
  { name: "Id", min: 1 },
  { name: "AlternateId", min: 0 },
  { name: "Version", min: 1 },
  { name: "ProviderName", min: 1 },
  { name: "DefaultLocale", min: 1 },
  { name: "DisplayName", min: 1 },
  { name: "Description", min: 1 },
  { name: "IconUrl", min: 1 },
  { name: "HighResolutionIconUrl", min: 1 },
  { name: "SupportUrl", min: 0 },
  { name: "AppDomains", min: 0 },
  { name: "Hosts", min: 1 },
  { name: "Requirements", min: 0 },
  { name: "DefaultSettings", min: 1 },
  { name: "Permissions", min: 1 },
  { name: "AllowSnapshot", min: 0 },
  { name: "Dictionary", min: 0 },
  { name: "VersionOverrides", min: 1, ns: NS.ov },
  { name: "ExtendedOverrides", min: 0 },
];

/** 资源类型：bt:Images / bt:Urls / bt:ShortStrings / bt:LongStrings。 */
const KIND = {
  Images: { label: "bt:Image（bt:Images）", child: "Image" },
  Urls: { label: "bt:Url（bt:Urls）", child: "Url" },
  ShortStrings: { label: "bt:String（bt:ShortStrings）", child: "String", max: MAX_SHORT },
  LongStrings: { label: "bt:String（bt:LongStrings）", child: "String", max: MAX_LONG },
};

/** 按引用元素的本地名推断 resid 应指向的资源类型。 */
const EXPECTED_KIND_BY_ELEMENT = {
  Image: "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION_RE = /^\d+(\.\d+){0,3}$/;
const LOCALE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

// ---------------------------------------------------------------------------
// XML → 简化节点树（保留子元素顺序与命名空间）

/**
 * @typedef {{ qname: string, local: string, ns: string, attrs: Record<string, any>,
 *             text: string, children: XNode[], parent: XNode | null, path: string }} XNode
 */

function toNode(raw, parent) {
  const node = {
    qname: raw["#name"],
    local: raw.$ns ? raw.$ns.local : raw["#name"],
    ns: raw.$ns ? raw.$ns.uri : "",
    attrs: raw.$ || {},
    text: typeof raw._ === "string" ? raw._.trim() : "",
    children: [],
    parent,
    path: "",
  };
  for (const c of raw.$$ || []) {
    if (c && typeof c === "object" && c["#name"]) node.children.push(toNode(c, node));
  }
  return node;
}

function assignPaths(node, parentPath) {
  node.path = parentPath;
  const counts = {};
  for (const c of node.children) counts[c.qname] = (counts[c.qname] || 0) + 1;
  const seen = {};
  for (const c of node.children) {
    seen[c.qname] = (seen[c.qname] || 0) + 1;
    let step = c.qname;
    const id = attr(c, "id");
    const type = xsiType(c);
    if (id !== undefined) step += `[@id="${id}"]`;
    else if (counts[c.qname] > 1 && type) step += `[@xsi:type="${type}"]`;
    else if (counts[c.qname] > 1) step += `[${seen[c.qname]}]`;
    assignPaths(c, `${parentPath}/${step}`);
  }
}

async function parse(xmlText) {
  const raw = await xml2js.parseStringPromise(xmlText, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitCharkey: true,
    xmlns: true,
  });
  const rootKey = Object.keys(raw)[0];
  const root = toNode(raw[rootKey], null);
  assignPaths(root, `/${root.qname}`);
  return root;
}

// ---------------------------------------------------------------------------
// 节点辅助函数

/** 属性值（按本地名 + 命名空间 URI；无前缀属性的 URI 为空串）。 */
function attr(node, local, uri = "") {
  if (!node) return undefined;
  for (const a of Object.values(node.attrs)) {
    if (a && a.local === local && (a.uri || "") === uri && a.prefix !== "xmlns") return a.value;
  }
  return undefined;
}

function xsiType(node) {
  const t = attr(node, "type", NS.xsi);
  return t === undefined ? undefined : t.replace(/^.*:/, "");
}

/** 命名空间声明（prefix 为 "" 表示默认命名空间）。 */
function nsDecl(node, prefix) {
  for (const a of Object.values(node.attrs)) {
    if (!a) continue;
    if (prefix === "" && a.name === "xmlns") return a.value;
    if (prefix !== "" && a.name === `xmlns:${prefix}`) return a.value;
  }
  return undefined;
}

function kids(node, local) {
  return node ? node.children.filter((c) => c.local === local) : [];
}

function kid(node, local) {
  return kids(node, local)[0];
}

function* walk(node) {
  yield node;
  for (const c of node.children) yield* walk(c);
}

function charLen(s) {
  return [...s].length;
}

function overrides(node) {
  return kids(node, "Override");
}

// ---------------------------------------------------------------------------
// 检查

/**
 * 离线检查清单文本。
 * @param {string} xmlText 清单 XML 文本
 * @param {{ assetsDir?: string, assetsBaseUrl?: string }} [options]
 *   assetsDir：本地 assets 目录（默认为本脚本上一级的 assets/）；assetsBaseUrl：assets 的 URL 前缀。
 * @returns {Promise<string[]>} 问题列表（“元素路径: 说明”），空数组表示通过
 */
async function checkManifest(xmlText, options = {}) {
  const assetsDir = options.assetsDir || path.join(__dirname, "..", "assets");
  const assetsBase = options.assetsBaseUrl || DEFAULT_ASSETS_BASE;
  const problems = [];
  const seenProblems = new Set();
  const report = (where, msg) => {
    const line = `${typeof where === "string" ? where : where.path}: ${msg}`;
    if (!seenProblems.has(line)) {
      seenProblems.add(line);
      problems.push(line);
    }
  };

  if (typeof xmlText !== "string" || xmlText.trim() === "") {
    return ["/: 清单内容为空"];
  }

  let root;
  try {
    root = await parse(xmlText);
  } catch (err) {
    const msg = String((err && err.message) || err)
      .replace(/\s+/g, " ")
      .trim();
    return [`/: XML 解析失败：${msg}`];
  }

  // ---- 根元素与命名空间 ----
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

  // ---- 顶层元素顺序 ----
  const present = {};
  let lastIdx = -1;
  let lastName = "";
  for (const c of root.children) {
    const idx = TOP_LEVEL.findIndex((s) => s.name === c.local);
    if (idx < 0) {
      report(c, `未知的顶层元素 ${c.qname}`);
      continue;
    }
    const spec = TOP_LEVEL[idx];
    const wantNs = spec.ns || NS.app;
    if (c.ns !== wantNs)
      report(c, `${c.local} 的命名空间应为 ${wantNs}，实际为 “${c.ns || "（无）"}”`);
    if (present[c.local]) {
      report(c, `顶层元素 ${c.local} 重复出现`);
    } else if (idx < lastIdx) {
      report(
        c,
        `元素顺序错误：${c.local} 应位于 ${lastName} 之前（架构顺序：${TOP_LEVEL.map((s) => s.name).join(", ")}）`
      );
    }
    present[c.local] = true;
    if (idx > lastIdx) {
      lastIdx = idx;
      lastName = c.local;
    }
  }
  for (const s of TOP_LEVEL) {
    if (s.min > 0 && !present[s.name]) report(root, `缺少必需元素 ${s.name}`);
  }

  // ---- 基本字段 ----
  const idEl = kid(root, "Id");
  if (idEl) {
    if (!GUID_RE.test(idEl.text))
      report(idEl, `Id 必须是 GUID（xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx），实际为 “${idEl.text}”`);
    else if (/^[0-]+$/.test(idEl.text)) report(idEl, "Id 不能是全零 GUID");
  }
  const verEl = kid(root, "Version");
  if (verEl && !VERSION_RE.test(verEl.text)) {
    report(verEl, `Version 格式应为 n[.n[.n[.n]]]，实际为 “${verEl.text}”`);
  }
  const provEl = kid(root, "ProviderName");
  if (provEl && !provEl.text) report(provEl, "ProviderName 不能为空");
  const locEl = kid(root, "DefaultLocale");
  if (locEl && !LOCALE_RE.test(locEl.text))
    report(locEl, `DefaultLocale 格式无效：“${locEl.text}”`);
  const defaultLocale = ((locEl && locEl.text) || "").toLowerCase();

  // One Override per language, and none for DefaultLocale (DefaultValue already serves it).
  for (const n of walk(root)) {
    const seen = new Set();
    for (const o of overrides(n)) {
      const loc = (attr(o, "Locale") || "").toLowerCase();
      if (!loc) continue;
      if (loc === defaultLocale)
        report(
          o,
          `Override 的 Locale 与 DefaultLocale（${locEl.text}）相同：默认语言由 DefaultValue 提供，不得再写 Override`
        );
      else if (seen.has(loc))
        report(o, `同一元素下 Locale “${attr(o, "Locale")}” 的 Override 重复`);
      seen.add(loc);
    }
  }

  for (const name of ["DisplayName", "Description"]) {
    const el = kid(root, name);
    if (!el) continue;
    const dv = attr(el, "DefaultValue");
    if (!dv) report(el, `${name} 缺少 DefaultValue`);
    else if (name === "DisplayName" && charLen(dv) > MAX_SHORT)
      report(el, `DisplayName 超过 ${MAX_SHORT} 个字符（${charLen(dv)}）`);
    for (const o of overrides(el)) checkOverride(o, name === "DisplayName" ? MAX_SHORT : undefined);
  }

  const hostsEl = kid(root, "Hosts");
  if (hostsEl && !kids(hostsEl, "Host").some((h) => attr(h, "Name") === "Workbook")) {
    report(hostsEl, 'Hosts 中缺少 <Host Name="Workbook"/>');
  }

  const reqEl = kid(root, "Requirements");
  const sets = reqEl ? kids(kid(reqEl, "Sets"), "Set") : [];
  for (const need of ["SharedRuntime", "CustomFunctionsRuntime"]) {
    const s = sets.find((x) => attr(x, "Name") === need);
    if (!s)
      report(
        reqEl || root,
        `Requirements/Sets 缺少 <Set Name="${need}"/>（共享运行时自定义函数所需）`
      );
  }

  const permEl = kid(root, "Permissions");
  if (permEl && permEl.text !== REQUIRED_PERMISSION) {
    report(
      permEl,
      `Permissions 必须恰好为 ${REQUIRED_PERMISSION}，实际为 “${permEl.text || "（空）"}”`
    );
  }

  // ---- URL（https）与 assets ----
  const assetRefs = []; // { where, url }：引用 assets/ 下文件的 URL
  const iconSizeChecks = []; // { where, url, size }：功能区图标应为 size×size 的 PNG
  function checkUrl(where, value, label) {
    if (value === undefined) return;
    let u;
    try {
      u = new URL(value);
    } catch {
      report(where, `${label} 不是有效的绝对 URL：“${value}”`);
      return;
    }
    if (u.protocol !== "https:") report(where, `${label} 必须使用 https：“${value}”`);
    if (value.startsWith(assetsBase)) assetRefs.push({ where, url: value });
  }
  function checkUrlSetting(el) {
    if (!el) return;
    const dv = attr(el, "DefaultValue");
    if (dv === undefined) report(el, `${el.local} 缺少 DefaultValue`);
    checkUrl(el, dv, `${el.local} 的 DefaultValue`);
    for (const o of overrides(el)) {
      checkOverride(o);
      checkUrl(o, attr(o, "Value"), "Override 的 Value");
    }
  }
  function checkOverride(o, max) {
    const loc = attr(o, "Locale");
    const val = attr(o, "Value");
    if (!loc) report(o, "Override 缺少 Locale");
    else if (!LOCALE_RE.test(loc)) report(o, `Override 的 Locale 格式无效：“${loc}”`);
    if (val === undefined || val === "") report(o, "Override 缺少 Value");
    else if (max !== undefined && charLen(val) > max)
      report(o, `Override 的 Value 超过 ${max} 个字符（${charLen(val)}）`);
  }

  for (const [name, size] of Object.entries(TOP_ICON_SIZES)) {
    const el = kid(root, name);
    checkUrlSetting(el);
    if (el) iconSizeChecks.push({ where: el, url: attr(el, "DefaultValue"), size });
  }
  checkUrlSetting(kid(root, "SupportUrl"));
  checkUrlSetting(kid(kid(root, "DefaultSettings"), "SourceLocation"));
  if (kid(root, "DefaultSettings") && !kid(kid(root, "DefaultSettings"), "SourceLocation")) {
    report(kid(root, "DefaultSettings"), "DefaultSettings 缺少 SourceLocation");
  }
  for (const d of kids(kid(root, "AppDomains"), "AppDomain")) checkUrl(d, d.text, "AppDomain");

  // 兜底：任何属性或文本中出现 http:// 都视为问题（命名空间声明除外）。
  for (const n of walk(root)) {
    for (const a of Object.values(n.attrs)) {
      if (!a || a.prefix === "xmlns" || a.name === "xmlns") continue;
      if (/\bhttp:\/\//i.test(a.value))
        report(n, `属性 ${a.name} 使用了非 https 链接：“${a.value}”`);
    }
    if (/\bhttp:\/\//i.test(n.text)) report(n, `文本中使用了非 https 链接：“${n.text}”`);
  }

  // ---- VersionOverrides ----
  const vo = kid(root, "VersionOverrides");
  if (vo) checkVersionOverrides(vo);

  function checkVersionOverrides(vo) {
    const voType = xsiType(vo);
    if (voType !== "VersionOverridesV1_0" && voType !== "VersionOverridesV1_1") {
      report(
        vo,
        `VersionOverrides 的 xsi:type 应为 VersionOverridesV1_0 或 VersionOverridesV1_1，实际为 “${voType || "（无）"}”`
      );
    }

    // 资源表
    const resources = kid(vo, "Resources");
    /** @type {Map<string, { kind: string, node: any }>} */
    const res = new Map();
    if (!resources) {
      report(vo, "VersionOverrides 缺少 Resources");
    } else {
      for (const group of resources.children) {
        const kind = KIND[group.local];
        if (!kind) {
          report(group, `Resources 中的未知元素 ${group.qname}`);
          continue;
        }
        if (group.ns !== NS.bt) report(group, `${group.local} 的命名空间应为 ${NS.bt}（bt:）`);
        for (const item of group.children) {
          if (item.local !== kind.child || item.ns !== NS.bt) {
            report(item, `${group.qname} 中只能包含 bt:${kind.child}，实际为 ${item.qname}`);
            continue;
          }
          const id = attr(item, "id");
          if (!id) {
            report(item, "资源缺少 id");
            continue;
          }
          if (charLen(id) > MAX_RESID)
            report(item, `资源 id “${id}” 超过 ${MAX_RESID} 个字符（${charLen(id)}）`);
          if (res.has(id))
            report(item, `资源 id “${id}” 重复定义（已在 ${res.get(id).node.path} 定义）`);
          else res.set(id, { kind: group.local, node: item });

          const dv = attr(item, "DefaultValue");
          if (dv === undefined || dv === "") report(item, `资源 “${id}” 缺少 DefaultValue`);
          if (group.local === "Images" || group.local === "Urls") {
            checkUrl(item, dv, `资源 “${id}” 的 DefaultValue`);
          } else if (dv !== undefined && charLen(dv) > kind.max) {
            report(
              item,
              `${group.local} 资源 “${id}” 的 DefaultValue 超过 ${kind.max} 个字符（${charLen(dv)}）`
            );
          }
          for (const o of item.children) {
            if (o.local !== "Override" || o.ns !== NS.bt) {
              report(o, `资源中只能包含 bt:Override，实际为 ${o.qname}`);
              continue;
            }
            checkOverride(o, kind.max);
            if (group.local === "Images" || group.local === "Urls") {
              checkUrl(o, attr(o, "Value"), `资源 “${id}” 的 Override Value`);
            }
          }
        }
      }
    }

    // resid 引用
    for (const n of walk(vo)) {
      if (resources && isInside(n, resources)) continue;
      const r = attr(n, "resid");
      if (r === undefined) continue;
      if (r === "") {
        report(n, "resid 为空");
        continue;
      }
      if (charLen(r) > MAX_RESID)
        report(n, `resid “${r}” 超过 ${MAX_RESID} 个字符（${charLen(r)}）`);
      const def = res.get(r);
      if (!def) {
        report(n, `resid “${r}” 未在 Resources 中定义`);
        continue;
      }
      const want = EXPECTED_KIND_BY_ELEMENT[n.local];
      if (want && def.kind !== want) {
        report(
          n,
          `${n.qname} 的 resid “${r}” 应引用 ${KIND[want].label}，实际定义为 ${KIND[def.kind].label}`
        );
      }
    }

    // 宿主与扩展点
    const host = kids(kid(vo, "Hosts"), "Host").find((h) => xsiType(h) === "Workbook");
    if (!host) {
      report(vo, 'VersionOverrides/Hosts 缺少 xsi:type="Workbook" 的 Host');
      return;
    }
    const runtime = kid(kid(host, "Runtimes"), "Runtime");
    const runtimeResid = attr(runtime, "resid");
    if (!runtime) report(host, "缺少 Runtimes/Runtime（共享运行时）");
    else if (attr(runtime, "lifetime") !== "long")
      report(runtime, "Runtime 的 lifetime 必须为 long（共享运行时）");

    const sameRuntime = (el, label) => {
      if (!el || !runtimeResid) return;
      const r = attr(el, "resid");
      if (r !== runtimeResid)
        report(
          el,
          `${label} 的 resid 应与 Runtime 相同（“${runtimeResid}”），实际为 “${r || "（无）"}”，否则不会运行在共享运行时中`
        );
    };

    const cf = kids(kid(host, "AllFormFactors"), "ExtensionPoint").find(
      (e) => xsiType(e) === "CustomFunctions"
    );
    if (!cf) {
      report(host, 'AllFormFactors 缺少 xsi:type="CustomFunctions" 的 ExtensionPoint');
    } else {
      for (const part of ["Script", "Page", "Metadata"]) {
        const el = kid(cf, part);
        if (!el || !kid(el, "SourceLocation"))
          report(cf, `CustomFunctions 缺少 ${part}/SourceLocation`);
      }
      sameRuntime(kid(kid(cf, "Page"), "SourceLocation"), "CustomFunctions 的 Page/SourceLocation");

      const nsEl = kid(cf, "Namespace");
      if (!nsEl) {
        report(cf, "CustomFunctions 缺少 Namespace");
      } else {
        const def = res.get(attr(nsEl, "resid") || "");
        if (def) {
          const v = attr(def.node, "DefaultValue");
          if (v !== REQUIRED_NAMESPACE)
            report(def.node, `自定义函数命名空间必须为 ${REQUIRED_NAMESPACE}，实际为 “${v || ""}”`);
          for (const o of overrides(def.node)) {
            if (attr(o, "Value") !== REQUIRED_NAMESPACE)
              report(
                o,
                `自定义函数命名空间的 Override 也必须为 ${REQUIRED_NAMESPACE}，实际为 “${attr(o, "Value") || ""}”`
              );
          }
        }
      }

      const metaLoc = kid(kid(cf, "Metadata"), "SourceLocation");
      const metaDef = metaLoc && res.get(attr(metaLoc, "resid") || "");
      if (metaDef && metaDef.kind === "Urls") {
        const dv = attr(metaDef.node, "DefaultValue") || "";
        if (!dv.endsWith(`/${METADATA_DEFAULT_FILE}`))
          report(
            metaDef.node,
            `自定义函数元数据 URL 的 DefaultValue 应为 DefaultLocale 的中文函数名 ${METADATA_DEFAULT_FILE}，实际为 “${dv}”`
          );
        const en = overrides(metaDef.node).find(
          (o) => (attr(o, "Locale") || "").toLowerCase() === METADATA_ENGLISH.locale.toLowerCase()
        );
        if (!en || !(attr(en, "Value") || "").endsWith(`/${METADATA_ENGLISH.file}`))
          report(
            metaDef.node,
            `自定义函数元数据 URL 缺少 <bt:Override Locale="${METADATA_ENGLISH.locale}" Value="…/${METADATA_ENGLISH.file}"/>（英文函数名）`
          );
      }
    }

    const desktop = kid(host, "DesktopFormFactor");
    if (desktop) {
      sameRuntime(kid(desktop, "FunctionFile"), "FunctionFile");
      for (const n of walk(desktop)) {
        if (n.local === "Action" && xsiType(n) === "ShowTaskpane") {
          sameRuntime(kid(n, "SourceLocation"), "ShowTaskpane 的 SourceLocation");
          if (!kid(n, "TaskpaneId") || !kid(n, "TaskpaneId").text)
            report(n, "ShowTaskpane 缺少 TaskpaneId");
        }
        if (n.local === "Icon" && n.ns === NS.ov) {
          const sizes = kids(n, "Image").map((i) => attr(i, "size"));
          for (const need of ["16", "32", "80"]) {
            if (!sizes.includes(need)) report(n, `Icon 缺少 size="${need}" 的 bt:Image`);
          }
          for (const img of kids(n, "Image")) {
            const def = res.get(attr(img, "resid") || "");
            if (def && def.kind === "Images") {
              iconSizeChecks.push({
                where: img,
                url: attr(def.node, "DefaultValue"),
                size: Number(attr(img, "size")),
              });
            }
          }
        }
      }
      // 控件 id 唯一
      const ids = new Map();
      for (const n of walk(desktop)) {
        if (!["Group", "Control", "Menu", "Item"].includes(n.local)) continue;
        const id = attr(n, "id");
        if (!id) report(n, `${n.local} 缺少 id`);
        else if (ids.has(id)) report(n, `id “${id}” 与 ${ids.get(id)} 重复`);
        else ids.set(id, n.path);
      }
    }
  }

  // ---- assets 文件存在性与图标尺寸 ----
  for (const { where, url } of assetRefs) {
    const file = assetFile(url);
    if (!file) report(where, `资源文件路径无效：“${url}”`);
    else if (!fs.existsSync(file)) report(where, `引用的资源文件不存在：${file}（${url}）`);
  }
  for (const { where, url, size } of iconSizeChecks) {
    const file = url && url.startsWith(assetsBase) ? assetFile(url) : undefined;
    if (!file || !fs.existsSync(file)) continue; // 已在上面报告
    const dim = pngSize(file);
    if (!dim) report(where, `图标不是有效的 PNG 文件：${file}`);
    else if (dim.width !== size || dim.height !== size) {
      report(where, `图标尺寸应为 ${size}×${size}，实际为 ${dim.width}×${dim.height}（${url}）`);
    }
  }
  return problems;

  function assetFile(url) {
    let rel;
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
}

/** 读取 PNG 的宽高（IHDR），非 PNG 返回 undefined。 */
function pngSize(file) {
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

function isInside(node, ancestor) {
  for (let p = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

module.exports = { checkManifest };

// ---------------------------------------------------------------------------
// 命令行

async function main(argv) {
  const args = argv.slice(2);
  let file;
  let assetsDir;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--assets") assetsDir = args[++i];
    else if (args[i] === "-h" || args[i] === "--help") {
      console.log("用法：node scripts/check-manifest.js manifest.xml [--assets <目录>]");
      return 0;
    } else file = args[i];
  }
  if (!file) {
    console.error("用法：node scripts/check-manifest.js manifest.xml [--assets <目录>]");
    return 2;
  }
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    console.error(`无法读取清单文件：${file}（${err.message}）`);
    return 2;
  }
  const problems = await checkManifest(text, {
    assetsDir: assetsDir
      ? path.resolve(assetsDir)
      : path.join(path.dirname(path.resolve(file)), "assets"),
  });
  if (problems.length === 0) {
    console.log(`清单检查通过：${file}`);
    return 0;
  }
  console.error(`清单检查未通过：${file}（共 ${problems.length} 个问题）`);
  for (const p of problems) console.error(`  - ${p}`);
  return 1;
}

if (require.main === module) {
  main(process.argv).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`清单检查出错：${(err && err.stack) || err}`);
      process.exit(2);
    }
  );
}
