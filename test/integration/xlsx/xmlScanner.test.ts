import { XmlHandler, XmlScanner } from "../../../src/xlsx/xml";

/** The events of the scanner as one list, the XML given in two chunks split at `at`. */
function events(xml: string, at: number): string[] {
  const out: string[] = [];
  const handler: XmlHandler = {
    open: (name, attributes) => out.push(`<${name}|${attributes}`),
    close: (name) => out.push(`/${name}`),
    text: (text) => out.push(`"${text}`),
  };
  const scanner = new XmlScanner(handler);
  scanner.write(xml.slice(0, at));
  scanner.write(xml.slice(at));
  scanner.end();
  // Text may arrive in pieces at a chunk boundary: join neighbouring pieces.
  return out.reduce<string[]>((joined, e) => {
    const last = joined[joined.length - 1];
    if (e[0] === '"' && last?.[0] === '"') joined[joined.length - 1] = last + e.slice(1);
    else joined.push(e);
    return joined;
  }, []);
}

const XML =
  `<?xml version="1.0"?><x:worksheet xmlns:x="u"><!-- a > comment --><sheetData>` +
  `<row r="1"><c r="A1" t="s"><v>12</v></c><c r='B1' s="3"/><x:c r="C1" t="str">` +
  `<x:f a="1>0" b='"'>1&gt;0</x:f><v>a&amp;b&#x41;</v></x:c ></row>` +
  `<row r="2"><c r="AB2"><is><t><![CDATA[<raw>]]></t></is></c></row></sheetData></x:worksheet >`;

const EXPECTED = [
  '<worksheet| xmlns:x="u"',
  "<sheetData|",
  '<row| r="1"',
  '<c| r="A1" t="s"',
  "<v|",
  '"12',
  "/v",
  "/c",
  `<c| r='B1' s="3"`,
  "/c",
  '<c| r="C1" t="str"',
  `<f| a="1>0" b='"'`,
  '"1>0',
  "/f",
  "<v|",
  '"a&bA',
  "/v",
  "/c",
  "/row",
  '<row| r="2"',
  '<c| r="AB2"',
  "<is|",
  "<t|",
  '"<raw>',
  "/t",
  "/is",
  "/c",
  "/row",
  "/sheetData",
  "/worksheet",
];

describe("XmlScanner", () => {
  test("elements, attributes (quoted >), prefixes, entities, CDATA and comments", () => {
    expect(events(XML, XML.length)).toEqual(EXPECTED);
  });

  test("the same events wherever a chunk ends", () => {
    for (let at = 0; at <= XML.length; at++) expect(events(XML, at)).toEqual(EXPECTED);
  });
});
