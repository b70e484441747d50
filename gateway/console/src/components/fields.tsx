import type { ReactNode } from "react";
import { useI18n } from "../i18n/language";
import type { EnumName, EnumTexts } from "../i18n/types";

/** What a field's control needs so its label, hint and error are announced with it. */
export interface ControlProps {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  required: boolean | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  wide?: boolean;
  children(control: ControlProps): ReactNode;
}

/** A label above its control, a hint below it and the server's or the form's error right beside it. */
export function Field({ id, label, error, hint, required, wide, children }: FieldProps) {
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${wide ? " wide" : ""}${error ? " invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> ({t("required")})</span> : null}
      </label>
      {children({ id, name: id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, required })}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface ValueProps<Value> {
  id: string;
  label: string;
  value: Value;
  onChange(value: Value): void;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  wide?: boolean;
}

export function TextField({ type = "text", placeholder, ...props }: ValueProps<string> & { type?: "text" | "search" | "url"; placeholder?: string }) {
  return (
    <Field {...props}>
      {(control) => <input {...control} type={type} value={props.value} placeholder={placeholder} onChange={(event) => props.onChange(event.target.value)} />}
    </Field>
  );
}

export function NumberField({ min, step, ...props }: ValueProps<string> & { min?: number; step?: number }) {
  return <Field {...props}>{(control) => <input {...control} type="number" inputMode="decimal" min={min} step={step} value={props.value} onChange={(event) => props.onChange(event.target.value)} />}</Field>;
}

/** A calendar date as the API writes it (YYYY-MM-DD); the browser's picker does the rest. */
export function DateField(props: ValueProps<string>) {
  return <Field {...props}>{(control) => <input {...control} type="date" value={props.value} onChange={(event) => props.onChange(event.target.value)} />}</Field>;
}

export function TextArea({ rows = 3, ...props }: ValueProps<string> & { rows?: number }) {
  return (
    <Field {...props} wide>
      {(control) => <textarea {...control} rows={rows} value={props.value} onChange={(event) => props.onChange(event.target.value)} />}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ options, empty, ...props }: ValueProps<string> & { options: Option[]; empty?: string }) {
  return (
    <Field {...props}>
      {(control) => (
        <select {...control} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A select over a schema enum, with the chosen value's one-line explanation as its hint. */
export function EnumSelect<Name extends EnumName>({
  enumName,
  values,
  empty,
  ...props
}: ValueProps<string> & { enumName: Name; values: readonly (keyof EnumTexts[Name] & string)[]; empty?: string }) {
  const { e } = useI18n();
  const hint = props.value ? e(enumName, props.value as keyof EnumTexts[Name]).hint : props.hint;
  return <SelectField {...props} hint={hint} empty={empty} options={values.map((value) => ({ value, label: e(enumName, value).label }))} />;
}

export function CheckboxField({ id, label, checked, onChange, hint }: { id: string; label: string; checked: boolean; onChange(checked: boolean): void; hint?: string }) {
  return (
    <div className="field checkbox">
      <input id={id} name={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Several values of a list (assistance types, executors, requests of a case), in a fieldset with a legend. */
export function CheckboxGroup({
  id,
  legend,
  options,
  values,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  options: (Option & { hint?: string })[];
  values: string[];
  onChange(values: string[]): void;
  error?: string | undefined;
}) {
  const toggle = (value: string, on: boolean) => onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset className={`field wide checkbox-group${error ? " invalid" : ""}`} id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="checkbox-options">
        {options.map((option) => (
          <div className="checkbox" key={option.value}>
            <input id={`${id}-${option.value}`} type="checkbox" checked={values.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            <label htmlFor={`${id}-${option.value}`} title={option.hint}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
