// The manifest as a small element tree (child order and namespaces kept) and the helpers that read it.
import { parseStringPromise } from "xml2js";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xmlns: "http://www.w3.org/2000/xmlns/",
};

/** An attribute as xml2js gives it with `xmlns: true`. */
interface XAttr {
  name: string;
  value: string;
  prefix?: string;
  local: string;
  uri?: string;
}

export interface XNode {
  qname: string;
  local: string;
  ns: string;
  attrs: Record<string, XAttr | undefined>;
  text: string;
  children: XNode[];
  parent: XNode | null;
  /** An XPath-like address for messages ("/OfficeApp/Hosts/Host[@xsi:type="Workbook"]"). */
  path: string;
}

interface RawNode {
  "#name": string;
  $ns?: { local: string; uri: string };
  $?: Record<string, XAttr>;
  _?: unknown;
  $$?: unknown[];
}

const isRawNode = (c: unknown): c is RawNode =>
  !!c && typeof c === "object" && !!(c as RawNode)["#name"];

function toNode(raw: RawNode, parent: XNode | null): XNode {
  const node: XNode = {
    qname: raw["#name"],
    local: raw.$ns ? raw.$ns.local : raw["#name"],
    ns: raw.$ns ? raw.$ns.uri : "",
    attrs: raw.$ || {},
    text: typeof raw._ === "string" ? raw._.trim() : "",
    children: [],
    parent,
    path: "",
  };
  for (const c of raw.$$ || []) if (isRawNode(c)) node.children.push(toNode(c, node));
  return node;
}

function assignPaths(node: XNode, parentPath: string): void {
  node.path = parentPath;
  const counts: Record<string, number> = {};
  for (const c of node.children) counts[c.qname] = (counts[c.qname] || 0) + 1;
  const seen: Record<string, number> = {};
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

export async function parseManifest(xmlText: string): Promise<XNode> {
  const raw = await parseStringPromise(xmlText, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitCharkey: true,
    xmlns: true,
  });
  const root = toNode(raw[Object.keys(raw)[0]] as RawNode, null);
  assignPaths(root, `/${root.qname}`);
  return root;
}

/** 属性值（按本地名 + 命名空间 URI；无前缀属性的 URI 为空串）。 */
export function attr(node: XNode | undefined, local: string, uri = ""): string | undefined {
  if (!node) return undefined;
  for (const a of Object.values(node.attrs)) {
    if (a && a.local === local && (a.uri || "") === uri && a.prefix !== "xmlns") return a.value;
  }
  return undefined;
}

export function xsiType(node: XNode | undefined): string | undefined {
  const t = attr(node, "type", NS.xsi);
  return t === undefined ? undefined : t.replace(/^.*:/, "");
}

/** 命名空间声明（prefix 为 "" 表示默认命名空间）。 */
export function nsDecl(node: XNode, prefix: string): string | undefined {
  for (const a of Object.values(node.attrs)) {
    if (!a) continue;
    if (prefix === "" && a.name === "xmlns") return a.value;
    if (prefix !== "" && a.name === `xmlns:${prefix}`) return a.value;
  }
  return undefined;
}

export function kids(node: XNode | undefined, local: string): XNode[] {
  return node ? node.children.filter((c) => c.local === local) : [];
}

export function kid(node: XNode | undefined, local: string): XNode | undefined {
  return kids(node, local)[0];
}

export function* walk(node: XNode): Generator<XNode> {
  yield node;
  for (const c of node.children) yield* walk(c);
}

export function charLen(s: string): number {
  return [...s].length;
}

export function overrides(node: XNode | undefined): XNode[] {
  return kids(node, "Override");
}

export function isInside(node: XNode, ancestor: XNode): boolean {
  for (let p: XNode | null = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
