import type { Language } from "./import-messages";

/**
 * One column of an import: its exact name in row 1 and what it means. The owning aggregate defines its
 * columns (subgraphs/<name>/src/import/); the importer reads them and the templates are written from them.
 */
export interface ColumnDefinition {
  name: string;
  /** The cell may not be empty. (Every column must be in row 1, required or not.) */
  required?: boolean;
  /** What to write, in each language: the template's help sheet. */
  meaning: Record<Language, string>;
  /** A value as it would be written, shown in the help sheet. */
  example: string;
  /** Allowed codes: offered as a drop-down list in the .xlsx template (unless the cell takes several). */
  values?: readonly string[];
  /** The cell holds several values separated by `;`. */
  multiple?: boolean;
  /** Dates are written as text in the template, so Excel keeps what the user typed. */
  date?: boolean;
}

export const DATE_MEANING = {
  en: "YYYY-MM-DD or DD.MM.YYYY, or an Excel date",
  az: "İİİİ-AA-GG və ya GG.AA.İİİİ, ya da Excel tarixi",
  ru: "ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, либо дата Excel",
} as const;
