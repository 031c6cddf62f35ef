// Checks of VersionOverrides: the resource table, every resid, the shared runtime and the extension points.
import type { Checks } from "./context";
import {
  EXPECTED_KIND_BY_ELEMENT,
  KIND,
  MAX_RESID,
  METADATA_DEFAULT_FILE,
  METADATA_ENGLISH,
  REQUIRED_NAMESPACE,
  ResourceKind,
} from "./schema";
import { attr, charLen, isInside, kid, kids, NS, overrides, walk, XNode, xsiType } from "./xml";

type Resources = Map<string, { kind: ResourceKind; node: XNode }>;

export function checkVersionOverrides(vo: XNode, checks: Checks): void {
  const voType = xsiType(vo);
  if (voType !== "VersionOverridesV1_0" && voType !== "VersionOverridesV1_1")
    checks.report(
      vo,
      `VersionOverrides 的 xsi:type 应为 VersionOverridesV1_0 或 VersionOverridesV1_1，实际为 “${voType || "（无）"}”`
    );
  const resources = kid(vo, "Resources");
  if (!resources) checks.report(vo, "VersionOverrides 缺少 Resources");
  const res = resources ? readResources(resources, checks) : new Map();
  checkResids(vo, resources, res, checks);

  const host = kids(kid(vo, "Hosts"), "Host").find((h) => xsiType(h) === "Workbook");
  if (!host) {
    checks.report(vo, 'VersionOverrides/Hosts 缺少 xsi:type="Workbook" 的 Host');
    return;
  }
  const sameRuntime = runtimeCheck(host, checks);
  checkCustomFunctions(host, res, sameRuntime, checks);
  const desktop = kid(host, "DesktopFormFactor");
  if (desktop) checkDesktop(desktop, res, sameRuntime, checks);
}

/** 资源表：每项类型、id、DefaultValue 与 Override。 */
function readResources(resources: XNode, checks: Checks): Resources {
  const res: Resources = new Map();
  for (const group of resources.children) {
    const kindName = group.local as ResourceKind;
    const kind = KIND[kindName] as (typeof KIND)[ResourceKind] | undefined;
    if (!kind) {
      checks.report(group, `Resources 中的未知元素 ${group.qname}`);
      continue;
    }
    if (group.ns !== NS.bt) checks.report(group, `${group.local} 的命名空间应为 ${NS.bt}（bt:）`);
    const isUrl = kindName === "Images" || kindName === "Urls";
    for (const item of group.children) {
      if (item.local !== kind.child || item.ns !== NS.bt) {
        checks.report(item, `${group.qname} 中只能包含 bt:${kind.child}，实际为 ${item.qname}`);
        continue;
      }
      const id = attr(item, "id");
      if (!id) {
        checks.report(item, "资源缺少 id");
        continue;
      }
      if (charLen(id) > MAX_RESID)
        checks.report(item, `资源 id “${id}” 超过 ${MAX_RESID} 个字符（${charLen(id)}）`);
      const earlier = res.get(id);
      if (earlier)
        checks.report(item, `资源 id “${id}” 重复定义（已在 ${earlier.node.path} 定义）`);
      else res.set(id, { kind: kindName, node: item });

      const dv = attr(item, "DefaultValue");
      if (dv === undefined || dv === "") checks.report(item, `资源 “${id}” 缺少 DefaultValue`);
      if (isUrl) checks.url(item, dv, `资源 “${id}” 的 DefaultValue`);
      else if (dv !== undefined && kind.max !== undefined && charLen(dv) > kind.max)
        checks.report(
          item,
          `${group.local} 资源 “${id}” 的 DefaultValue 超过 ${kind.max} 个字符（${charLen(dv)}）`
        );
      for (const o of item.children) {
        if (o.local !== "Override" || o.ns !== NS.bt) {
          checks.report(o, `资源中只能包含 bt:Override，实际为 ${o.qname}`);
          continue;
        }
        checks.override(o, kind.max);
        if (isUrl) checks.url(o, attr(o, "Value"), `资源 “${id}” 的 Override Value`);
      }
    }
  }
  return res;
}

/** 每个 resid 都在资源表中，且类型与引用它的元素相符。 */
function checkResids(
  vo: XNode,
  resources: XNode | undefined,
  res: Resources,
  checks: Checks
): void {
  for (const n of walk(vo)) {
    if (resources && isInside(n, resources)) continue;
    const r = attr(n, "resid");
    if (r === undefined) continue;
    if (r === "") {
      checks.report(n, "resid 为空");
      continue;
    }
    if (charLen(r) > MAX_RESID)
      checks.report(n, `resid “${r}” 超过 ${MAX_RESID} 个字符（${charLen(r)}）`);
    const def = res.get(r);
    if (!def) {
      checks.report(n, `resid “${r}” 未在 Resources 中定义`);
      continue;
    }
    const want = EXPECTED_KIND_BY_ELEMENT[n.local];
    if (want && def.kind !== want)
      checks.report(
        n,
        `${n.qname} 的 resid “${r}” 应引用 ${KIND[want].label}，实际定义为 ${KIND[def.kind].label}`
      );
  }
}

type SameRuntime = (el: XNode | undefined, label: string) => void;

/** 共享运行时：Runtime 的 lifetime 为 long；返回核对其他元素与 Runtime 同一 resid 的函数。 */
function runtimeCheck(host: XNode, checks: Checks): SameRuntime {
  const runtime = kid(kid(host, "Runtimes"), "Runtime");
  const runtimeResid = attr(runtime, "resid");
  if (!runtime) checks.report(host, "缺少 Runtimes/Runtime（共享运行时）");
  else if (attr(runtime, "lifetime") !== "long")
    checks.report(runtime, "Runtime 的 lifetime 必须为 long（共享运行时）");
  return (el, label) => {
    if (!el || !runtimeResid) return;
    const r = attr(el, "resid");
    if (r !== runtimeResid)
      checks.report(
        el,
        `${label} 的 resid 应与 Runtime 相同（“${runtimeResid}”），实际为 “${r || "（无）"}”，否则不会运行在共享运行时中`
      );
  };
}

/** 自定义函数：Script/Page/Metadata、命名空间 JUESUAN、元数据 URL 的默认与英文版本。 */
function checkCustomFunctions(
  host: XNode,
  res: Resources,
  sameRuntime: SameRuntime,
  checks: Checks
): void {
  const cf = kids(kid(host, "AllFormFactors"), "ExtensionPoint").find(
    (e) => xsiType(e) === "CustomFunctions"
  );
  if (!cf) {
    checks.report(host, 'AllFormFactors 缺少 xsi:type="CustomFunctions" 的 ExtensionPoint');
    return;
  }
  for (const part of ["Script", "Page", "Metadata"]) {
    const el = kid(cf, part);
    if (!el || !kid(el, "SourceLocation"))
      checks.report(cf, `CustomFunctions 缺少 ${part}/SourceLocation`);
  }
  sameRuntime(kid(kid(cf, "Page"), "SourceLocation"), "CustomFunctions 的 Page/SourceLocation");

  const nsEl = kid(cf, "Namespace");
  if (!nsEl) checks.report(cf, "CustomFunctions 缺少 Namespace");
  const nsDef = nsEl && res.get(attr(nsEl, "resid") || "");
  if (nsDef) {
    const v = attr(nsDef.node, "DefaultValue");
    if (v !== REQUIRED_NAMESPACE)
      checks.report(
        nsDef.node,
        `自定义函数命名空间必须为 ${REQUIRED_NAMESPACE}，实际为 “${v || ""}”`
      );
    for (const o of overrides(nsDef.node))
      if (attr(o, "Value") !== REQUIRED_NAMESPACE)
        checks.report(
          o,
          `自定义函数命名空间的 Override 也必须为 ${REQUIRED_NAMESPACE}，实际为 “${attr(o, "Value") || ""}”`
        );
  }

  const metaLoc = kid(kid(cf, "Metadata"), "SourceLocation");
  const metaDef = metaLoc && res.get(attr(metaLoc, "resid") || "");
  if (!metaDef || metaDef.kind !== "Urls") return;
  const dv = attr(metaDef.node, "DefaultValue") || "";
  if (!dv.endsWith(`/${METADATA_DEFAULT_FILE}`))
    checks.report(
      metaDef.node,
      `自定义函数元数据 URL 的 DefaultValue 应为 DefaultLocale 的中文函数名 ${METADATA_DEFAULT_FILE}，实际为 “${dv}”`
    );
  const en = overrides(metaDef.node).find(
    (o) => (attr(o, "Locale") || "").toLowerCase() === METADATA_ENGLISH.locale.toLowerCase()
  );
  if (!en || !(attr(en, "Value") || "").endsWith(`/${METADATA_ENGLISH.file}`))
    checks.report(
      metaDef.node,
      `自定义函数元数据 URL 缺少 <bt:Override Locale="${METADATA_ENGLISH.locale}" Value="…/${METADATA_ENGLISH.file}"/>（英文函数名）`
    );
}

/** 桌面版：FunctionFile 与 ShowTaskpane 在共享运行时中、功能区图标三种尺寸、控件 id 唯一。 */
function checkDesktop(
  desktop: XNode,
  res: Resources,
  sameRuntime: SameRuntime,
  checks: Checks
): void {
  sameRuntime(kid(desktop, "FunctionFile"), "FunctionFile");
  for (const n of walk(desktop)) {
    if (n.local === "Action" && xsiType(n) === "ShowTaskpane") {
      sameRuntime(kid(n, "SourceLocation"), "ShowTaskpane 的 SourceLocation");
      if (!kid(n, "TaskpaneId")?.text) checks.report(n, "ShowTaskpane 缺少 TaskpaneId");
    }
    if (n.local === "Icon" && n.ns === NS.ov) {
      const sizes = kids(n, "Image").map((i) => attr(i, "size"));
      for (const need of ["16", "32", "80"])
        if (!sizes.includes(need)) checks.report(n, `Icon 缺少 size="${need}" 的 bt:Image`);
      for (const img of kids(n, "Image")) {
        const def = res.get(attr(img, "resid") || "");
        if (def && def.kind === "Images")
          checks.iconSizeChecks.push({
            where: img,
            url: attr(def.node, "DefaultValue"),
            size: Number(attr(img, "size")),
          });
      }
    }
  }
  const ids = new Map<string, string>();
  for (const n of walk(desktop)) {
    if (!["Group", "Control", "Menu", "Item"].includes(n.local)) continue;
    const id = attr(n, "id");
    if (!id) checks.report(n, `${n.local} 缺少 id`);
    else if (ids.has(id)) checks.report(n, `id “${id}” 与 ${ids.get(id)} 重复`);
    else ids.set(id, n.path);
  }
}
