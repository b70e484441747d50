import { message, type Message } from "./import-messages";

/** A cell read as a value, or the problem with it (rendered later in the reader's language). */
export type Parsed<T> = { value: T } | { problem: Message };

export const ok = <T>(value: T): Parsed<T> => ({ value });
export const problem = (value: Message): Parsed<never> => ({ problem: value });

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A calendar day written YYYY-MM-DD or DD.MM.YYYY (how az and ru Excel show dates), or an Excel date cell
 * (read as YYYY-MM-DD). 2024-13-45 and 29.02.2023 are refused: the day must exist.
 */
export function parseDay(text: string): Parsed<string> {
  const iso = ISO.exec(text);
  const dotted = iso ? null : DOTTED.exec(text);
  if (!iso && !dotted) return problem(message("date_invalid", { value: text }));
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : [dotted![3], dotted![2], dotted![1]].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return problem(message("date_impossible", { value: text }));
  if (year < 1900 || year > 2100) return problem(message("date_out_of_range", { value: text }));
  return ok(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

/** Several values in one cell, separated by `;`, `,` or line breaks (titles, which may hold commas: `;` only). */
export function parseList(text: string, separators = /[;,\n\r]+/): string[] {
  return text
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** One of a set of codes, in any case, with spaces or dashes for underscores ("partially executed"). */
export function parseChoice<T extends string>(text: string, allowed: readonly T[]): Parsed<T> {
  const code = text.trim().toUpperCase().replace(/[\s-]+/g, "_");
  return (allowed as readonly string[]).includes(code) ? ok(code as T) : problem(message("value_unknown", { value: text, allowed: allowed.join(", ") }));
}

/** A number as az and ru Excel write it too: a decimal comma, spaces between thousands. */
export function parseNumber(text: string): Parsed<number> {
  let normal = text.replace(/[\s\u00a0\u202f]/g, "");
  if (!normal.includes(".")) normal = normal.replace(",", ".");
  const value = Number(normal);
  return normal !== "" && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normal) && Number.isFinite(value) ? ok(value) : problem(message("number_invalid", { value: text }));
}

/** Free text up to `max` characters; empty is null. */
export function parseText(text: string, max: number): Parsed<string | null> {
  if (text.length > max) return problem(message("too_long", { max }));
  return ok(text === "" ? null : text);
}
