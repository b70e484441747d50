import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from "graphql";
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
 * Introspection is for staff.
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

/**
 * A fixed window per identity: at most `limit` operations a minute. Over it the request gets HTTP 429
 * with Retry-After. Kept in memory: one gateway process per deployment (several would each count).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly limits: { staff: number; partner: number }, private readonly now = () => Date.now()) {}

  /** Seconds to wait, or 0 when the request may go. */
  take(subject: string, kind: "staff" | "partner"): number {
    const now = this.now();
    const window = this.windows.get(subject);
    if (!window || now - window.start >= 60_000) {
      this.windows.set(subject, { start: now, count: 1 });
      if (this.windows.size > 10_000) this.prune(now);
      return 0;
    }
    window.count += 1;
    if (window.count <= this.limits[kind]) return 0;
    return Math.ceil((window.start + 60_000 - now) / 1000);
  }

  private prune(now: number): void {
    for (const [subject, window] of this.windows) if (now - window.start >= 60_000) this.windows.delete(subject);
  }
}
