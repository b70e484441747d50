import type { ApiError } from "../api/api-error";
import type { I18n } from "../i18n/language";
import type { LabelKey } from "../i18n/types";

/**
 * The server's reasons for BAD_USER_INPUT (written in English for developers), in the user's language.
 * A reason not listed here is shown as the server wrote it, after the translated "Invalid value".
 */
const REASONS: [RegExp, LabelKey][] = [
  [/must not be empty|is required|^required$/, "reason.required"],
  [/must not be before|must not be after/, "reason.dateOrder"],
  [/must be at most \d+ characters/, "reason.tooLong"],
  [/a refusal must state its ground/, "reason.refusalGround"],
  [/only a refusal has a ground/, "reason.groundOnlyForRefusal"],
  [/cannot go from/, "reason.transition"],
  [/must not be before the request was opened/, "reason.beforeOpened"],
  [/give an agreement exactly when/, "reason.legalBasis"],
  [/is not a known ISO 3166-1/, "reason.unknownCountry"],
  [/lower-case letters, digits and dashes/, "reason.slug"],
  [/needs a title in some language or a description/, "reason.title"],
  [/say where the information comes from/, "reason.source"],
  [/counts people or acts: a whole number/, "reason.wholeNumber"],
  [/must be more than 0/, "reason.positive"],
  [/write a year or part of one/, "reason.period"],
  [/not requests serving this case/, "reason.requestsOfCase"],
  [/change at least one field/, "reason.noChange"],
  [/already exists|is taken/, "reason.taken"],
  [/must be an http\(s\) URL/, "reason.url"],
  [/give either countryCode or organizationId/, "reason.partyWho"],
];

const CODES: Record<string, LabelKey> = {
  UNAUTHENTICATED: "error.UNAUTHENTICATED",
  FORBIDDEN: "error.FORBIDDEN",
  NOT_FOUND: "error.NOT_FOUND",
  CONFLICT: "error.CONFLICT",
  BAD_USER_INPUT: "error.BAD_USER_INPUT",
  TOO_MANY_REQUESTS: "error.TOO_MANY_REQUESTS",
  NETWORK: "error.NETWORK",
  INTERNAL_SERVER_ERROR: "error.INTERNAL_SERVER_ERROR",
};

/** One sentence for the user, in their language. */
export function describeError(error: ApiError, i18n: I18n): string {
  if (error.code === "BAD_USER_INPUT") {
    const reason = error.reason;
    const known = REASONS.find(([pattern]) => pattern.test(reason));
    return known ? i18n.t(known[1]) : `${i18n.t("error.BAD_USER_INPUT")}: ${reason}`;
  }
  // A stale version is shown by the form's conflict panel; other conflicts (a duplicate) say what clashed.
  if (error.code === "CONFLICT" && error.field !== "expectedVersion") return `${i18n.t("error.CONFLICT_DUPLICATE")}: ${error.reason}`;
  return i18n.t(CODES[error.code] ?? "error.INTERNAL_SERVER_ERROR");
}

/** Errors of a form: one per field name, and "form" for what names no field of it. */
export type FieldErrors = Partial<Record<string, string>> & { form?: string };

/**
 * Places a BAD_USER_INPUT beside the field it names: the server's `input.reference` is the form's
 * `reference`, `input.evidence[0].agreementId` its `evidence[0].agreementId`.
 */
export function fieldErrorsFrom(error: ApiError, i18n: I18n, fields: readonly string[]): FieldErrors {
  const message = describeError(error, i18n);
  if (error.code === "BAD_USER_INPUT" && error.field) {
    const name = error.field.replace(/^input\./, "");
    if (fields.includes(name)) return { [name]: message };
    const prefix = fields.find((field) => name.startsWith(`${field}[`) || name.startsWith(`${field}.`));
    if (prefix) return { [name]: message, [prefix]: message };
  }
  return { form: message };
}
