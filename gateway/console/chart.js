import { h } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** Horizontal stacked bars: one row per label, one colour per series. No library, no network. */
export function stackedBars(rows, series) {
  const width = 640;
  const rowHeight = 22;
  const labelWidth = 230;
  const max = Math.max(1, ...rows.map((r) => series.reduce((sum, se) => sum + r.values[se.key], 0)));
  const scale = (width - labelWidth - 40) / max;
  const svg = s("svg", { class: "chart", width, height: rows.length * rowHeight + 30, role: "img" });
  rows.forEach((row, i) => {
    const y = i * rowHeight;
    svg.append(s("text", { x: 0, y: y + 15 }, row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label));
    let x = labelWidth;
    for (const se of series) {
      const w = row.values[se.key] * scale;
      if (w > 0) svg.append(s("rect", { x, y: y + 4, width: w, height: rowHeight - 8, fill: se.color }, s("title", {}, `${se.label}: ${row.values[se.key]}`)));
      x += w;
    }
  });
  const legendY = rows.length * rowHeight + 18;
  series.forEach((se, i) => {
    svg.append(s("rect", { x: labelWidth + i * 190, y: legendY - 10, width: 10, height: 10, fill: se.color }));
    svg.append(s("text", { x: labelWidth + i * 190 + 14, y: legendY }, se.label));
  });
  return h("div", {}, svg);
}
