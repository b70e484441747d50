import { gql } from "../api.js";
import { h, table } from "../dom.js";
import { t } from "../i18n.js";
import { agreementLabel } from "./overview.js";

const QUERY = `query Report($period: CooperationPeriod, $year: String) {
  cooperationRanking(period: $period, first: 100) { rank agreement { id title description } cooperation { requestsIn requestsOut executed refused pending overdue level outcomes { suspectsArrested victimsIdentified convictions } } }
  countries { code nameAz cooperation(period: $period) { requestsIn requestsOut executed level outcomes { suspectsArrested victimsIdentified convictions } } }
  recommendationProgress(groupBy: SOURCE, reportingPeriod: $year) { group reportingPeriod total counts { status count } }
}`;

function csvCell(value) {
  const text = String(value ?? "");
  // Quote every cell; a leading = + - @ is neutralised so a spreadsheet does not run it as a formula.
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
}

export function toCsv(rows) {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export async function reportPage() {
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const year = params.get("year") ?? String(new Date().getFullYear() - 1);
  const data = await gql(QUERY, { period: { from: `${year}-01-01`, to: `${year}-12-31` }, year });
  const agreementRows = data.cooperationRanking.map((r) => [r.rank, agreementLabel(r.agreement), r.cooperation.level, r.cooperation.requestsIn, r.cooperation.requestsOut,
    r.cooperation.executed, r.cooperation.refused, r.cooperation.outcomes.suspectsArrested, r.cooperation.outcomes.victimsIdentified, r.cooperation.outcomes.convictions]);
  const countryRows = data.countries.filter((c) => c.cooperation.requestsIn + c.cooperation.requestsOut > 0).map((c) => [c.code, c.nameAz, c.cooperation.level,
    c.cooperation.requestsIn, c.cooperation.requestsOut, c.cooperation.executed, c.cooperation.outcomes.suspectsArrested, c.cooperation.outcomes.victimsIdentified, c.cooperation.outcomes.convictions]);
  const progressRows = data.recommendationProgress.map((p) => [p.group, p.reportingPeriod, p.total, ...p.counts.map((c) => `${c.status}: ${c.count}`)]);
  const head = [t("rank"), t("agreement"), t("level"), t("requestsIn"), t("requestsOut"), t("executed"), "refused", t("arrests"), t("victims"), t("convictions")];
  const countryHead = [t("country"), "", t("level"), t("requestsIn"), t("requestsOut"), t("executed"), t("arrests"), t("victims"), t("convictions")];
  const download = () => {
    const csv = toCsv([[`Cooperation Hub report ${year}`], [], head, ...agreementRows, [], countryHead, ...countryRows, [], [t("source"), t("reportingPeriod"), t("total")], ...progressRows]);
    const link = h("a", { href: URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" })), download: `cooperation-report-${year}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
  };
  const yearInput = h("input", { name: "year", value: year, size: 6, "aria-label": t("year") });
  return h("section", {},
    h("h1", {}, `${t("report")} ${year}`),
    h("form", { class: "inline", onsubmit: (e) => { e.preventDefault(); location.hash = `#/report?year=${encodeURIComponent(yearInput.value)}`; } },
      yearInput, h("button", { class: "primary", type: "submit" }, t("search")),
      h("button", { type: "button", id: "download-csv", onclick: download }, t("downloadCsv")),
      h("button", { type: "button", onclick: () => window.print() }, t("print"))),
    h("h2", {}, t("agreements")), table(head, agreementRows),
    h("h2", {}, t("byCountry")), table(countryHead, countryRows),
    h("h2", {}, t("progress")), table([t("source"), t("reportingPeriod"), t("total"), ""], progressRows.map((r) => [r[0], r[1], r[2], r.slice(3).join(" · ")])),
  );
}
