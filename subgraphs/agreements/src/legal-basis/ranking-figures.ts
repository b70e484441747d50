import type { SubgraphPeers } from "#shared/subgraph/peers";
import { optionId, type RankingFigures } from "./legal-basis.rules";
import type { RankingFiguresSource } from "./legal-basis.service";

/** CooperationLevel's values in the mla subgraph, weakest first. */
const LEVELS = ["NO_REQUESTS", "REQUESTS_MADE", "REQUESTS_EXECUTED", "RESULTS_ON_CASES", "PROACTIVE"];

interface TrackRecord {
  level: string;
  requestsIn: number;
  requestsOut: number;
  executed: number;
  refused: number;
  outcomes: { suspectsArrested: number; victimsIdentified: number; convictions: number };
}

const QUERY = `query LegalBasisRanking($representations: [_Any!]!, $includeSynthetic: Boolean!) {
  _entities(representations: $representations) {
    ... on Country {
      cooperationByLegalBasis(includeSynthetic: $includeSynthetic) {
        agreementId legalBasisKind
        cooperation { level requestsIn requestsOut executed refused outcomes { suspectsArrested victimsIdentified convictions } }
      }
    }
  }
}`;

interface Answer {
  _entities: ({ cooperationByLegalBasis: { agreementId: string | null; legalBasisKind: string; cooperation: TrackRecord }[] } | null)[];
}

/**
 * The track records the ranking needs, asked of the mla subgraph through its `_entities` (it adds
 * `cooperationByLegalBasis` to Country), as the gateway would: one call, one statement there, for every
 * legal basis used with the country, whether or not the agreement is an option. If mla does not answer,
 * the query fails rather than rank without results.
 */
export function rankingFiguresFromMla(peers: SubgraphPeers): RankingFiguresSource {
  return async (countryCode, includeSynthetic) => {
    const data = await peers.query<Answer>("mla", QUERY, { representations: [{ __typename: "Country", code: countryCode }], includeSynthetic });
    const figures = new Map<string, RankingFigures>();
    for (const basis of data._entities[0]?.cooperationByLegalBasis ?? []) {
      if (basis.legalBasisKind === "NOT_STATED") continue;
      const { level, requestsIn, requestsOut, executed, refused, outcomes } = basis.cooperation;
      figures.set(optionId(basis.agreementId, countryCode), {
        requests: requestsIn + requestsOut,
        level: Math.max(0, LEVELS.indexOf(level)),
        results: outcomes.suspectsArrested + outcomes.victimsIdentified + outcomes.convictions,
        executed,
        refused,
      });
    }
    return figures;
  };
}
