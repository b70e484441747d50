import { readFileSync } from "node:fs";
import { Kind, parse } from "graphql";
import { supergraphPath } from "#shared/paths";

/** A query of the bench: what goes through a gateway, and what (if anything) can go straight to one subgraph. */
export interface BenchQuery {
  name: string;
  label: string;
  query: string;
  /** The subgraph that can answer `direct` alone, signed as the gateway signs. */
  direct?: { subgraph: "agreements" | "mla"; query: string; note?: string };
}

/**
 * The bench measures figures over the synthetic requests it seeds: where the schema lets a field leave
 * generated demo data out (an `includeSynthetic` argument), the bench asks for it in.
 */
function syntheticArgument(): (type: string, field: string) => string {
  const document = parse(readFileSync(supergraphPath(), "utf8"));
  const withArgument = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      if (field.arguments?.some((argument) => argument.name.value === "includeSynthetic")) withArgument.add(`${definition.name.value}.${field.name.value}`);
    }
  }
  return (type, field) => (withArgument.has(`${type}.${field}`) ? "includeSynthetic: true" : "");
}

function args(...parts: string[]): string {
  const present = parts.filter(Boolean);
  return present.length ? `(${present.join(", ")})` : "";
}

const PAGE_FIELDS = "id title signedOn parties { status country { code nameAz } }";
const COOPERATION_FIELDS = "requestsIn requestsOut executed refused pending overdue medianDaysToExecute outcomes { suspectsArrested victimsIdentified convictions } level";

export function benchQueries(): BenchQuery[] {
  const synthetic = syntheticArgument();
  const ranking = (agreementFields: string) =>
    `query Ranking { cooperationRanking${args("first: 100", synthetic("Query", "cooperationRanking"))} { rank agreement { ${agreementFields} } cooperation { ${COOPERATION_FIELDS} } } }`;
  const page = `query AgreementsPage { agreements(first: 50) { totalCount edges { node { ${PAGE_FIELDS} } } } }`;
  return [
    {
      name: "page",
      label: "one-subgraph page: agreements(first: 50) with parties",
      query: page,
      direct: { subgraph: "agreements", query: page },
    },
    {
      name: "federated",
      label: "federated page: the same + mlaRequests { totalCount } + cooperation + recommendations",
      query: `query FederatedPage { agreements(first: 50) { totalCount edges { node { ${PAGE_FIELDS} mlaRequests${args(synthetic("Agreement", "mlaRequests"))} { totalCount } cooperation${args(synthetic("Agreement", "cooperation"))} { level requestsIn requestsOut executed } recommendations { code } } } } }`,
    },
    {
      name: "ranking",
      label: "cooperationRanking(first: 100) with agreement titles",
      query: ranking("id title"),
      direct: { subgraph: "mla", query: ranking("id"), note: "direct: the mla subgraph's share (agreement { id }: titles live in agreements)" },
    },
  ];
}
