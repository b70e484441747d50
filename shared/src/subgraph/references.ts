import { Extensions } from "type-graphql";
import { UserInputError } from "../errors";
import type { EntityName, SubgraphPeers } from "./peers";

/** What an input field may name: a federation entity, or a record its own subgraph keeps (Case, StatusUpdate). */
export type ReferencedRecord = EntityName | "Case" | "StatusUpdate";

/**
 * Marks an input field that names a record (an agreement, a country, a case…): a write naming one that
 * does not exist where it is owned is refused with BAD_USER_INPUT for that field. The mark is a field
 * extension (`extensions.references`), so a test can enumerate every such field from the schema and try
 * a missing target in each.
 */
export function References(record: ReferencedRecord): PropertyDecorator {
  return (target: object, key: string | symbol) => Extensions({ references: record })(target, key as string);
}

export interface FieldReference {
  /** The input field, as the error names it: `input.legalBasisAgreementId`, `input.evidence[0].measureId`. */
  field: string;
  entity: EntityName;
  key: string | null | undefined;
}

/**
 * Refuses a write that names a record another subgraph does not have: one `_entities` call per owning
 * subgraph for all the write's references. The first missing one (in the order given) is the error.
 */
export async function checkReferences(peers: SubgraphPeers, references: readonly FieldReference[], describe = (r: FieldReference) => `no ${r.entity} ${r.key} exists`): Promise<void> {
  const given = references.filter((r): r is FieldReference & { key: string } => typeof r.key === "string" && r.key !== "");
  if (given.length === 0) return;
  const missing = await peers.missing(given.map((r) => ({ entity: r.entity, key: r.key })));
  const first = given.find((r) => missing.some((m) => m.entity === r.entity && m.key === r.key));
  if (first) throw new UserInputError(first.field, describe(first));
}
