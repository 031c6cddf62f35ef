/**
 * Traditional → simplified for lint drafts (a department in Hong Kong style, a draft pasted from a
 * traditional-character source). The converter is opencc-js (the OpenCC dictionaries; MIT and
 * Apache-2.0), loaded only when the text has one of the traditional characters every such draft
 * uses, so a simplified draft costs one scan.
 */
const TELLTALE =
  /[們個這經費預決計資產財務撥與為對較減長機關單時國數額說開門發業員來區實際當設備運車輛補貼總點見據況項並後萬億圓錢購買體於將從讓還證據報義議論營稅務處幣]/u;

type Convert = (text: string) => string;
let converter: Convert | undefined;

function load(): Convert {
  if (!converter) {
    const OpenCC = require("opencc-js/t2cn") as {
      Converter(options: { from: string; to: string }): Convert;
    };
    converter = OpenCC.Converter({ from: "t", to: "cn" });
  }
  return converter;
}

/** The text in simplified characters, and how many characters changed (0: none were traditional). */
export function toSimplified(text: string): { text: string; changed: number } {
  if (!TELLTALE.test(text)) return { text, changed: 0 };
  const converted = load()(text);
  let changed = 0;
  if (converted.length === text.length) {
    for (let i = 0; i < text.length; i++) if (text[i] !== converted[i]) changed++;
  } else changed = Math.max(1, Math.abs(converted.length - text.length));
  return { text: converted, changed };
}
