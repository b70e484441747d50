import type { ApiError } from "../api/api-error";
import type { I18n } from "../i18n/language";
import type { LabelKey } from "../i18n/types";

/**
 * The server's reasons for BAD_USER_INPUT (written in English for developers), in the user's language.
 * A reason not listed here is shown as the server wrote it, after the translated "Invalid value".
 */
const REASONS: [RegExp, LabelKey][] = [
  // The gateway's admin routes (partner keys, audit filters, digest recipients).
  [/whole number of days from 1 to 3650/, "admin.reason.days"],
  [/must be an e-mail address/, "admin.reason.email"],
  [/a recipient with this address exists already/, "admin.reason.emailTaken"],
  [/must be a date \(2025-01-31\) or an ISO date-time|is not a calendar day|day must be YYYY-MM-DD/, "admin.reason.date"],
  [/name must be 1-200 characters/, "admin.reason.name"],
  [/must not be before the request was opened/, "reason.beforeOpened"],
  [/must not be empty|is required|^required$/, "reason.required"],
  [/must not be before|must not be after/, "reason.dateOrder"],
  [/must be at most \d+ characters/, "reason.tooLong"],
  [/a refusal must state its ground/, "reason.refusalGround"],
  [/only a refusal has a ground/, "reason.groundOnlyForRefusal"],
  [/cannot go from/, "reason.transition"],
  [/give an agreement exactly when/, "reason.legalBasis"],
  [/is not an e-mail address/, "reason.email"],
  [/an article needs an agreement/, "reason.articleNeedsAgreement"],
  [/^no Agreement .* exists$/, "reason.unknownAgreement"],
  [/cannot be drafted; missing/, "reason.letterIncomplete"],
  [/ISO 3166-1/, "reason.unknownCountry"],
  [/lower-case letters, digits and dashes/, "reason.slug"],
  [/needs a title in some language or a description/, "reason.title"],
  [/say where the information comes from/, "reason.source"],
  [/counts people or acts: a whole number/, "reason.wholeNumber"],
  [/must be more than 0/, "reason.positive"],
  [/write a year or part of one/, "reason.period"],
  [/not requests serving this case/, "reason.requestsOfCase"],
  [/change at least one field/, "reason.noChange"],
  [/idempotencyKey was already used/, "reason.alreadySubmitted"],
  [/already exists|is taken/, "reason.taken"],
  [/lower-case words joined by dashes/, "reason.topics"],
  [/must be an http\(s\) URL/, "reason.url"],
  [/give either countryCode or organizationId/, "reason.partyWho"],
  [/official title in this language|the source's text in this language/, "reason.officialWins"],
  [/already has the alias/, "reason.aliasTaken"],
  [/is not an alias of this agreement/, "reason.notAnAlias"],
  [/already serves case/, "reason.servesOtherCase"],
  [/serves no case/, "reason.servesNoCase"],
  [/credited with|results of the case|outcomes? credited/i, "reason.creditedOutcomes"],
];

const CODES: Record<string, LabelKey> = {
  UNAUTHENTICATED: "error.UNAUTHENTICATED",
  FORBIDDEN: "error.FORBIDDEN",
  NOT_FOUND: "error.NOT_FOUND",
  CONFLICT: "error.CONFLICT",
  BAD_USER_INPUT: "error.BAD_USER_INPUT",
  TOO_MANY_REQUESTS: "error.TOO_MANY_REQUESTS",
  NETWORK: "error.NETWORK",
  PAYLOAD_TOO_LARGE: "error.PAYLOAD_TOO_LARGE",
  SERVICE_UNAVAILABLE: "error.SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "error.INTERNAL_SERVER_ERROR",
};

/** A clash with another record (a taken reference or id), as opposed to a stale version. */
const isClash = (error: ApiError) => error.code === "CONFLICT" && Boolean(error.field) && error.field !== "expectedVersion";

/** One sentence for the user, in their language. */
export function describeError(error: ApiError, i18n: I18n): string {
  if (error.code === "BAD_USER_INPUT" || isClash(error)) {
    const reason = error.reason;
    const known = REASONS.find(([pattern]) => pattern.test(reason));
    if (known) return i18n.t(known[1]);
    return `${i18n.t(error.code === "CONFLICT" ? "error.CONFLICT_DUPLICATE" : "error.BAD_USER_INPUT")}: ${reason}`;
  }
  return i18n.t(CODES[error.code] ?? "error.INTERNAL_SERVER_ERROR");
}

/** Errors of a form: one per field name, and "form" for what names no field of it. */
export type FieldErrors = Partial<Record<string, string>> & { form?: string };

/**
 * Places a BAD_USER_INPUT (or a clash, such as a reference already taken) beside the field it names: the server's `input.reference` is the form's
 * `reference`, `input.evidence[0].agreementId` its `evidence[0].agreementId`.
 */
export function fieldErrorsFrom(error: ApiError, i18n: I18n, fields: readonly string[]): FieldErrors {
  const message = describeError(error, i18n);
  if ((error.code === "BAD_USER_INPUT" || isClash(error)) && error.field) {
    const name = error.field.replace(/^input\./, "");
    if (fields.includes(name)) return { [name]: message };
    const prefix = fields.find((field) => name.startsWith(`${field}[`) || name.startsWith(`${field}.`));
    if (prefix) return { [name]: message, [prefix]: message };
  }
  return { form: message };
}
