/** YAML dates arrive as Date objects (or strings when quoted); the tables want calendar days. */
export type Day = string | Date;

export function day(value: Day | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}
