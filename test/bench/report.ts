import type { Summary } from "./load";

/** `1234/s 2.31/9.80` (throughput, p50/p99 ms), or `ERR 12/340` when any answer failed: never a fast-looking number. */
export function cell(summary: Summary | undefined): string {
  if (!summary) return "-";
  if (summary.failed > 0) return `ERR ${summary.failed}/${summary.answers + summary.failed}`;
  // Every request took longer than the run: autocannon drops what is still in flight when a run ends.
  if (summary.answers === 0) return `no answer in ${summary.seconds.toFixed(0)} s`;
  return `${summary.throughput.toFixed(0)}/s ${ms(summary.p50)}/${ms(summary.p99)}`;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return "-";
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** a / b when both are clean measurements, else "-" (a run with errors has no ratio). */
export function ratio(a: number | undefined, b: number | undefined, clean = true): string {
  if (!clean || a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return "-";
  return (a / b).toFixed(2);
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((text, i) => (i === 0 ? text.padEnd(widths[i]) : text.padStart(widths[i]))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function sizeLabel(size: number): string {
  return size >= 1_000_000 && size % 1_000_000 === 0 ? `${size / 1_000_000}M` : size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size);
}
