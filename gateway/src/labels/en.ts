import type { Labels } from "./labels";

export const en: Labels = {
  fallbackMarker: (lang) => `[${lang}]`,
  roles: { viewer: "viewer", officer: "officer", admin: "administrator" },
  directions: { INCOMING: "incoming", OUTGOING: "outgoing" },
  mlaStatuses: {
    DRAFT: "draft", SENT: "sent", RECEIVED: "received", IN_PROGRESS: "in progress", ADDITIONAL_INFO_REQUESTED: "additional information requested",
    EXECUTED: "executed", PARTIALLY_EXECUTED: "partially executed", REFUSED: "refused", WITHDRAWN: "withdrawn",
  },
  priorities: { LOW: "low", NORMAL: "normal", HIGH: "high", URGENT: "urgent" },
  recommendationStatuses: {
    NOT_STARTED: "not started", IN_PROGRESS: "in progress", PARTIALLY_IMPLEMENTED: "partially implemented", IMPLEMENTED: "implemented",
    NO_LONGER_RELEVANT: "no longer relevant",
  },
  cooperationLevels: {
    NO_REQUESTS: "no requests", REQUESTS_MADE: "requests made", REQUESTS_EXECUTED: "requests executed", RESULTS_ON_CASES: "results on cases",
    PROACTIVE: "proactive cooperation",
  },
  outcomeKinds: {
    SUSPECTS_ARRESTED: "suspects arrested", VICTIMS_IDENTIFIED: "victims identified", VICTIMS_ASSISTED: "victims assisted",
    INDICTMENTS: "indictments", CONVICTIONS: "convictions", ASSETS_SEIZED: "assets seized (AZN)",
  },
  digest: {
    subject: ({ overdue, dueSoon, obligations }, asOf) =>
      `Cooperation Hub, ${asOf}: ${overdue} overdue MLA requests, ${dueSoon} due soon, ${obligations} measures and reports due`,
    heading: (asOf, days) => `Deadlines on ${asOf} (the next ${days} days)`,
    greeting: (name) => `Dear ${name},`,
    overdueRequests: "Overdue MLA requests",
    dueSoonRequests: (days) => `MLA requests due in the next ${days} days`,
    obligations: (days) => `Measures and reporting duties due in the next ${days} days`,
    overdueBy: (days) => `${days} days overdue`,
    dueIn: (days) => `${days} days left`,
    dueToday: "due today",
    due: "due",
    responsible: "responsible",
    more: (count) => `… and ${count} more: see the deadlines page of the hub.`,
    footer: (role) =>
      `This digest holds no notes, case details or victim data. You receive it with the ${role} role; ask an administrator to change or stop it.`,
  },
};
