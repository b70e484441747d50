/** A label and its value in a record's details; rows without a value are left out. */
export type DetailRow = [label: string, value: string | null | undefined];

/** The rows of a details list (`<dl>`) that have a value, each a `<div>` of `<dt>` and `<dd>`. */
export function DetailRows({ rows }: { rows: readonly DetailRow[] }) {
  return (
    <>
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </>
  );
}
