/**
 * A small streaming XML tokenizer for the parts of an .xlsx file: elements, attributes and text,
 * with entities decoded. Namespace prefixes are dropped from element names (`x:c` is `c`), which
 * is all that reading cell values needs. It is much faster than a general SAX parser on sheet XML,
 * where a million ledger lines are some 30 million tags.
 */

export interface XmlHandler {
  open(name: string, attributes: string): void;
  close(name: string): void;
  text(text: string): void;
}

export class XmlSyntaxError extends Error {}

// A start or end tag; quoted attribute values may hold ">".
const TAG = /<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : NAMED[e]
  );
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag as given to `XmlHandler.open`, decoded. */
export function attributesOf(attributes: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!attributes) return out;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(attributes); m; m = ATTRIBUTE.exec(attributes))
    out[m[1]] = decodeEntities(m[2] ?? m[3]);
  return out;
}

/** One attribute's decoded value, without building the whole record (the hot path for cells). */
export function attribute(attributes: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attributes.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = at === 0 ? " " : attributes[at - 1];
    if (before !== " " && before !== "\t" && before !== "\n" && before !== "\r") continue;
    let p = from;
    while (attributes[p] === " ") p++;
    if (attributes[p] !== "=") continue;
    p++;
    while (attributes[p] === " ") p++;
    const quote = attributes[p];
    if (quote !== '"' && quote !== "'") continue;
    const end = attributes.indexOf(quote, p + 1);
    return decodeEntities(attributes.slice(p + 1, end));
  }
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export class XmlScanner {
  private rest = "";

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    // XML 1.0 allows no control characters but tab and line ends; ExcelJS's parser refuses them too.
    if (CONTROL.test(chunk)) throw new XmlSyntaxError("XML 中有不允许的控制字符");
    const s = this.rest ? this.rest + chunk : chunk;
    const h = this.handler;
    let i = 0;
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) break;
      if (lt > i) h.text(decodeEntities(s.slice(i, lt)));
      i = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const end = this.special(s, lt);
        if (end < 0) break;
        i = end;
        continue;
      }
      TAG.lastIndex = lt;
      if (!TAG.test(s)) break; // incomplete: wait for more
      const gt = TAG.lastIndex - 1;
      if (next === 47 /* / */) {
        h.close(localName(s.slice(lt + 2, gt).trim()));
      } else {
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        const body = s.slice(lt + 1, selfClosing ? gt - 1 : gt);
        let n = 0;
        while (n < body.length && !isSpace(body.charCodeAt(n))) n++;
        const name = localName(body.slice(0, n));
        h.open(name, body.slice(n));
        if (selfClosing) h.close(name);
      }
      i = gt + 1;
    }
    this.rest = s.slice(i);
  }

  /** Comments, CDATA, declarations and processing instructions; returns where they end, or -1. */
  private special(s: string, lt: number): number {
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      this.handler.text(s.slice(lt + 9, end));
      return end + 3;
    }
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.length < lt + 9) return -1; // might still become <![CDATA[ or <!--
    const end = s.indexOf(">", lt);
    return end < 0 ? -1 : end + 1;
  }

  end(): void {
    if (this.rest.trim()) throw new XmlSyntaxError("XML 不完整");
    this.rest = "";
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
