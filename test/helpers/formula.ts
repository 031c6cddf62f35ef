import Decimal from "decimal.js";

/**
 * A small evaluator of the formula subset juesuan writes (invariant syntax): numbers, "text", cell
 * and range references ('表'!$C$5, '表'!$G:$G, C5:C12), + - * / & = <> < <= > >=, and the functions
 * SUM, SUMIFS, IF, ABS, ROUND, TEXT (formats "0" and "0.00"), COUNTIF. It lets unit tests compare the
 * formula form of a definition with its value form without LibreOffice; the LibreOffice tests still
 * prove the real spreadsheets agree. Anything outside the subset throws, so a new function we emit
 * is noticed here rather than silently mis-evaluated.
 */

export type Scalar = number | string | boolean | null;
/** Sheets as grids of values, 0-based [row][col]. */
export type Sheets = Readonly<Record<string, readonly (readonly Scalar[])[]>>;

interface Range {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}
type Value = Scalar | Range;

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|('(?:[^']|'')+'!|[A-Za-z_][A-Za-z0-9_.]*!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})(?![A-Za-z0-9(])|(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|([A-Z][A-Z0-9.]*)\(|(<=|>=|<>|[-+*/&=<>(),]))/iy;

type Token =
  | { kind: "text"; value: string }
  | { kind: "ref"; sheet?: string; address: string }
  | { kind: "number"; value: number }
  | { kind: "call"; name: string }
  | { kind: "op"; value: string };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < formula.length) {
    if (/^\s*$/.test(formula.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(formula);
    if (!m)
      throw new Error(`formula subset: cannot read «${formula.slice(at, at + 30)}» in ${formula}`);
    at = TOKEN.lastIndex;
    if (m[1] !== undefined)
      tokens.push({ kind: "text", value: m[1].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) {
      const prefix = m[2]?.slice(0, -1);
      const sheet = prefix?.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
      tokens.push({ kind: "ref", sheet, address: m[3].replace(/\$/g, "") });
    } else if (m[4] !== undefined) tokens.push({ kind: "number", value: Number(m[4]) });
    else if (m[5] !== undefined) tokens.push({ kind: "call", name: m[5].toUpperCase() });
    else tokens.push({ kind: "op", value: m[6] });
  }
  return tokens;
}

const column = (letters: string) =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function toRange(sheet: string, address: string): Range {
  const whole = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (whole)
    return { sheet, top: 0, bottom: Infinity, left: column(whole[1]), right: column(whole[2]) };
  const [from, to = from] = address.split(":");
  const parse = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(a) as RegExpExecArray;
    return { row: Number(m[2]) - 1, col: column(m[1]) };
  };
  const a = parse(from);
  const b = parse(to);
  return { sheet, top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** Excel's ROUND: half away from zero on the decimal digits shown (15 significant). */
const round = (n: number, places: number) =>
  new Decimal(n.toPrecision(15)).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();

/** Evaluates `formula` (no leading "=") with references resolved in `sheets`; `sheet` is the formula's own. */
export function evaluateFormula(formula: string, sheets: Sheets, sheet = ""): Scalar {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (value: string) =>
    peek()?.kind === "op" && (peek() as { value: string }).value === value;
  const expect = (value: string) => {
    if (!isOp(value)) throw new Error(`formula subset: expected ${value} in ${formula}`);
    i++;
  };

  const cellsOf = (r: Range): Scalar[] => {
    const grid = sheets[r.sheet];
    if (!grid) throw new Error(`formula subset: no sheet ${r.sheet}`);
    const out: Scalar[] = [];
    for (let row = r.top; row <= Math.min(r.bottom, grid.length - 1); row++)
      for (let col = r.left; col <= r.right; col++) out.push(grid[row]?.[col] ?? null);
    return out;
  };
  const scalar = (v: Value): Scalar => {
    if (v === null || typeof v !== "object") return v;
    const cells = cellsOf(v);
    if (cells.length !== 1)
      throw new Error(`formula subset: a range where a value is needed in ${formula}`);
    return cells[0];
  };
  const num = (v: Value): number => {
    const s = scalar(v);
    if (s === null || s === "") return 0;
    if (typeof s === "boolean") return s ? 1 : 0;
    if (typeof s === "number") return s;
    const n = Number(s);
    if (Number.isNaN(n)) throw new Error(`formula subset: #VALUE! («${s}» is not a number)`);
    return n;
  };
  const str = (v: Value): string => {
    const s = scalar(v);
    if (s === null) return "";
    if (typeof s === "boolean") return s ? "TRUE" : "FALSE";
    return String(s);
  };
  const numbersIn = (v: Value): number[] =>
    v !== null && typeof v === "object"
      ? cellsOf(v).filter((c): c is number => typeof c === "number")
      : [num(v)];
  const matches = (cell: Scalar, criterion: Scalar) => {
    const wanted = criterion === null ? "" : String(criterion);
    return (cell === null ? "" : String(cell)) === wanted;
  };

  const FUNCTIONS: Record<string, (args: Value[]) => Scalar> = {
    SUM: (args) => args.flatMap(numbersIn).reduce((a, b) => a + b, 0),
    ABS: ([x]) => Math.abs(num(x)),
    ROUND: ([x, places]) => round(num(x), num(places)),
    TEXT([x, format]) {
      const f = str(format);
      if (f !== "0" && f !== "0.00") throw new Error(`formula subset: TEXT format ${f}`);
      return round(num(x), f.length === 1 ? 0 : 2).toFixed(f.length === 1 ? 0 : 2);
    },
    SUMIFS([sumRange, ...pairs]) {
      const values = cellsOf(sumRange as Range);
      const tests: { cells: Scalar[]; criterion: Scalar }[] = [];
      for (let p = 0; p < pairs.length; p += 2)
        tests.push({ cells: cellsOf(pairs[p] as Range), criterion: scalar(pairs[p + 1]) });
      let total = 0;
      values.forEach((v, k) => {
        if (typeof v === "number" && tests.every((t) => matches(t.cells[k] ?? null, t.criterion)))
          total += v;
      });
      return total;
    },
    COUNTIF: ([range, criterion]) =>
      cellsOf(range as Range).filter((c) => matches(c, scalar(criterion))).length,
  };

  // Parsed into thunks, so IF evaluates only the branch taken (as Excel does: IF(whole=0,…,part/whole)).
  type Thunk = () => Value;
  // Precedence, lowest first: comparison, &, + -, * /, unary minus.
  function comparison(): Thunk {
    let left = concat();
    for (;;) {
      const t = peek();
      if (t?.kind !== "op" || !["=", "<>", "<", "<=", ">", ">="].includes(t.value)) return left;
      i++;
      const [l, r, op] = [left, concat(), t.value];
      left = () => {
        const [a, b] = [scalar(l()), scalar(r())];
        const numeric = typeof a !== "string" && typeof b !== "string";
        const x = numeric ? num(a) : str(a);
        const y = numeric ? num(b) : str(b);
        return { "=": x === y, "<>": x !== y, "<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y }[
          op
        ] as boolean;
      };
    }
  }
  function concat(): Thunk {
    let left = additive();
    while (isOp("&")) {
      i++;
      const [l, r] = [left, additive()];
      left = () => str(l()) + str(r());
    }
    return left;
  }
  function additive(): Thunk {
    let left = multiplicative();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[i++] as { value: string }).value;
      const [l, r] = [left, multiplicative()];
      left = () => (op === "+" ? num(l()) + num(r()) : num(l()) - num(r()));
    }
    return left;
  }
  function multiplicative(): Thunk {
    let left = unary();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[i++] as { value: string }).value;
      const [l, r] = [left, unary()];
      left = () => {
        const divisor = num(r());
        if (op === "/" && divisor === 0) throw new Error(`formula subset: #DIV/0! in ${formula}`);
        return op === "*" ? num(l()) * divisor : num(l()) / divisor;
      };
    }
    return left;
  }
  function unary(): Thunk {
    if (isOp("-")) {
      i++;
      const operand = unary();
      return () => -num(operand());
    }
    if (isOp("+")) {
      i++;
      return unary();
    }
    return primary();
  }
  function primary(): Thunk {
    const t = tokens[i++];
    if (!t) throw new Error(`formula subset: unexpected end of ${formula}`);
    if (t.kind === "number" || t.kind === "text") return () => t.value;
    if (t.kind === "ref") {
      const range = toRange(t.sheet ?? sheet, t.address);
      return () => range;
    }
    if (t.kind === "op" && t.value === "(") {
      const inner = comparison();
      expect(")");
      return inner;
    }
    if (t.kind === "call") {
      const name = t.name;
      if (name !== "IF" && !FUNCTIONS[name])
        throw new Error(`formula subset: function ${name} in ${formula}`);
      const args: Thunk[] = [];
      if (!isOp(")")) {
        args.push(comparison());
        while (isOp(",")) {
          i++;
          args.push(comparison());
        }
      }
      expect(")");
      if (name === "IF")
        return () => (num(args[0]()) !== 0 ? scalar(args[1]()) : scalar(args[2]?.() ?? false));
      return () => FUNCTIONS[name](args.map((a) => a()));
    }
    throw new Error(`formula subset: unexpected ${JSON.stringify(t)} in ${formula}`);
  }

  const result = comparison();
  if (i !== tokens.length) throw new Error(`formula subset: trailing input in ${formula}`);
  return scalar(result());
}
