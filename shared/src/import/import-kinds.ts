import type { SubgraphName } from "../config";

/**
 * What can be imported, and which subgraph owns the records of each kind: the gateway forwards a file
 * there, and that subgraph reads it with its own rules (subgraphs/<name>/src/import/).
 */
export const IMPORT_OWNERS = {
  "mla-requests": "mla",
  cases: "mla",
  outcomes: "mla",
  "recommendation-updates": "recommendations",
} as const satisfies Record<string, SubgraphName>;

export type ImportKind = keyof typeof IMPORT_OWNERS;
export const IMPORT_KINDS = Object.keys(IMPORT_OWNERS) as ImportKind[];

export function isImportKind(value: string): value is ImportKind {
  return Object.hasOwn(IMPORT_OWNERS, value);
}
