import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from "graphql";
import type { Pool } from "pg";
import type { GatewayContext } from "./context";

function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}

function asksIntrospection(selectionSet: SelectionSetNode | undefined, document: DocumentNode, seen = new Set<string>()): boolean {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && (selection.name.value === "__schema" || selection.name.value === "__type")) return true;
    if (selection.kind === Kind.INLINE_FRAGMENT && asksIntrospection(selection.selectionSet, document, seen)) return true;
    if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment && fragment.kind === Kind.FRAGMENT_DEFINITION && asksIntrospection(fragment.selectionSet, document, seen)) return true;
    }
  }
  return false;
}

/**
 * Partners read only: the gateway refuses their mutations before planning (the subgraphs refuse them too).
 * Introspection is for staff. (Partner keys run only registered operations, which are queries of
 * partner-visible fields; this is the second line.)
 */
export function accessPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (contextValue.identity.kind !== "partner" || !operation) return;
          if (operation.operation !== "query") throw forbidden("partner keys are read-only");
          if (asksIntrospection(operation.selectionSet, document)) throw forbidden("introspection is for staff only");
        },
      };
    },
  };
}

/** The window of a counter: it starts at a key's first request and lasts a minute. */
const WINDOW = "interval '1 minute'";
const CURRENT = `request_counter.window_start > now() - ${WINDOW}`;
const SECONDS_LEFT = (start: string) => `greatest(1, ceil(extract(epoch FROM ${start} + ${WINDOW} - now())))::int`;

/**
 * Counters in one-minute windows, kept in PostgreSQL (`gateway.request_counter`) so that every gateway
 * process on the database counts the same requests: a limit holds however many gateways run. One
 * statement per count; the row lock serialises gateways counting the same key.
 */
export class RequestCounters {
  constructor(private readonly pool: Pool) {}

  /** One more for `key` in its current window: the new count and the seconds left in the window. */
  async increment(key: string): Promise<{ count: number; secondsLeft: number }> {
    const { count, millisecondsLeft } = await this.add(key, 1);
    return { count, secondsLeft: Math.max(1, Math.ceil(millisecondsLeft / 1000)) };
  }

  /** `amount` more for `key` in its current window: the new count and the time left in the window. */
  async add(key: string, amount: number): Promise<{ count: number; millisecondsLeft: number }> {
    const { rows } = await this.pool.query(
      `INSERT INTO gateway.request_counter AS request_counter (key, window_start, count) VALUES ($1, now(), $2)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN ${CURRENT} THEN request_counter.count + $2 ELSE $2 END,
         window_start = CASE WHEN ${CURRENT} THEN request_counter.window_start ELSE now() END
       RETURNING count, greatest(0, extract(epoch FROM window_start + ${WINDOW} - now()) * 1000)::int AS milliseconds_left`,
      [key, amount],
    );
    return { count: rows[0].count, millisecondsLeft: rows[0].milliseconds_left };
  }

  /** The count of `key` in its current window, without counting (0 when the window has passed). */
  async current(key: string): Promise<{ count: number; secondsLeft: number }> {
    const { rows } = await this.pool.query(
      `SELECT CASE WHEN ${CURRENT} THEN count ELSE 0 END AS count, ${SECONDS_LEFT("window_start")} AS seconds_left
         FROM gateway.request_counter WHERE key = $1`,
      [key],
    );
    return rows.length ? { count: rows[0].count, secondsLeft: rows[0].seconds_left } : { count: 0, secondsLeft: 60 };
  }

  /** Windows that ended are of no use: dropped now and then by whichever gateway comes first. */
  async prune(): Promise<void> {
    await this.pool.query(`DELETE FROM gateway.request_counter WHERE window_start < now() - interval '2 minutes'`);
  }
}

/** Tokens this process holds for one key until its window ends; `exhausted`: the shared count reached the limit. */
interface Lease {
  tokens: number;
  endsAt: number;
  exhausted: boolean;
}

/**
 * At most `limit` GraphQL operations a minute per identity, counted across gateways. Over it the request
 * gets HTTP 429 with Retry-After.
 *
 * A database round trip per operation was most of what separated this gateway's throughput from Hive
 * Gateway's, so each process claims tokens in batches (a twentieth of the limit, at most 50; one for limits
 * under 40) and spends them from memory until its window ends. The shared count is what was claimed, so the
 * limit still holds across gateways: a claim is granted only up to the limit. What a process claimed and
 * did not spend is lost to the others for the rest of the minute (at most a batch less one per gateway).
 * Once the shared count reaches the limit the process refuses from memory until the window ends.
 */
export class RateLimiter {
  private readonly leases = new Map<string, Lease>();
  private readonly claims = new Map<string, Promise<void>>();

  constructor(
    private readonly counters: RequestCounters,
    private readonly limits: { staff: number; partner: number },
    private readonly now = () => Date.now(),
  ) {}

  /** How many tokens one claim asks for under `limit`. */
  static batchFor(limit: number): number {
    return Math.max(1, Math.min(50, Math.floor(limit / 20)));
  }

  /** Seconds to wait, or 0 when the request may go. */
  async take(subject: string, kind: "staff" | "partner"): Promise<number> {
    const key = `rate:${kind}:${subject}`;
    for (;;) {
      const lease = this.leases.get(key);
      const now = this.now();
      if (lease && lease.endsAt > now) {
        if (lease.tokens > 0) {
          lease.tokens -= 1;
          return 0;
        }
        if (lease.exhausted) return Math.max(1, Math.ceil((lease.endsAt - now) / 1000));
      }
      // One claim per key at a time: requests arriving meanwhile wait for it instead of claiming too.
      let claim = this.claims.get(key);
      if (!claim) {
        claim = this.claim(key, this.limits[kind]).finally(() => this.claims.delete(key));
        this.claims.set(key, claim);
      }
      await claim;
    }
  }

  private async claim(key: string, limit: number): Promise<void> {
    const batch = RateLimiter.batchFor(limit);
    const { count, millisecondsLeft } = await this.counters.add(key, batch);
    const granted = Math.max(0, Math.min(batch, limit - (count - batch)));
    // Tokens die with their window: spent in the next one they would not have been counted there.
    this.leases.set(key, { tokens: granted, endsAt: this.now() + Math.max(1, millisecondsLeft), exhausted: count >= limit });
    if (this.leases.size > 10_000) {
      for (const [known, lease] of this.leases) if (lease.endsAt <= this.now()) this.leases.delete(known);
    }
  }
}

/**
 * Failed authentications per source address: past `limit` in a minute the address gets 429 without its
 * credential being looked at, so guessing keys costs the hub nothing. Failures are counted in the database
 * (every gateway sees them); an address found over the limit is also remembered in memory for the rest of
 * the window, so a blocked address costs no database round trip either.
 */
export class AuthFailureThrottle {
  private readonly blockedUntil = new Map<string, number>();

  constructor(private readonly counters: RequestCounters, private readonly limit: number, private readonly now = () => Date.now()) {}

  /** Seconds the address must wait, from this process's memory only (no database round trip). */
  blockedLocally(address: string): number {
    const until = this.blockedUntil.get(address);
    if (until === undefined) return 0;
    const left = Math.ceil((until - this.now()) / 1000);
    if (left > 0) return left;
    this.blockedUntil.delete(address);
    return 0;
  }

  /** Seconds to wait according to the shared count: asked before a credential that costs a lookup (API keys). */
  async blocked(address: string): Promise<number> {
    const local = this.blockedLocally(address);
    if (local > 0) return local;
    const { count, secondsLeft } = await this.counters.current(this.key(address));
    return count >= this.limit ? this.block(address, secondsLeft) : 0;
  }

  async recordFailure(address: string): Promise<void> {
    const { count, secondsLeft } = await this.counters.increment(this.key(address));
    if (count >= this.limit) this.block(address, secondsLeft);
  }

  private block(address: string, seconds: number): number {
    this.blockedUntil.set(address, this.now() + seconds * 1000);
    if (this.blockedUntil.size > 10_000) {
      for (const [known, until] of this.blockedUntil) if (until <= this.now()) this.blockedUntil.delete(known);
    }
    return seconds;
  }

  private key(address: string): string {
    return `auth-failure:${address}`;
  }
}
