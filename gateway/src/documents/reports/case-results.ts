import type { Outcomes } from "./cooperation-figures";

/** What the mla subgraph counts per calendar year (Query.caseResults). */
export interface CaseResultsYear {
  year: number;
  casesOpened: number;
  casesWithResults: number;
  casesWithResultsThroughCooperation: number;
  outcomes: Outcomes;
  outcomesThroughCooperation: Outcomes;
  requestsIncoming: number;
  requestsOutgoing: number;
  requestsExecuted: number;
  requestsRefused: number;
  extraditionRequests: number;
}

export const CASE_RESULTS = `fragment YearResults on CaseResultsYear {
  year casesOpened casesWithResults casesWithResultsThroughCooperation requestsIncoming requestsOutgoing requestsExecuted requestsRefused extraditionRequests
  outcomes { suspectsArrested victimsIdentified victimsAssisted indictments convictions assetsSeized }
  outcomesThroughCooperation { suspectsArrested victimsIdentified victimsAssisted indictments convictions assetsSeized }
}`;

export const OUTCOME_FIELDS = ["suspectsArrested", "victimsIdentified", "victimsAssisted", "indictments", "convictions", "assetsSeized"] as const;
export const OUTCOME_KIND_OF = {
  suspectsArrested: "SUSPECTS_ARRESTED",
  victimsIdentified: "VICTIMS_IDENTIFIED",
  victimsAssisted: "VICTIMS_ASSISTED",
  indictments: "INDICTMENTS",
  convictions: "CONVICTIONS",
  assetsSeized: "ASSETS_SEIZED",
} as const;
