import type { ReactNode } from "react";
import { useI18n } from "../i18n/language";
import { DemoMark } from "./demo-mark";

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartRow {
  id: string;
  /** Plain text: it names the bar for screen readers and must tell rows apart. */
  label: string;
  href?: string;
  values: Record<string, number>;
  /** Generated demo requests the row's figures count: the row is marked. */
  synthetic?: number;
}

/**
 * Two rows never share a label: where two agreements read the same (two CIS agreements cut short, or with
 * no title in the chosen language), the id is added.
 */
export function distinctLabels<Row extends { id: string; label: string }>(rows: Row[]): Row[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.label, (counts.get(row.label) ?? 0) + 1);
  return rows.map((row) => ((counts.get(row.label) ?? 0) > 1 ? { ...row, label: `${row.label} (${row.id})` } : row));
}

/**
 * Horizontal stacked bars, one row per agreement. The labels are HTML beside the bars, so they wrap
 * instead of being cut, and the legend is an HTML list (never clipped by the drawing). Widths are SVG
 * attributes and colours CSS classes: the strict CSP allows no style attribute.
 */
export function RankingChart({ id, title, rows, series, mark }: { id: string; title: string; rows: ChartRow[]; series: ChartSeries[]; mark?: ReactNode }) {
  const { t, number } = useI18n();
  const totals = rows.map((row) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const labelled = distinctLabels(rows);
  return (
    <figure className="chart" id={id}>
      <figcaption>
        {title} {mark}
      </figcaption>
      <ul className="chart-legend">
        {series.map((s, index) => (
          <li key={s.key}>
            <svg className="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
              <rect className={`series-${index}`} width="10" height="10" />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <ol className="chart-rows">
        {labelled.map((row, rowIndex) => {
          let x = 0;
          const description = series.map((s) => `${s.label}: ${number(row.values[s.key] ?? 0)}`).join(", ");
          return (
            <li key={row.id} className="chart-row">
              <span className="chart-label">
                {row.href ? <a href={row.href}>{row.label}</a> : row.label} <DemoMark synthetic={row.synthetic} />
              </span>
              <svg className="chart-bar" viewBox={`0 0 ${max} 10`} preserveAspectRatio="none" role="img" aria-label={`${row.label}: ${description}`}>
                {series.map((s, index) => {
                  const width = row.values[s.key] ?? 0;
                  const rect = width > 0 ? <rect key={s.key} className={`series-${index}`} x={x} y="1" width={width} height="8" /> : null;
                  x += width;
                  return rect;
                })}
              </svg>
              <span className="chart-total" title={description}>
                {number(totals[rowIndex] ?? 0)}
              </span>
            </li>
          );
        })}
      </ol>
      {rows.length === 0 ? <p className="muted">{t("noRows")}</p> : null}
    </figure>
  );
}
