// Reading the repository's own TypeScript with the compiler API: function lengths and the import graph.
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

export const ROOT = path.resolve(__dirname, "../..");

/** Folders that are generated, installed or scratch: never part of the sources. */
const NOT_SOURCES = new Set(["node_modules", "lib", "dist", "out", "coverage", ".git"]);

/** Files under `dir` (relative to the repository) whose names match `pattern`, as repository paths. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return NOT_SOURCES.has(entry.name) ? [] : filesUnder(rel, pattern);
    return pattern.test(entry.name) ? [rel] : [];
  });
}

const TS_FILE = /\.tsx?$/;

function parse(file: string, text = fs.readFileSync(path.join(ROOT, file), "utf8")): ts.SourceFile {
  const kind = file.endsWith(".tsx")
    ? ts.ScriptKind.TSX
    : file.endsWith(".js")
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

export interface FunctionLength {
  file: string;
  /** 1-based line of the function's start. */
  line: number;
  name: string;
  /** Lines with code, data literals not counted. */
  lines: number;
}

/** A literal with no function inside it is data (a table, a list of rows), not logic. */
function isDataLiteral(node: ts.Node): boolean {
  if (!ts.isArrayLiteralExpression(node) && !ts.isObjectLiteralExpression(node)) return false;
  let logic = false;
  const visit = (n: ts.Node): void => {
    if (logic) return;
    if (ts.isFunctionLike(n)) logic = true;
    else ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
  return !logic;
}

function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name))
    return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name))
    return parent.name.text;
  return "(anonymous)";
}

/**
 * Every function's length: the lines holding its code, nested functions included (they are read
 * with it), blank lines, comments and data literals not.
 */
export function functionLengths(file: string, text?: string): FunctionLength[] {
  const source = parse(file, text);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const out: FunctionLength[] = [];
  const measure = (fn: ts.FunctionLikeDeclaration) => {
    // The lines its tokens are on (so neither blank nor comment-only lines), data literals but for
    // their first and last lines (the code around them).
    const counted = new Set<number>();
    const visit = (n: ts.Node): void => {
      if (ts.isJSDoc(n)) return;
      if (n !== fn && isDataLiteral(n)) {
        counted.add(lineOf(n.getStart(source)));
        counted.add(lineOf(n.getEnd()));
        return;
      }
      const children = n.getChildren(source);
      if (children.length > 0) return children.forEach(visit);
      for (let l = lineOf(n.getStart(source)); l <= lineOf(n.getEnd()); l++) counted.add(l);
    };
    visit(fn);
    out.push({
      file,
      line: lineOf(fn.getStart(source)) + 1,
      name: functionName(fn),
      lines: counted.size,
    });
  };
  const walk = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) && "body" in n && n.body) measure(n as ts.FunctionLikeDeclaration);
    ts.forEachChild(n, walk);
  };
  walk(source);
  return out;
}

/** The TypeScript sources of the given folders. */
export function typeScriptFiles(...dirs: string[]): string[] {
  return dirs.flatMap((dir) => filesUnder(dir, TS_FILE));
}

/** Relative imports and re-exports of each file, resolved to repository paths (type-only ones too). */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const resolve = (from: string, spec: string): string | undefined => {
    const base = path.posix.join(path.posix.dirname(from), spec);
    return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((f) =>
      known.has(f)
    );
  };
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const statement of parse(file).statements) {
      const spec =
        (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
        statement.moduleSpecifier &&
        ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      if (!spec?.startsWith(".")) continue;
      const target = resolve(file, spec);
      if (target) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The import cycles: strongly connected groups of more than one file, or a file importing itself. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return cycles;
}
