import type { SubgraphPeers } from "#shared/subgraph/peers";
import type { RankingFigures } from "./legal-basis.rules";
import type { RankingFiguresSource } from "./legal-basis.service";

/** CooperationLevel's values in the mla subgraph, weakest first. */
const LEVELS = ["NO_REQUESTS", "REQUESTS_MADE", "REQUESTS_EXECUTED", "RESULTS_ON_CASES", "PROACTIVE"];

interface TrackRecord {
  level: string;
  executed: number;
  refused: number;
  outcomes: { suspectsArrested: number; victimsIdentified: number; convictions: number };
}

const QUERY = `query LegalBasisRanking($representations: [_Any!]!, $includeSynthetic: Boolean!) {
  _entities(representations: $representations) {
    ... on LegalBasisOption { id trackRecord(includeSynthetic: $includeSynthetic) { level executed refused outcomes { suspectsArrested victimsIdentified convictions } } }
  }
}`;

/**
 * The track records the ranking needs, asked of the mla subgraph (which adds `trackRecord` to
 * LegalBasisOption) through its `_entities`, as the gateway would: one call, one statement there, for
 * every option of the list. If mla does not answer, the query fails rather than rank without results.
 */
export function rankingFiguresFromMla(peers: SubgraphPeers): RankingFiguresSource {
  return async (optionIds, includeSynthetic) => {
    const data = await peers.query<{ _entities: ({ id: string; trackRecord: TrackRecord } | null)[] }>("mla", QUERY, {
      representations: optionIds.map((id) => ({ __typename: "LegalBasisOption", id })),
      includeSynthetic,
    });
    const figures = new Map<string, RankingFigures>();
    for (const entity of data._entities) {
      if (!entity) continue;
      const { level, executed, refused, outcomes } = entity.trackRecord;
      figures.set(entity.id, {
        level: Math.max(0, LEVELS.indexOf(level)),
        results: outcomes.suspectsArrested + outcomes.victimsIdentified + outcomes.convictions,
        executed,
        refused,
      });
    }
    return figures;
  };
}
