import { gql } from "../api.js";
import { h, table } from "../dom.js";
import { t } from "../i18n.js";
import { agreementLabel } from "./overview.js";

const LIST = `query A($filter: AgreementFilter) { agreements(filter: $filter, first: 100) { totalCount edges { node { id title description kind signedOn frameworkOrganization { abbreviation } } } } }`;

export async function agreementsPage() {
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const text = params.get("q") ?? "";
  const kind = params.get("kind") ?? "";
  const filter = { ...(text ? { text } : {}), ...(kind ? { kind } : {}) };
  const data = await gql(LIST, { filter });
  const input = h("input", { id: "agreement-search", type: "search", value: text, placeholder: t("searchPlaceholder"), "aria-label": t("search") });
  const select = h("select", { id: "agreement-kind", "aria-label": t("kind") },
    ["", "BILATERAL", "MULTILATERAL"].map((k) => h("option", { value: k, selected: k === kind }, k || t("any"))));
  const submit = (event) => {
    event.preventDefault();
    const q = new URLSearchParams({ ...(input.value.trim() ? { q: input.value.trim() } : {}), ...(select.value ? { kind: select.value } : {}) });
    location.hash = `#/agreements?${q}`;
  };
  return h("section", {},
    h("h1", {}, t("agreements")),
    h("form", { class: "inline", onsubmit: submit }, input, select, h("button", { class: "primary", type: "submit" }, t("search"))),
    h("p", { class: "muted" }, `${t("total")}: ${data.agreements.totalCount}`),
    table([t("agreement"), t("kind"), "", ""], data.agreements.edges.map(({ node }) => [
      h("a", { href: `#/agreements/${encodeURIComponent(node.id)}`, class: "agreement-link" }, agreementLabel(node)),
      node.kind, node.frameworkOrganization?.abbreviation ?? "", node.signedOn ?? ""])),
  );
}

const ONE = `query One($id: ID!) { agreement(id: $id) {
  id title titleEn: title(lang: EN) description kind instrumentType signedOn signedPlace adoptedOn enteredIntoForceOn source
  approvalAct { kind number adoptedOn publishedOn }
  parties { status reservationKind reservation signedOn ratifiedOn country { code nameAz } organization { abbreviation } }
  measures { number text deadline { asWritten to recurrence } executors { abbreviation } items { number text } }
  cooperation { requestsIn requestsOut executed refused pending overdue medianDaysToExecute level outcomes { suspectsArrested victimsIdentified convictions } }
  mlaRequests(first: 20) { totalCount edges { node { id reference direction status synthetic counterpartCountry { code } } } }
  recommendations { id code textAz status source { title } }
} }`;

export async function agreementPage(id) {
  const { agreement: a } = await gql(ONE, { id });
  if (!a) return h("p", { class: "error" }, id);
  const c = a.cooperation;
  return h("section", {},
    h("h1", { id: "agreement-title" }, agreementLabel(a)),
    a.titleEn ? h("p", { class: "muted" }, a.titleEn) : null,
    h("div", { class: "card" },
      h("p", {}, `${a.kind} · ${a.instrumentType}`, a.signedOn ? ` · ${a.signedOn}` : "", a.signedPlace ? ` (${a.signedPlace})` : ""),
      a.approvalAct ? h("p", {}, `${a.approvalAct.kind ?? ""} ${a.approvalAct.number} · ${a.approvalAct.adoptedOn ?? ""} · ${a.approvalAct.publishedOn ?? ""}`) : null,
      h("p", { class: "muted" }, a.source)),
    h("h2", {}, t("cooperation")),
    h("div", { class: "card", id: "cooperation" },
      h("span", { class: "tag" }, c.level), ` ${t("requestsIn")}: ${c.requestsIn} · ${t("requestsOut")}: ${c.requestsOut} · ${t("executed")}: ${c.executed} · ${t("arrests")}: ${c.outcomes.suspectsArrested} · ${t("victims")}: ${c.outcomes.victimsIdentified} · ${t("convictions")}: ${c.outcomes.convictions}`),
    h("h2", {}, t("parties")),
    table([t("country"), t("status"), t("reservation")], a.parties.map((p) => [p.country?.nameAz ?? p.organization?.abbreviation ?? "", p.status, p.reservation ?? (p.reservationKind ?? "")])),
    h("h2", {}, t("measures")),
    table(["#", t("measures"), t("deadline"), t("executors")], a.measures.map((m) => [m.number ?? "", h("div", {}, m.text, m.items.length ? h("ul", {}, m.items.map((i) => h("li", {}, `${i.number} ${i.text}`))) : null),
      m.deadline?.asWritten ?? "", m.executors.map((e) => e.abbreviation).join(", ")])),
    h("h2", {}, `${t("requests")} (${a.mlaRequests.totalCount})`),
    table([t("reference"), t("direction"), t("status"), t("country")], a.mlaRequests.edges.map(({ node }) => [
      h("a", { href: `#/mla/${node.id}` }, node.reference, node.synthetic ? h("span", { class: "tag synthetic" }, ` ${t("synthetic")}`) : null), node.direction, node.status, node.counterpartCountry.code])),
    h("h2", {}, t("recommendations")),
    a.recommendations.length
      ? table([t("source"), "#", t("recommendations"), t("status")], a.recommendations.map((r) => [r.source.title, h("a", { href: `#/recommendations/${encodeURIComponent(r.id)}` }, r.code), r.textAz, r.status]))
      : h("p", { class: "muted" }, t("none")),
  );
}
