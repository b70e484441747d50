export type Language = "az" | "en" | "ru";
export const LANGUAGES: readonly Language[] = ["az", "en", "ru"];

type Words<K extends string> = Record<K, string>;

export const MLA_STATUSES = ["DRAFT", "SENT", "RECEIVED", "IN_PROGRESS", "ADDITIONAL_INFO_REQUESTED", "EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "WITHDRAWN"] as const;
export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
export const RECOMMENDATION_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "IMPLEMENTED", "NO_LONGER_RELEVANT"] as const;
export const COOPERATION_LEVELS = ["NO_REQUESTS", "REQUESTS_MADE", "REQUESTS_EXECUTED", "RESULTS_ON_CASES", "PROACTIVE"] as const;
export const OUTCOME_KINDS = ["SUSPECTS_ARRESTED", "VICTIMS_IDENTIFIED", "VICTIMS_ASSISTED", "INDICTMENTS", "CONVICTIONS", "ASSETS_SEIZED"] as const;

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
