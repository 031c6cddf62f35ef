export type CatalogKind = "functional" | "economic";
export type SubjectLevel = "类" | "款" | "项";

export const CATALOG_LABEL: Record<CatalogKind, string> = {
  functional: "功能分类",
  economic: "经济分类",
};

/** The catalog a 科目类型 as typed names ("功能分类" / "经济分类"); undefined for anything else. */
export const catalogKindOf = (label: string): CatalogKind | undefined =>
  (Object.keys(CATALOG_LABEL) as CatalogKind[]).find((kind) => CATALOG_LABEL[kind] === label);

/** Code lengths per level: 功能分类 类/款/项 = 3/5/7 digits, 经济分类 类/款 = 3/5 digits. */
const LEVEL_LENGTHS: Record<CatalogKind, Record<number, SubjectLevel>> = {
  functional: { 3: "类", 5: "款", 7: "项" },
  economic: { 3: "类", 5: "款" },
};

export interface Subject {
  code: string;
  name: string;
  level: SubjectLevel;
  /** The code of the enclosing 类 or 款; undefined for a 类. */
  parent?: string;
  /** Added by the user in the workbook's 科目补充 sheet rather than shipped with the catalog. */
  userAdded?: boolean;
}

export interface CatalogData {
  catalog: CatalogKind;
  year: number;
  source: string;
  entries: [string, string][];
}

/** Normalises what a clerk typed as a code: full-width digits, spaces ("201 03 01"), numbers. */
export function normalizeCode(input: unknown): string {
  if (input === null || input === undefined) return "";
  return String(input).normalize("NFKC").replace(/\s+/g, "");
}

export function levelOf(kind: CatalogKind, code: string): SubjectLevel | undefined {
  return /^\d+$/.test(code) ? LEVEL_LENGTHS[kind][code.length] : undefined;
}

export function parentCode(kind: CatalogKind, code: string): string | undefined {
  const level = levelOf(kind, code);
  if (level === "款") return code.slice(0, 3);
  if (level === "项") return code.slice(0, 5);
  return undefined;
}

export interface CatalogAddition {
  code: unknown;
  name: unknown;
  /** Where the addition came from, for messages ("科目补充!B5"). */
  where?: string;
}

export class SubjectCatalog {
  private readonly byCode = new Map<string, Subject>();
  private readonly ordered: Subject[];

  constructor(
    readonly kind: CatalogKind,
    readonly year: number,
    subjects: Subject[]
  ) {
    for (const s of subjects) this.byCode.set(s.code, s);
    // Codes are prefix-hierarchical with fixed lengths, so code order is catalog order.
    this.ordered = [...this.byCode.values()].sort((a, b) =>
      a.code < b.code ? -1 : a.code > b.code ? 1 : 0
    );
  }

  static fromData(data: CatalogData): SubjectCatalog {
    const subjects = data.entries.map(([code, name]) => ({
      code,
      name,
      level: levelOf(data.catalog, code) as SubjectLevel,
      parent: parentCode(data.catalog, code),
    }));
    return new SubjectCatalog(data.catalog, data.year, subjects);
  }

  get label(): string {
    return CATALOG_LABEL[this.kind];
  }

  get(code: string): Subject | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  name(code: string): string | undefined {
    return this.byCode.get(code)?.name;
  }

  all(): readonly Subject[] {
    return this.ordered;
  }

  atLevel(level: SubjectLevel): Subject[] {
    return this.ordered.filter((s) => s.level === level);
  }

  children(code: string): Subject[] {
    return this.ordered.filter((s) => s.parent === code);
  }

  /** The 类 (and 款) above a code, outermost first. */
  ancestors(code: string): string[] {
    const chain: string[] = [];
    for (let p = parentCode(this.kind, code); p; p = parentCode(this.kind, p)) chain.unshift(p);
    return chain;
  }

  /**
   * A catalog extended with the user's own codes. A code already shipped keeps its shipped name unless
   * the user gives another (then the user's name wins and a note says so). Problems are returned, not thrown.
   */
  extend(additions: readonly CatalogAddition[]): {
    catalog: SubjectCatalog;
    problems: string[];
    notes: string[];
  } {
    const problems: string[] = [];
    const notes: string[] = [];
    const merged = new Map(this.byCode);
    const label = this.label;
    const pending: Subject[] = [];
    for (const add of additions) {
      const code = normalizeCode(add.code);
      const name = String(add.name ?? "").trim();
      const at = add.where ? `${add.where}：` : "";
      const level = levelOf(this.kind, code);
      if (!level) {
        const lengths = Object.keys(LEVEL_LENGTHS[this.kind]).join("/");
        problems.push(`${at}${label}科目编码「${code}」格式不正确（应为 ${lengths} 位数字）`);
        continue;
      }
      if (!name) {
        problems.push(`${at}${label}科目「${code}」缺少科目名称`);
        continue;
      }
      const shipped = merged.get(code);
      if (shipped && shipped.name !== name)
        notes.push(
          `${at}${label}科目「${code}」使用补充名称「${name}」（内置名称为「${shipped.name}」）`
        );
      const subject: Subject = {
        code,
        name,
        level,
        parent: parentCode(this.kind, code),
        userAdded: true,
      };
      merged.set(code, subject);
      pending.push(subject);
    }
    for (const s of pending) {
      if (s.parent && !merged.has(s.parent)) {
        problems.push(
          `${label}科目「${s.code} ${s.name}」的上级科目「${s.parent}」不存在，请先补充上级科目`
        );
      }
    }
    return {
      catalog: new SubjectCatalog(this.kind, this.year, [...merged.values()]),
      problems,
      notes,
    };
  }
}
