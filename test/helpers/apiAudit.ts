import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

/**
 * Static audit of the Office.js members the add-in uses. Every property access in the given files is
 * resolved with the TypeScript checker; those declared in @types/office-js (or the custom functions
 * runtime types) are checked:
 * - its requirement set, from the `[Api set: …]` tag of the declaration's JSDoc, must be declared in
 *   the manifest (<Requirements><Sets>), or the use must be guarded by an `isSetSupported` check:
 *   inside an `if`/`?:`/`&&` whose condition calls isSetSupported/supports with a high enough version,
 *   or names a flag assigned from such a call (`mergedAreas: this.supports("1.13")`), or inside a
 *   function whose every call is so guarded;
 * - an Excel member must be defined in each bundled office.js host script (Windows, web, Mac):
 *   requirement sets say what a host may support, the script we ship says what it can call.
 */

const root = path.resolve(__dirname, "../..");
const HOST_SCRIPTS = ["excel-win32-16.01.js", "excel-web-16.00.js", "excel-mac-16.00.js"];
const TYPE_PACKAGES = [
  "@types/office-js",
  "@types/custom-functions-runtime",
  "@types/office-runtime",
];
/** Members every client object or context inherits from OfficeExtension: looked up anywhere. */
const INHERITED = new Set([
  "load",
  "sync",
  "toJSON",
  "track",
  "untrack",
  "set",
  "isNullObject",
  "context",
]);

export interface ApiUse {
  file: string;
  line: number;
  /** "Excel.Range.select" */
  member: string;
  apiSet?: { name: string; version: string };
}

export interface AuditResult {
  uses: ApiUse[];
  problems: string[];
}

export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Requirement sets the manifest declares, name → minimum version. */
export function declaredSets(manifestXml: string): Map<string, string> {
  const sets = new Map<string, string>();
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? "";
  for (const m of requirements.matchAll(/<Set Name="([^"]+)"(?: MinVersion="([^"]+)")?/g))
    sets.set(m[1], m[2] ?? "1.1");
  // Every Excel add-in has ExcelApi 1.1.
  if (!sets.has("ExcelApi")) sets.set("ExcelApi", "1.1");
  return sets;
}

/** The requirement set of a declaration, from its JSDoc. */
export function apiSetOf(decl: ts.Node): { name: string; version: string } | undefined {
  const text = decl.getSourceFile().text;
  for (const range of ts.getLeadingCommentRanges(text, decl.pos) ?? []) {
    const comment = text.slice(range.pos, range.end);
    const m =
      /\[Api set: (\w+) ([\d.]+)/.exec(comment) ??
      /\*\*Requirement set\*\*: \{@link [^|}]*\| (\w+) ([\d.]+)\}/.exec(comment);
    if (m) return { name: m[1], version: m[2] };
  }
  return undefined;
}

/** Members each Excel class defines in one host script: class name → member names. */
export function hostMembers(script: string): { classes: Map<string, Set<string>>; all: string } {
  const classes = new Map<string, Set<string>>();
  const marker = /"_className",\{get:function\(\)\{return"(\w+)"\}/g;
  const starts = [...script.matchAll(marker)];
  starts.forEach((m, i) => {
    const end = starts[i + 1]?.index ?? script.length;
    const segment = script.slice(m.index, end);
    const members = classes.get(m[1]) ?? new Set<string>();
    for (const p of segment.matchAll(/\.prototype\.(\w+)=function/g)) members.add(p[1]);
    for (const p of segment.matchAll(/defineProperty\(\w+\.prototype,"(\w+)"/g)) members.add(p[1]);
    classes.set(m[1], members);
  });
  return { classes, all: script };
}

let hostsCache: { name: string; classes: Map<string, Set<string>>; all: string }[] | undefined;
export function bundledHosts() {
  hostsCache ??= HOST_SCRIPTS.map((name) => ({
    name,
    ...hostMembers(
      fs.readFileSync(path.join(root, "node_modules/@microsoft/office-js/dist", name), "utf8")
    ),
  }));
  return hostsCache;
}

/** Whether a host script defines `Excel.<cls>.<member>` (or a namespace function `Excel.<member>`). */
export function definedIn(
  host: { classes: Map<string, Set<string>>; all: string },
  cls: string | undefined,
  member: string
): boolean {
  const own = cls ? host.classes.get(cls) : undefined;
  if (own && !INHERITED.has(member)) return own.has(member);
  const name = member.replace(/[$]/g, "\\$");
  return new RegExp(`[.,]${name}=|prototype\\.${name}=|"${name}"`).test(host.all);
}

function isFunctionLike(node: ts.Node): node is ts.SignatureDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node)
  );
}

export function auditApiUse(files: readonly string[], manifestXml: string): AuditResult {
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram(
    files.map((f) => path.resolve(root, f)),
    parsed.options
  );
  const checker = program.getTypeChecker();
  const declared = declaredSets(manifestXml);
  const sources = files.map((f) => program.getSourceFile(path.resolve(root, f))!);

  // Flags assigned from a requirement-set check: `mergedAreas: this.supports("1.13")`.
  const guardFlags = new Map<string, { name: string; version: string }>();
  const checkIn = (expr: ts.Node): { name: string; version: string } | undefined => {
    let found: { name: string; version: string } | undefined;
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n)) {
        const callee = ts.isPropertyAccessExpression(n.expression)
          ? n.expression.name.text
          : ts.isIdentifier(n.expression)
            ? n.expression.text
            : "";
        const args = n.arguments.filter(ts.isStringLiteral).map((a) => a.text);
        if (callee === "isSetSupported" && args.length === 2)
          found = { name: args[0], version: args[1] };
        else if (callee === "supports" && args.length === 1)
          found = { name: "ExcelApi", version: args[0] };
      }
      if (!found) ts.forEachChild(n, visit);
    };
    visit(expr);
    return found;
  };
  for (const source of sources) {
    const visit = (n: ts.Node): void => {
      if ((ts.isPropertyAssignment(n) || ts.isVariableDeclaration(n)) && n.initializer) {
        const set = checkIn(n.initializer);
        if (set && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name)))
          guardFlags.set(n.name.text, set);
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }

  const satisfies = (
    have: { name: string; version: string } | undefined,
    need: { name: string; version: string }
  ) =>
    have !== undefined &&
    have.name === need.name &&
    compareVersions(have.version, need.version) >= 0;

  /** The requirement set a condition checks, directly or through a flag. */
  const conditionChecks = (cond: ts.Node, need: { name: string; version: string }): boolean => {
    if (satisfies(checkIn(cond), need)) return true;
    let ok = false;
    const visit = (n: ts.Node): void => {
      if (
        (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) &&
        satisfies(guardFlags.get(n.text), need)
      )
        ok = true;
      if (!ok) ts.forEachChild(n, visit);
    };
    visit(cond);
    return ok;
  };

  const references = (fn: ts.SignatureDeclaration): ts.Node[] => {
    const name = fn.name ?? (ts.isVariableDeclaration(fn.parent) ? fn.parent.name : undefined);
    if (!name) return [];
    const symbol = checker.getSymbolAtLocation(name);
    if (!symbol) return [];
    const refs: ts.Node[] = [];
    for (const source of sources) {
      const visit = (n: ts.Node): void => {
        if (ts.isIdentifier(n) && n !== name && n.text === name.getText()) {
          if (checker.getSymbolAtLocation(n) === symbol) refs.push(n);
        }
        ts.forEachChild(n, visit);
      };
      visit(source);
    }
    return refs;
  };

  const guarded = (node: ts.Node, need: { name: string; version: string }, depth = 0): boolean => {
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (
        ts.isIfStatement(parent) &&
        parent.thenStatement === child &&
        conditionChecks(parent.expression, need)
      )
        return true;
      if (
        ts.isConditionalExpression(parent) &&
        parent.whenTrue === child &&
        conditionChecks(parent.condition, need)
      )
        return true;
      if (
        ts.isBinaryExpression(parent) &&
        parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
        parent.right === child &&
        conditionChecks(parent.left, need)
      )
        return true;
      if (isFunctionLike(parent)) {
        // A callback written in place (`list.map((x) => …)`) runs where it is written.
        const named =
          parent.name ?? (ts.isVariableDeclaration(parent.parent) ? parent.parent.name : undefined);
        if (!named && ts.isCallExpression(parent.parent)) continue;
        if (depth > 4) return false;
        const refs = references(parent);
        return refs.length > 0 && refs.every((ref) => guarded(ref, need, depth + 1));
      }
    }
    return false;
  };

  const uses: ApiUse[] = [];
  const problems: string[] = [];
  for (const source of sources) {
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) {
        let symbol = checker.getSymbolAtLocation(n.name);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias)
          symbol = checker.getAliasedSymbol(symbol);
        const decl = symbol?.declarations?.find((d) =>
          TYPE_PACKAGES.some((p) => d.getSourceFile().fileName.includes(`/node_modules/${p}/`))
        );
        if (decl) {
          const owner =
            ts.isClassDeclaration(decl.parent) || ts.isInterfaceDeclaration(decl.parent)
              ? decl.parent.name?.text
              : undefined;
          const namespaces: string[] = [];
          for (let p: ts.Node | undefined = decl.parent; p; p = p.parent)
            if (ts.isModuleDeclaration(p)) namespaces.unshift(p.name.getText());
          const member = [...namespaces, ...(owner ? [owner] : []), n.name.text].join(".");
          const apiSet = apiSetOf(decl);
          const where = `${path.relative(root, source.fileName)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
          uses.push({
            file: where.split(":")[0],
            line: Number(where.split(":")[1]),
            member,
            apiSet,
          });
          if (apiSet) {
            const have = declared.get(apiSet.name);
            const covered = have !== undefined && compareVersions(have, apiSet.version) >= 0;
            if (!covered && !guarded(n, apiSet))
              problems.push(
                `${where} ${member}：需要 ${apiSet.name} ${apiSet.version}，清单只声明了 ${have ? `${apiSet.name} ${have}` : "（无）"}，且未经 isSetSupported 判断`
              );
          }
          if (namespaces[0] === "Excel" && namespaces.length === 1) {
            const missing = bundledHosts()
              .filter((h) => !definedIn(h, owner, n.name.text))
              .map((h) => h.name);
            if (missing.length)
              problems.push(
                `${where} ${member}：随附的 office.js 中没有该成员（${missing.join("、")}）`
              );
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }
  return { uses, problems };
}

/** The add-in's sources the audit covers. */
export function addinSources(): string[] {
  const list = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return list(rel);
      return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [rel] : [];
    });
  return ["src/excel", "src/taskpane", "src/functions"].flatMap(list);
}
