import { canWrite, gql } from "../api.js";
import { h, table } from "../dom.js";
import { t } from "../i18n.js";

const LIST = `query L($filter: RecommendationFilter) { recommendationSources { id title }
  recommendations(filter: $filter, first: 100) { totalCount edges { node { id code textAz theme status source { title } } } } }`;

export async function recommendationsPage() {
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const filter = {};
  if (params.get("source")) filter.sourceId = params.get("source");
  if (params.get("theme")) filter.theme = params.get("theme");
  const data = await gql(LIST, { filter });
  const source = h("select", { "aria-label": t("source") }, h("option", { value: "" }, t("any")), data.recommendationSources.map((s) => h("option", { value: s.id, selected: s.id === params.get("source") }, s.title)));
  const theme = h("select", { "aria-label": t("theme") }, ["", "PREVENTION", "PROTECTION", "PROSECUTION", "PARTNERSHIP"].map((th) => h("option", { value: th, selected: th === (params.get("theme") ?? "") }, th || t("any"))));
  const submit = (event) => {
    event.preventDefault();
    const q = new URLSearchParams();
    if (source.value) q.set("source", source.value);
    if (theme.value) q.set("theme", theme.value);
    location.hash = `#/recommendations?${q}`;
  };
  return h("section", {},
    h("h1", {}, t("recommendations")),
    h("form", { class: "inline", onsubmit: submit }, source, theme, h("button", { class: "primary", type: "submit" }, t("search"))),
    h("p", { class: "muted" }, `${t("total")}: ${data.recommendations.totalCount}`),
    table(["#", t("recommendations"), t("theme"), t("status")], data.recommendations.edges.map(({ node }) => [
      h("a", { href: `#/recommendations/${encodeURIComponent(node.id)}` }, node.code), node.textAz, node.theme ?? "", node.status])),
  );
}

const ONE = `query R($id: ID!) { recommendation(id: $id) { id code textAz theme status version quote source { title }
  history { id status reportingPeriod recordedAt recordedByName note corrects { id } evidence { kind agreement { id title } documentTitle } }
  cooperationAgreements { id title description cooperation { level executed outcomes { suspectsArrested victimsIdentified } } } } }`;
const RECORD = `mutation S($id: ID!, $v: Int!, $input: StatusUpdateInput!) { recordStatusUpdate(recommendationId: $id, expectedVersion: $v, input: $input) { id } }`;

export async function recommendationPage(id) {
  const { recommendation: r } = await gql(ONE, { id });
  if (!r) return h("p", { class: "error" }, id);
  const message = h("div", { role: "status" });
  const status = h("select", { name: "status" }, ["NOT_STARTED", "IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "IMPLEMENTED", "NO_LONGER_RELEVANT"].map((s) => h("option", { value: s, selected: s === r.status }, s)));
  const period = h("input", { name: "reportingPeriod", value: String(new Date().getFullYear()), size: 8 });
  const note = h("input", { name: "note", placeholder: t("note") });
  const agreement = h("input", { name: "agreement", placeholder: t("evidenceAgreement") });
  const submit = async (event) => {
    event.preventDefault();
    try {
      const evidence = agreement.value.trim() ? [{ kind: "AGREEMENT", agreementId: agreement.value.trim() }] : [];
      await gql(RECORD, { id, v: r.version, input: { status: status.value, reportingPeriod: period.value, note: note.value || null, evidence } });
      location.hash = `#/recommendations/${encodeURIComponent(id)}?v=${Date.now()}`;
    } catch (error) {
      message.replaceChildren(h("p", { class: error.code === "CONFLICT" ? "conflict" : "error", role: "alert" }, error.code === "CONFLICT" ? t("conflict") : error.message));
    }
  };
  return h("section", {},
    h("h1", {}, `${r.source.title} · ${r.code}`),
    h("div", { class: "card" }, h("p", {}, r.textAz), h("p", {}, h("span", { class: "tag" }, r.status), ` ${r.theme ?? ""}`), h("p", { class: "muted" }, r.quote)),
    canWrite() ? h("form", { class: "inline", id: "record-status", onsubmit: submit }, status, period, note, agreement, h("button", { class: "primary", type: "submit" }, t("record"))) : null,
    message,
    h("h2", {}, t("history")),
    table([t("reportingPeriod"), t("status"), "", t("note")], r.history.map((u) => [u.reportingPeriod, u.status + (u.corrects ? " (correction)" : ""),
      `${new Date(u.recordedAt).toLocaleDateString()} ${u.recordedByName ?? ""}`, h("div", {}, u.note ?? "", u.evidence.map((e) => h("div", { class: "muted" }, `${e.kind}: ${e.agreement?.title ?? e.agreement?.id ?? e.documentTitle ?? ""}`)))])),
    r.cooperationAgreements.length ? h("div", {}, h("h2", {}, t("cooperation")),
      table([t("agreement"), t("level"), t("executed"), t("arrests"), t("victims")], r.cooperationAgreements.map((a) => [a.title ?? a.description ?? a.id, a.cooperation.level, a.cooperation.executed, a.cooperation.outcomes.suspectsArrested, a.cooperation.outcomes.victimsIdentified]))) : null,
  );
}
