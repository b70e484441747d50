import { signIdentity, IDENTITY_HEADER } from "../auth/gateway-signature";
import type { Identity } from "../auth/identity";
import type { SubgraphName } from "../config";

/**
 * Entities owned by each subgraph, and their key field. A subgraph that stores another's id asks the
 * owner whether it exists (docs/import.md, "References"), through the owner's standard federation field
 * `_entities`, exactly as the gateway would.
 */
export const ENTITY_OWNERS = {
  Agreement: { subgraph: "agreements", key: "id" },
  Country: { subgraph: "agreements", key: "code" },
  Measure: { subgraph: "agreements", key: "id" },
  Organization: { subgraph: "agreements", key: "id" },
  MlaRequest: { subgraph: "mla", key: "id" },
  Recommendation: { subgraph: "recommendations", key: "id" },
} as const satisfies Record<string, { subgraph: SubgraphName; key: string }>;
export type EntityName = keyof typeof ENTITY_OWNERS;

/** The owner did not answer (down, or an error): the write that needed the answer is not made. */
export class PeerUnavailableError extends Error {
  constructor(readonly subgraph: SubgraphName, reason: string) {
    super(`${subgraph} subgraph did not answer: ${reason}`);
  }
}

export interface EntityReference {
  entity: EntityName;
  key: string;
}

const TIMEOUT_MS = 10_000;
/** Representations per `_entities` call: large imports are sent in chunks. */
const CHUNK = 1000;

/**
 * Calls to the other subgraphs, signed with this subgraph's own identity (a staff viewer named after the
 * service) and HUB_INTERNAL_SECRET, at the URLs the config gives (AGREEMENTS_URL, MLA_URL,
 * RECOMMENDATIONS_URL). `urls` may be filled after construction (tests start subgraphs on port 0).
 */
export class SubgraphPeers {
  private readonly identity: Identity;

  constructor(private readonly self: SubgraphName, private readonly urls: Partial<Record<SubgraphName, string>>, private readonly internalSecret: string) {
    this.identity = { kind: "staff", subject: `service:${self}`, name: `${self} subgraph`, roles: ["viewer"] };
  }

  async query<T>(subgraph: SubgraphName, query: string, variables: Record<string, unknown>): Promise<T> {
    const url = this.urls[subgraph];
    if (!url) throw new PeerUnavailableError(subgraph, "no URL configured");
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", [IDENTITY_HEADER]: await signIdentity(this.internalSecret, this.identity) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new PeerUnavailableError(subgraph, (error as Error).message);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
    if (!response.ok || body.errors?.length || !body.data) {
      throw new PeerUnavailableError(subgraph, body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    }
    return body.data;
  }

  /**
   * The references that do not exist where they are owned: one `_entities` call per owning subgraph (in
   * chunks of 1000), whatever the number of references and kinds.
   */
  async missing(references: readonly EntityReference[]): Promise<EntityReference[]> {
    const bySubgraph = new Map<SubgraphName, EntityReference[]>();
    for (const reference of unique(references)) {
      const owner = ENTITY_OWNERS[reference.entity].subgraph;
      bySubgraph.set(owner, [...(bySubgraph.get(owner) ?? []), reference]);
    }
    const missing: EntityReference[] = [];
    for (const [subgraph, asked] of bySubgraph) {
      const entities = [...new Set(asked.map((r) => r.entity))];
      const selections = entities.map((entity) => `... on ${entity} { ${ENTITY_OWNERS[entity].key} }`).join(" ");
      for (let start = 0; start < asked.length; start += CHUNK) {
        const chunk = asked.slice(start, start + CHUNK);
        const representations = chunk.map((r) => ({ __typename: r.entity, [ENTITY_OWNERS[r.entity].key]: r.key }));
        const data = await this.query<{ _entities: (Record<string, unknown> | null)[] }>(
          subgraph,
          `query References($representations: [_Any!]!) { _entities(representations: $representations) { ${selections} } }`,
          { representations },
        );
        chunk.forEach((reference, i) => {
          if (!data._entities[i]) missing.push(reference);
        });
      }
    }
    return missing;
  }
}

function unique(references: readonly EntityReference[]): EntityReference[] {
  const seen = new Map<string, EntityReference>();
  for (const reference of references) seen.set(`${reference.entity}:${reference.key}`, reference);
  return [...seen.values()];
}
