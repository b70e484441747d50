import { canWrite, gql } from "../api.js";
import { h, table } from "../dom.js";
import { t } from "../i18n.js";

const LIST = `query L($filter: MlaRequestFilter) { mlaRequests(filter: $filter, first: 50) { totalCount edges { node {
  id reference direction status dueOn overdue daysOpen synthetic counterpartCountry { code } legalBasis { id } } } } }`;
const STATUSES = ["DRAFT", "SENT", "RECEIVED", "IN_PROGRESS", "ADDITIONAL_INFO_REQUESTED", "EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "WITHDRAWN"];

export async function mlaListPage() {
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const filter = {};
  if (params.get("direction")) filter.direction = params.get("direction");
  if (params.get("status")) filter.status = [params.get("status")];
  if (params.get("country")) filter.counterpartCountry = params.get("country");
  if (params.get("overdue") === "true") filter.overdue = true;
  const data = await gql(LIST, { filter });
  const direction = h("select", { name: "direction", "aria-label": t("direction") }, ["", "INCOMING", "OUTGOING"].map((d) => h("option", { value: d, selected: d === (params.get("direction") ?? "") }, d || t("any"))));
  const status = h("select", { name: "status", "aria-label": t("status") }, ["", ...STATUSES].map((s) => h("option", { value: s, selected: s === (params.get("status") ?? "") }, s || t("any"))));
  const country = h("input", { name: "country", size: 3, maxlength: 2, value: params.get("country") ?? "", placeholder: "TR", "aria-label": t("country") });
  const overdue = h("input", { name: "overdue", type: "checkbox", checked: params.get("overdue") === "true", "aria-label": t("overdue") });
  const submit = (event) => {
    event.preventDefault();
    const q = new URLSearchParams();
    if (direction.value) q.set("direction", direction.value);
    if (status.value) q.set("status", status.value);
    if (country.value) q.set("country", country.value);
    if (overdue.checked) q.set("overdue", "true");
    location.hash = `#/mla?${q}`;
  };
  return h("section", {},
    h("h1", {}, t("mla")),
    h("form", { class: "inline", onsubmit: submit }, direction, status, country, h("label", {}, overdue, ` ${t("overdue")}`), h("button", { class: "primary", type: "submit" }, t("search"))),
    h("p", { class: "muted" }, `${t("total")}: ${data.mlaRequests.totalCount}`),
    table([t("reference"), t("direction"), t("status"), t("country"), t("agreement"), t("due"), t("daysOpen")], data.mlaRequests.edges.map(({ node }) => [
      h("a", { href: `#/mla/${node.id}`, class: "request-link" }, node.reference, node.synthetic ? h("span", { class: "tag synthetic" }, ` ${t("synthetic")}`) : null),
      node.direction, node.status + (node.overdue ? " ⚠" : ""), node.counterpartCountry.code, node.legalBasis?.id ?? "", node.dueOn ?? "", node.daysOpen ?? ""])),
  );
}

const ONE = `query R($id: ID!) { mlaRequest(id: $id) {
  id reference direction status version priority openedOn dueOn closedOn daysOpen overdue refusalGround synthetic source internalNote nextStatuses
  assistanceTypes counterpartAuthority counterpartCountry { code nameAz } legalBasis { id title description }
  case { reference articles } history { from to changedAt changedByName note refusalGround }
} }`;
const MOVE = `mutation M($id: ID!, $v: Int!, $input: TransitionInput!) { transitionMlaRequest(id: $id, expectedVersion: $v, input: $input) { id version status } }`;

export async function mlaRequestPage(id) {
  const { mlaRequest: r } = await gql(ONE, { id });
  if (!r) return h("p", { class: "error" }, id);
  const message = h("div", { id: "message", role: "status" });
  // The version this tab saw: sent back so a stale tab gets a conflict instead of overwriting.
  const seenVersion = r.version;
  const ground = h("input", { id: "refusal-ground", placeholder: "refusalGround", size: 30 });
  const move = async (to) => {
    try {
      await gql(MOVE, { id, v: seenVersion, input: { to, ...(to === "REFUSED" ? { refusalGround: ground.value } : {}) } });
      location.hash = `#/mla/${id}?v=${Date.now()}`;
    } catch (error) {
      message.replaceChildren(h("p", { class: error.code === "CONFLICT" ? "conflict" : "error", role: "alert" }, error.code === "CONFLICT" ? t("conflict") : error.message));
    }
  };
  return h("section", {},
    h("h1", {}, `${r.reference} · `, h("span", { id: "request-status" }, r.status), r.synthetic ? h("span", { class: "tag synthetic" }, ` ${t("synthetic")}`) : null),
    h("div", { class: "card" },
      h("p", {}, `${r.direction} · ${r.counterpartCountry.nameAz} ${r.counterpartAuthority ?? ""} · ${r.priority}`),
      h("p", {}, `${t("agreement")}: `, r.legalBasis ? h("a", { href: `#/agreements/${encodeURIComponent(r.legalBasis.id)}` }, r.legalBasis.title ?? r.legalBasis.description ?? r.legalBasis.id) : t("none")),
      h("p", {}, `${r.openedOn ?? ""} → ${t("due")} ${r.dueOn ?? ""} · ${t("daysOpen")}: ${r.daysOpen ?? ""}${r.overdue ? " ⚠" : ""}`),
      r.refusalGround ? h("p", {}, r.refusalGround) : null,
      r.internalNote !== null && r.internalNote !== undefined ? h("p", { id: "internal-note" }, `${t("internalNote")}: ${r.internalNote}`) : null,
      r.case ? h("p", {}, `${t("case")}: ${r.case.reference} (${r.case.articles.join(", ")})`) : null,
      r.source ? h("p", { class: "muted" }, r.source) : null),
    canWrite() && r.nextStatuses.length
      ? h("div", { class: "card", id: "transitions" }, h("strong", {}, `${t("next")}: `),
          r.nextStatuses.map((s) => h("button", { type: "button", class: "primary transition", dataset: { to: s }, onclick: () => move(s) }, s)),
          r.nextStatuses.includes("REFUSED") ? ground : null)
      : null,
    message,
    h("h2", {}, t("history")),
    table(["", "→", "", ""], r.history.map((e) => [e.from ?? "—", e.to, new Date(e.changedAt).toLocaleString(), e.changedByName ?? ""])),
  );
}
