import { useCallback, useState } from "react";
import type { FieldErrors } from "../app/errors";

export interface Bound<Value> {
  id: string;
  value: Value;
  onChange(value: Value): void;
  error: string | undefined;
}

/**
 * A form's values and its errors by field. `bind("reference")` gives a field component its id
 * (`<prefix>-reference`), value, change handler and error; editing a field clears its error.
 */
export function useForm<Values extends Record<string, unknown>>(prefix: string, initial: Values | (() => Values)) {
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = useCallback(<Key extends keyof Values>(key: Key, value: Values[Key]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => ({ ...previous, [key as string]: undefined, form: undefined }));
  }, []);
  const bind = <Key extends keyof Values & string>(key: Key): Bound<Values[Key]> => ({
    id: `${prefix}-${key}`,
    value: values[key],
    onChange: (value) => set(key, value),
    error: errors[key],
  });
  return { values, setValues, set, bind, errors, setErrors };
}

/** Client-side checks before anything is sent: field → message, empty when all is well. */
export function firstErrors(checks: [string, boolean, string][]): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, failed, message] of checks) if (failed && !errors[field]) errors[field] = message;
  return errors;
}

export const hasErrors = (errors: FieldErrors) => Object.values(errors).some(Boolean);

/** "" means "not given": the API wants null (or the field left out). */
export const orNull = (value: string): string | null => (value.trim() ? value.trim() : null);

/** A reporting period: "2024", "2024-H1", "2024-Q3" or "2024-05" (as the recommendations subgraph takes them). */
export const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
