import { jsonBytes } from "./cells";

/**
 * Request-size bookkeeping for a write. Excel on the web refuses requests over 5 MB
 * (RequestPayloadSizeLimitExceeded), so a write that would exceed the budget is sent in several
 * `context.sync()` calls; everything else is one.
 */

/** Default budget per request: well under the 5 MB limit, leaving room for the estimate's error. */
export const CHUNK_BYTES = 4_000_000;

/**
 * What one queued action (a property assignment or method call, with the object path it creates)
 * costs in the request JSON besides its arguments. Office.js sends about 100–250 bytes; this errs high.
 */
export const ACTION_BYTES = 300;

/**
 * The request bytes that `queue` would add: it runs against a stand-in object that accepts any
 * navigation, assignment and call, counting each assignment or call as one action plus its JSON.
 * So the estimate follows the real code path instead of a parallel formula.
 */
export function estimateRequest<T>(queue: (target: T) => void): number {
  let bytes = 0;
  const stub = (name = ""): unknown =>
    new Proxy(() => undefined, {
      get: (_target, prop) => (prop === "toJSON" ? undefined : stub(String(prop))),
      set: (_target, _prop, value) => {
        bytes += ACTION_BYTES + jsonBytes(value);
        return true;
      },
      apply: (_target, _this, args) => {
        // untrack() sends nothing (it drops the object's keep-reference action).
        if (name !== "untrack") bytes += ACTION_BYTES + jsonBytes(args);
        return stub();
      },
    });
  queue(stub() as T);
  return bytes;
}

/**
 * Queued work of the current request and its estimated size. `begin` queues what every request starts
 * with (suspending calculation and screen updating until that request's sync) and returns its cost.
 */
export class RequestBudget {
  private bytes = 0;
  private empty = true;

  constructor(
    private readonly limit: number,
    private readonly send: () => Promise<void>,
    private readonly begin: () => number
  ) {
    this.bytes = begin();
  }

  /** Whether `cost` more bytes fit; anything fits into a request that holds nothing yet. */
  fits(cost: number): boolean {
    return this.empty || this.bytes + cost <= this.limit;
  }

  add(cost: number): void {
    this.bytes += cost;
    this.empty = false;
  }

  /** Makes room for `cost` bytes, sending what is queued first if they would not fit. */
  async reserve(cost: number): Promise<void> {
    if (!this.fits(cost)) await this.next();
    this.add(cost);
  }

  /** Sends the queued request and starts the next one. */
  async next(): Promise<void> {
    await this.send();
    this.bytes = this.begin();
    this.empty = true;
  }

  /** Sends the last request (nothing is queued after it). */
  async finish(): Promise<void> {
    await this.send();
  }
}
