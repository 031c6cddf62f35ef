import { Decimal, ZERO } from "../money";
import type { LedgerGroup } from "../inputs/types";
import type { LedgerFilter } from "./definitions";
import type { CatalogKind } from "../subjects/catalog";

type Field = "functional" | "economic" | "source" | "nature";
const FIELDS: readonly Field[] = ["functional", "economic", "source", "nature"];

/**
 * Sums of ledger groups by filter. Each filter *shape* (which fields it fixes) is projected once
 * into a map, so a table of thousands of cells costs a few passes over the ledger, not one per cell.
 */
export class LedgerIndex {
  private readonly projections = new Map<string, Map<string, Decimal>>();

  constructor(private readonly groups: readonly LedgerGroup[]) {}

  /** Σ amount (元) of the groups matching the filter. */
  sum(filter: LedgerFilter): Decimal {
    const fixed = FIELDS.filter((f) => f !== "source" && filter[f] !== undefined);
    if (filter.sources) fixed.push("source");
    const projection = this.project(fixed);
    const keyOf = (source?: string) =>
      [filter.kind, ...fixed.map((f) => (f === "source" ? source : (filter[f] as string)))].join(
        "\u0001"
      );
    if (!filter.sources) return projection.get(keyOf()) ?? ZERO;
    let total = ZERO;
    for (const source of filter.sources) total = total.plus(projection.get(keyOf(source)) ?? ZERO);
    return total;
  }

  /** Groups matching the filter, ignoring its `free` field (to find which codes have data). */
  matching(filter: LedgerFilter, free: CatalogKind): LedgerGroup[] {
    return this.groups.filter(
      (g) =>
        g.kind === filter.kind &&
        (!filter.sources || filter.sources.includes(g.source as never)) &&
        (filter.nature === undefined || g.nature === filter.nature) &&
        (free === "functional" ||
          filter.functional === undefined ||
          g.functional === filter.functional) &&
        (free === "economic" || filter.economic === undefined || g.economic === filter.economic)
    );
  }

  private project(fields: readonly Field[]): Map<string, Decimal> {
    const signature = fields.join(",");
    let projection = this.projections.get(signature);
    if (projection) return projection;
    projection = new Map();
    for (const g of this.groups) {
      const key = [g.kind, ...fields.map((f) => g[f])].join("\u0001");
      const sum = projection.get(key);
      projection.set(key, sum ? sum.plus(g.amount) : g.amount);
    }
    this.projections.set(signature, projection);
    return projection;
  }
}
