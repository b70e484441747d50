import type { Summary } from "./load";

/** Fewer answers than this make a throughput too coarse to compare: such a cell shows its count, and no ratio. */
export const MIN_ANSWERS = 20;

/**
 * `1234/s 2.31/9.80` (throughput, p50/p99 ms), `0.4/s 4112/4390 n=4` with few answers, or `ERR 12/340`
 * when any answer failed: never a fast-looking number.
 */
export function cell(summary: Summary | undefined): string {
  if (!summary) return "-";
  if (summary.failed > 0) return `ERR ${summary.failed}/${summary.answers + summary.failed}`;
  // Every request took longer than the run: autocannon drops what is still in flight when a run ends.
  if (summary.answers === 0) return `no answer in ${summary.seconds.toFixed(0)} s`;
  const throughput = summary.throughput >= 10 ? summary.throughput.toFixed(0) : summary.throughput.toFixed(1);
  return `${throughput}/s ${ms(summary.p50)}/${ms(summary.p99)}${summary.answers < MIN_ANSWERS ? ` n=${summary.answers}` : ""}`;
}

/** Both measured without failures, and (for throughput) with enough answers to mean something. */
export function comparable(a: Summary | undefined, b: Summary | undefined, minAnswers = 1): boolean {
  return [a, b].every((summary) => summary !== undefined && summary.failed === 0 && summary.answers >= minAnswers);
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
