// The answers of the gateway's admin routes (gateway/src/api-key, audit, digest), typed by hand after them:
// the console cannot import server code. Dates arrive as ISO strings.

/** GET /admin/api-keys: never the key itself, only its first characters. */
export interface ApiKey {
  id: string;
  organization: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** POST /admin/api-keys: the key, in this answer and nowhere else. */
export type CreatedApiKey = ApiKey & { key: string };

/** GET /audit: one entry (no document text, free-text values redacted). */
export interface AuditEntry {
  id: number;
  at: string;
  actorKind: string;
  actorSubject: string | null;
  actorName: string | null;
  actorOrganization: string | null;
  operationType: string;
  operationName: string | null;
  variables: Record<string, unknown> | null;
  outcome: "OK" | "ERROR" | null;
  errorCodes: string[] | null;
  finishedAt: string | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
  /** Every entry the filters match, on all pages. */
  total: number;
}

export type StaffRole = "viewer" | "officer" | "admin";
export const STAFF_ROLES: readonly StaffRole[] = ["viewer", "officer", "admin"];

export interface DigestRecipient {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  lang: "az" | "en" | "ru";
  active: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

/** GET /admin/digest: the settings, today in the digest's time zone, the last week's deliveries. */
export interface DigestSettings {
  enabled: boolean;
  from: string;
  hour: number;
  timeZone: string;
  withinDays: number;
  today: string;
  deliveries: { day: string; recipientId: string; status: string; attempts: number; items: number | null; errorCode: string | null }[];
}

/** GET /admin/digest-recipients/:id/preview: the mail as it would go out (nothing is sent). */
export interface DigestMail {
  subject: string;
  text: string;
  html: string;
  items: number;
}

/** POST /admin/digest/run */
export interface DigestRun {
  day: string;
  sent: number;
  empty: number;
  failed: number;
  skipped: number;
}
