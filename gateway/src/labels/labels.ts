export type Language = "az" | "en" | "ru";
export const LANGUAGES: readonly Language[] = ["az", "en", "ru"];

type Words<K extends string> = Record<K, string>;

export const MLA_STATUSES = ["DRAFT", "SENT", "RECEIVED", "IN_PROGRESS", "ADDITIONAL_INFO_REQUESTED", "EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "WITHDRAWN"] as const;
export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
export const RECOMMENDATION_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "IMPLEMENTED", "NO_LONGER_RELEVANT"] as const;
export const COOPERATION_LEVELS = ["NO_REQUESTS", "REQUESTS_MADE", "REQUESTS_EXECUTED", "RESULTS_ON_CASES", "PROACTIVE"] as const;
export const OUTCOME_KINDS = ["SUSPECTS_ARRESTED", "VICTIMS_IDENTIFIED", "VICTIMS_ASSISTED", "INDICTMENTS", "CONVICTIONS", "ASSETS_SEIZED"] as const;
export const MONITORING_BODIES = ["NEEDS_ASSESSMENT", "US_TIP_REPORT", "GRETA", "OSCE", "PROGRAMME"] as const;
export const TIP_METRICS = ["INVESTIGATIONS", "PROSECUTIONS", "CONVICTIONS", "VICTIMS_IDENTIFIED", "VICTIMS_ASSISTED", "CHILDREN_IN_FORCED_BEGGING", "HOTLINE_CALLS"] as const;
export const TIP_CATEGORIES = ["TOTAL", "FORCED_LABOUR", "SEXUAL_EXPLOITATION"] as const;

/** The request figures a National Coordinator's summary sentence needs. */
export interface CooperationSummaryFigures {
  year: number;
  incoming: number;
  outgoing: number;
  previous: number;
  change: string;
  executed: number;
  refused: number;
  arrests: number;
  victims: number;
  convictions: number;
}

/** Report drafts (issue 16): shared words, columns, and each report's own phrases. */
export interface ReportLabels {
  draftNotice(date: string): string;
  syntheticWarning: string;
  /** The words around the page number and the page count: "page ", " of ", "". */
  pageOf: readonly [string, string, string];
  footer: string;
  fallbackLegend(marker: string): string;
  yes: string;
  no: string;
  none: string;
  columns: {
    deadline: string;
    executors: string;
    dueInYear(year: number): string;
    instrument: string;
    incoming: string;
    outgoing: string;
    executed: string;
    refused: string;
    pending: string;
    arrests: string;
    victimsIdentified: string;
    convictions: string;
    total: string;
    agreement: string;
    country: string;
    requestsIn(year: number): string;
    change: string;
    level: string;
    kind: string;
    source: string;
    implementedIn(year: number): string;
    metric: string;
    category: string;
    code: string;
    recommendation: string;
    status: string;
  };
  bodies: Words<(typeof MONITORING_BODIES)[number]>;
  cis: {
    title(year: number): string;
    programme(title: string): string;
    recipient(due: string): string;
    approvedBy(number: string, adoptedOn: string, inForceOn: string): string;
    intro(year: number): string;
    measuresHeading: string;
    measure(number: string | null): string;
    evidenceHeading(year: number): string;
    evidenceNone(year: number): string;
    evidence(entry: { recommendation: string; source: string; status: string; period: string; documents: string[] }): string;
    mlaHeading(year: number): string;
    mlaIntro: string;
  };
  nc: {
    title(year: number): string;
    intro(year: number, due: string): string;
    summary(figures: CooperationSummaryFigures): string;
    agreementsHeading: string;
    agreementsIntro: string;
    agreementsNone(year: number): string;
    levelsHeading(year: number): string;
    resultsHeading(year: number): string;
    resultsNone(year: number): string;
    countriesHeading: string;
    outcomesHeading: string;
    outcomesIntro: string;
    casesWithResults: string;
    recommendationsHeading: string;
    recommendationsIntro(year: number): string;
  };
  tip: {
    title(year: number): string;
    intro(year: number): string;
    scopeNote: string;
    lawEnforcementHeading: string;
    investigations: string;
    prosecutions: string;
    convictions: string;
    suspectsArrested: string;
    victimsIdentified: string;
    victimsAssisted: string;
    assetsSeized: string;
    cooperationHeading: string;
    requestsReceived: string;
    requestsSent: string;
    requestsExecuted: string;
    requestsRefused: string;
    extraditionRequests: string;
    resultsThroughCooperation: string;
    publishedHeading: string;
    publishedIntro: string;
    metrics: Words<(typeof TIP_METRICS)[number]>;
    categories: Words<(typeof TIP_CATEGORIES)[number]>;
    recommendationsHeading(year: number): string;
  };
}

/**
 * Every word the hub writes into a mail or a drafted report, one dictionary per language (az.ts, en.ts,
 * ru.ts; together in dictionary.ts) of this one type, so a missing label fails the type check. Functions
 * take the values a phrase needs.
 */
export interface Labels {
  /** The language's own name for a fallback marker: "[az]" shows the Azerbaijani text stands in. */
  fallbackMarker(lang: Language): string;
  roles: Words<"viewer" | "officer" | "admin">;
  directions: Words<"INCOMING" | "OUTGOING">;
  mlaStatuses: Words<(typeof MLA_STATUSES)[number]>;
  priorities: Words<(typeof PRIORITIES)[number]>;
  recommendationStatuses: Words<(typeof RECOMMENDATION_STATUSES)[number]>;
  cooperationLevels: Words<(typeof COOPERATION_LEVELS)[number]>;
  outcomeKinds: Words<(typeof OUTCOME_KINDS)[number]>;
  report: ReportLabels;
  digest: {
    subject(counts: { overdue: number; dueSoon: number; obligations: number }, asOf: string): string;
    heading(asOf: string, days: number): string;
    greeting(name: string): string;
    overdueRequests: string;
    dueSoonRequests(days: number): string;
    obligations(days: number): string;
    overdueBy(days: number): string;
    dueIn(days: number): string;
    dueToday: string;
    due: string;
    responsible: string;
    more(count: number): string;
    footer(role: string): string;
  };
}
