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

/** The index of the ">" ending the tag that starts at `lt` (quoted values may hold ">"), or -1. */
function tagEnd(s: string, lt: number): number {
  for (let p = lt + 1; p < s.length; p++) {
    const c = s.charCodeAt(p);
    if (c === 62 /* > */) return p;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      p = s.indexOf(c === 34 ? '"' : "'", p + 1);
      if (p < 0) return -1;
    }
  }
  return -1;
}

/**
 * The local name of the element named in s[start, end): the names of sheet data come back as
 * constants, without making a string for each of a million tags.
 */
function elementName(s: string, start: number, end: number): string {
  if (end - start === 1) {
    switch (s.charCodeAt(start)) {
      case 99:
        return "c";
      case 118:
        return "v";
      case 102:
        return "f";
      case 116:
        return "t";
      case 114:
        return "r";
    }
  } else if (end - start === 3 && s.startsWith("row", start)) return "row";
  return localName(s.slice(start, end));
}
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
      const gt = tagEnd(s, lt);
      if (gt < 0) break; // incomplete: wait for more
      if (next === 47 /* / */) {
        const first = s.charCodeAt(lt + 2);
        const last = s.charCodeAt(gt - 1);
        // No space to trim (printable ASCII at both ends): the name as it stands.
        h.close(
          first > 32 && first < 127 && last > 32 && last < 127
            ? elementName(s, lt + 2, gt)
            : localName(s.slice(lt + 2, gt).trim())
        );
      } else {
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        const bodyEnd = selfClosing ? gt - 1 : gt;
        let n = lt + 1;
        while (n < bodyEnd && !isSpace(s.charCodeAt(n))) n++;
        const name = elementName(s, lt + 1, n);
        h.open(name, n < bodyEnd ? s.slice(n, bodyEnd) : "");
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
