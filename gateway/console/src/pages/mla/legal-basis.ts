import { useQuery } from "../../api/use-query";
import { graphql } from "../../generated";
import type { LegalBasisOptionsQuery, PartyStatus } from "../../generated/graphql";

// Phase 2 replaces this with the API's legalBasisOptions query (docs/console.md): for now the options are
// the agreements the counterpart country is party to, as agreements(filter: { partyCountry }) finds them.
const LegalBasisOptions = graphql(`
  query LegalBasisOptions($country: String!) {
    agreements(filter: { partyCountry: $country }, first: 100) {
      totalCount
      edges {
        node {
          ...AgreementLabel
          kind
          parties {
            status
            country {
              code
            }
          }
        }
      }
    }
  }
`);

export type LegalBasisOption = LegalBasisOptionsQuery["agreements"]["edges"][number]["node"] & { status: PartyStatus };

/** A state that did not sign, or withdrew, is not bound: the agreement cannot be its legal basis. */
const NOT_BOUND: PartyStatus[] = ["NOT_SIGNED", "WITHDRAWN"];

export function useLegalBasisOptions(country: string | null): { options: LegalBasisOption[]; loading: boolean } {
  const { data, loading } = useQuery(LegalBasisOptions, { country: country ?? "" }, { skip: !country });
  const options = (data?.agreements.edges ?? [])
    .map(({ node }) => ({ ...node, status: node.parties.find((p) => p.country?.code === country)?.status }))
    .filter((node): node is LegalBasisOption => Boolean(node.status) && !NOT_BOUND.includes(node.status as PartyStatus));
  return { options: country ? options : [], loading: Boolean(country) && loading };
}
