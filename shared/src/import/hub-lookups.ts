import type { SubgraphPeers } from "../subgraph/peers";

/** Names asked per call: the agreements subgraph answers at most 1000 at once. */
const CHUNK = 1000;

export interface NameLookups {
  /** Country code per name as written; absent when no country has that code or name. */
  countries: Map<string, string>;
  /** Agreement ids per name as written: none (unknown), one, or several (ambiguous). */
  agreements: Map<string, string[]>;
}

/**
 * Resolves the country and agreement names of a whole file with the agreements subgraph, which owns them:
 * one call for every 1000 distinct names, whatever the number of rows (docs/import.md).
 */
export async function lookUpNames(peers: SubgraphPeers, countryNames: Iterable<string>, agreementNames: Iterable<string>): Promise<NameLookups> {
  const countries = [...new Set(countryNames)];
  const agreements = [...new Set(agreementNames)];
  const result: NameLookups = { countries: new Map(), agreements: new Map() };
  for (let start = 0; start < Math.max(countries.length, agreements.length); start += CHUNK) {
    const data = await peers.query<{
      countriesByName: { name: string; country: { code: string } | null }[];
      agreementsByName: { name: string; agreements: { id: string }[] }[];
    }>(
      "agreements",
      `query ImportNames($countries: [String!]!, $agreements: [String!]!) {
         countriesByName(names: $countries) { name country { code } }
         agreementsByName(names: $agreements) { name agreements { id } }
       }`,
      { countries: countries.slice(start, start + CHUNK), agreements: agreements.slice(start, start + CHUNK) },
    );
    for (const match of data.countriesByName) if (match.country) result.countries.set(match.name, match.country.code);
    for (const match of data.agreementsByName) result.agreements.set(match.name, match.agreements.map((a) => a.id));
  }
  return result;
}
