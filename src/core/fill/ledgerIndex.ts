import { Decimal, MAX_EXACT_CENTS, ZERO, centsToYuan } from "../money";
import type { LedgerGroup } from "../inputs/types";
import type { LedgerFilter } from "./definitions";
import type { CatalogKind } from "../subjects/catalog";

type Field = "functional" | "economic" | "source" | "nature";
const FIELDS: readonly Field[] = ["functional", "economic", "source", "nature"];

/**
 * Sums of ledger groups by filter. Each filter *shape* (which fields it fixes) is projected once
 * into a map, so a table of thousands of cells costs a few passes over the ledger, not one per cell.
 *
 * When every group has its amount in whole 分 and the sum of their magnitudes is at most 2^53 - 1,
 * every partial sum is an exact integer in a double: the projections then add numbers and a
 * Decimal is made only for the sums asked for. Equal to adding the Decimals (a test proves it).
 */
/** Whether the group matches the filter, its `free` field aside. */
const matches = (g: LedgerGroup, filter: LedgerFilter, free: CatalogKind): boolean =>
  g.kind === filter.kind &&
  (!filter.sources || filter.sources.includes(g.source as never)) &&
  (filter.nature === undefined || g.nature === filter.nature) &&
  (free === "functional" ||
    filter.functional === undefined ||
    g.functional === filter.functional) &&
  (free === "economic" || filter.economic === undefined || g.economic === filter.economic);

/** A projection: a map per field (kind first), the sums (分 or 元) at the leaves. */
type Trie = Map<string, Trie | Decimal | number>;

export class LedgerIndex {
  private readonly projections = new Map<string, Trie>();
  private readonly inCents: boolean;

  constructor(private readonly groups: readonly LedgerGroup[]) {
    let magnitude = 0;
    for (const g of groups) {
      if (g.cents === undefined) {
        magnitude = Infinity;
        break;
      }
      magnitude += Math.abs(g.cents);
    }
    this.inCents = magnitude <= MAX_EXACT_CENTS;
  }

  /** Σ amount (元) of the groups matching the filter. */
  sum(filter: LedgerFilter): Decimal {
    const fixed = FIELDS.filter((f) => f !== "source" && filter[f] !== undefined);
    if (filter.sources) fixed.push("source");
    const projection = this.project(fixed);
    const keysOf = (source?: string) => [
      filter.kind,
      ...fixed.map((f) => (f === "source" ? (source as string) : (filter[f] as string))),
    ];
    const sums = filter.sources
      ? filter.sources.map((s) => leaf(projection, keysOf(s)))
      : [leaf(projection, keysOf())];
    return this.total(sums);
  }
  /** Codes of the `free` field whose matching groups sum to other than zero. */
  nonZeroCodes(filter: LedgerFilter, free: CatalogKind): string[] {
    const sums = new Map<string, (Decimal | number)[]>();
    for (const group of this.groups) {
      if (!matches(group, filter, free)) continue;
      const amount = this.inCents ? (group.cents as number) : group.amount;
      const list = sums.get(group[free]);
      if (list) list.push(amount);
      else sums.set(group[free], [amount]);
    }
    const codes: string[] = [];
    for (const [code, amounts] of sums) if (!this.total(amounts).isZero()) codes.push(code);
    return codes;
  }

  /** Groups matching the filter, ignoring its `free` field (to find which codes have data). */
  matching(filter: LedgerFilter, free: CatalogKind): LedgerGroup[] {
    return this.groups.filter((g) => matches(g, filter, free));
  }

  /** The sum of projected sums (分 or 元, as the index keeps them; undefined for none) in 元. */
  private total(sums: readonly (Decimal | number | undefined)[]): Decimal {
    if (this.inCents) {
      let cents = 0;
      for (const s of sums) cents += (s as number | undefined) ?? 0;
      return centsToYuan(cents);
    }
    let total = ZERO;
    for (const s of sums) if (s !== undefined) total = total.plus(s as Decimal);
    return total;
  }

  private project(fields: readonly Field[]): Trie {
    const signature = fields.join(",");
    let projection = this.projections.get(signature);
    if (projection) return projection;
    projection = new Map();
    const cents = this.inCents;
    // Nested maps, not joined keys: no string is made per group.
    for (const g of this.groups) {
      let node = projection;
      let key: string = g.kind;
      for (const f of fields) {
        let next = node.get(key) as Trie | undefined;
        if (!next) node.set(key, (next = new Map()));
        node = next;
        key = g[f];
      }
      const sum = node.get(key) as Decimal | number | undefined;
      if (cents) node.set(key, ((sum as number | undefined) ?? 0) + (g.cents as number));
      else node.set(key, sum ? (sum as Decimal).plus(g.amount) : g.amount);
    }
    this.projections.set(signature, projection);
    return projection;
  }
}

/** The sum at the end of the keys' path, or undefined when no group is there. */
function leaf(projection: Trie, keys: readonly string[]): Decimal | number | undefined {
  let node: Trie | Decimal | number | undefined = projection;
  for (const key of keys) {
    if (node === undefined) return undefined;
    node = (node as Trie).get(key);
  }
  return node as Decimal | number | undefined;
}
