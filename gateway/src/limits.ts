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
    const { rows } = await this.pool.query(
      `INSERT INTO gateway.request_counter AS request_counter (key, window_start, count) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN ${CURRENT} THEN request_counter.count + 1 ELSE 1 END,
         window_start = CASE WHEN ${CURRENT} THEN request_counter.window_start ELSE now() END
       RETURNING count, ${SECONDS_LEFT("window_start")} AS seconds_left`,
      [key],
    );
    return { count: rows[0].count, secondsLeft: rows[0].seconds_left };
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

/**
 * At most `limit` GraphQL operations a minute per identity, counted across gateways. Over it the request
 * gets HTTP 429 with Retry-After.
 */
export class RateLimiter {
  constructor(private readonly counters: RequestCounters, private readonly limits: { staff: number; partner: number }) {}

  /** Seconds to wait, or 0 when the request may go. */
  async take(subject: string, kind: "staff" | "partner"): Promise<number> {
    const { count, secondsLeft } = await this.counters.increment(`rate:${kind}:${subject}`);
    return count <= this.limits[kind] ? 0 : secondsLeft;
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
