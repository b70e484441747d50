/** The figures every report reads of a CooperationSummary (mla subgraph). */
export const FIGURES = `fragment Figures on CooperationSummary {
  requestsIn requestsOut executed refused pending overdue level syntheticRequests
  outcomes { suspectsArrested victimsIdentified victimsAssisted indictments convictions assetsSeized }
}`;

export interface Outcomes {
  suspectsArrested: number;
  victimsIdentified: number;
  victimsAssisted: number;
  indictments: number;
  convictions: number;
  assetsSeized: number;
}

export interface Figures {
  requestsIn: number;
  requestsOut: number;
  executed: number;
  refused: number;
  pending: number;
  overdue: number;
  level: "NO_REQUESTS" | "REQUESTS_MADE" | "REQUESTS_EXECUTED" | "RESULTS_ON_CASES" | "PROACTIVE";
  syntheticRequests: number;
  outcomes: Outcomes;
}

export const NO_FIGURES: Figures = {
  requestsIn: 0, requestsOut: 0, executed: 0, refused: 0, pending: 0, overdue: 0, level: "NO_REQUESTS", syntheticRequests: 0,
  outcomes: { suspectsArrested: 0, victimsIdentified: 0, victimsAssisted: 0, indictments: 0, convictions: 0, assetsSeized: 0 },
};

export const requestsOf = (figures: Figures) => figures.requestsIn + figures.requestsOut;
