// What every check shares: the problem list (each said once) and the URLs to verify against assets/.
import { LOCALE_RE } from "./schema";
import { attr, charLen, overrides, XNode } from "./xml";

export interface IconCheck {
  where: XNode;
  url: string | undefined;
  /** The PNG must be size×size. */
  size: number;
}

export class Checks {
  readonly problems: string[] = [];
  /** URLs under the assets base: their files must exist. */
  readonly assetRefs: { where: XNode; url: string }[] = [];
  readonly iconSizeChecks: IconCheck[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly assetsBase: string) {}

  /** A problem at an element (or a path), "元素路径: 说明". */
  report(where: XNode | string, message: string): void {
    const line = `${typeof where === "string" ? where : where.path}: ${message}`;
    if (this.seen.has(line)) return;
    this.seen.add(line);
    this.problems.push(line);
  }

  /** An absolute https URL; one under the assets base is remembered for the file check. */
  url(where: XNode, value: string | undefined, label: string): void {
    if (value === undefined) return;
    let u: URL;
    try {
      u = new URL(value);
    } catch {
      this.report(where, `${label} 不是有效的绝对 URL：“${value}”`);
      return;
    }
    if (u.protocol !== "https:") this.report(where, `${label} 必须使用 https：“${value}”`);
    if (value.startsWith(this.assetsBase)) this.assetRefs.push({ where, url: value });
  }

  /** An element whose DefaultValue (and each Override's Value) is a URL. */
  urlSetting(el: XNode | undefined): void {
    if (!el) return;
    const dv = attr(el, "DefaultValue");
    if (dv === undefined) this.report(el, `${el.local} 缺少 DefaultValue`);
    this.url(el, dv, `${el.local} 的 DefaultValue`);
    for (const o of overrides(el)) {
      this.override(o);
      this.url(o, attr(o, "Value"), "Override 的 Value");
    }
  }

  /** An Override: a valid Locale and a Value of at most `max` characters. */
  override(o: XNode, max?: number): void {
    const loc = attr(o, "Locale");
    const val = attr(o, "Value");
    if (!loc) this.report(o, "Override 缺少 Locale");
    else if (!LOCALE_RE.test(loc)) this.report(o, `Override 的 Locale 格式无效：“${loc}”`);
    if (val === undefined || val === "") this.report(o, "Override 缺少 Value");
    else if (max !== undefined && charLen(val) > max)
      this.report(o, `Override 的 Value 超过 ${max} 个字符（${charLen(val)}）`);
  }
}
