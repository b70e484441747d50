import { gql } from "../api.js";
import { stackedBars } from "../chart.js";
import { h, table } from "../dom.js";
import { t } from "../i18n.js";

const QUERY = `{
  cooperationRanking(first: 15) { rank agreement { id title description } cooperation { requestsIn requestsOut executed level outcomes { suspectsArrested victimsIdentified convictions } } }
  mlaRequests(filter: { overdue: true }, first: 10) { totalCount edges { node { id reference direction dueOn daysOpen synthetic counterpartCountry { code } } } }
  recommendationProgress(groupBy: SOURCE) { group reportingPeriod total counts { status count } }
}`;

export const agreementLabel = (a) => a?.title ?? a?.description ?? a?.id ?? "";

export async function overviewPage() {
  const data = await gql(QUERY);
  const ranking = data.cooperationRanking;
  const current = data.recommendationProgress.filter((r) => r.reportingPeriod === "current");
  const statuses = current[0]?.counts.map((c) => c.status) ?? [];
  return h("section", {},
    h("h1", {}, t("ranking")),
    h("div", { class: "card", id: "ranking-chart" }, stackedBars(
      ranking.map((r) => ({ label: agreementLabel(r.agreement), values: { a: r.cooperation.outcomes.suspectsArrested, v: r.cooperation.outcomes.victimsIdentified, c: r.cooperation.outcomes.convictions } })),
      [{ key: "a", label: t("arrests"), color: "#12355b" }, { key: "v", label: t("victims"), color: "#2e8b57" }, { key: "c", label: t("convictions"), color: "#c27c0e" }],
    )),
    table([t("rank"), t("agreement"), t("level"), t("requestsIn"), t("requestsOut"), t("executed"), t("arrests"), t("victims"), t("convictions")],
      ranking.map((r) => [r.rank, h("a", { href: `#/agreements/${encodeURIComponent(r.agreement.id)}` }, agreementLabel(r.agreement)), h("span", { class: "tag" }, r.cooperation.level),
        r.cooperation.requestsIn, r.cooperation.requestsOut, r.cooperation.executed, r.cooperation.outcomes.suspectsArrested, r.cooperation.outcomes.victimsIdentified, r.cooperation.outcomes.convictions])),
    h("div", { class: "grid" },
      h("div", {}, h("h2", {}, `${t("overdue")} (${data.mlaRequests.totalCount})`),
        table([t("reference"), t("country"), t("due"), t("daysOpen")], data.mlaRequests.edges.map(({ node }) => [
          h("a", { href: `#/mla/${node.id}` }, node.reference, node.synthetic ? h("span", { class: "tag synthetic" }, ` ${t("synthetic")}`) : null),
          node.counterpartCountry.code, node.dueOn, node.daysOpen]))),
      h("div", {}, h("h2", {}, t("progress")),
        table([t("source"), ...statuses, t("total")], current.map((r) => [r.group, ...r.counts.map((c) => c.count), r.total])))),
  );
}
