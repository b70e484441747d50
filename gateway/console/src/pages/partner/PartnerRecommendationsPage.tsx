import { useState, type FormEvent } from "react";
import { Page } from "../../app/page";
import { href, navigate, type Route } from "../../app/router";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { EnumSelect, SelectField, TextField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { ConnectionPager, useCursorPages } from "../../components/Pager";
import { EnumValue, LocalizedText } from "../../components/text";
import type { RecommendationStatus } from "../../generated/partner/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { recommendationTexts } from "../../i18n/localized";
import { PartnerProgress } from "./PartnerProgress";
import { RecommendationsDocument, type RecommendationsQuery } from "./partner-operations";

type Row = RecommendationsQuery["recommendations"]["edges"][number]["node"];

/** Recommendations with their current status (registered Recommendations), then progress per source. */
export function PartnerRecommendationsPage({ route }: { route: Route }) {
  const i18n = useI18n();
  const { t } = i18n;
  const applied = { q: route.params.get("q") ?? "", status: route.params.get("status") ?? "", source: route.params.get("source") ?? "" };
  const [text, setText] = useState(applied.q);
  const [status, setStatus] = useState(applied.status);
  const [source, setSource] = useState(applied.source);
  const filter = {
    ...(applied.q.trim() ? { text: applied.q.trim() } : {}),
    ...(applied.status ? { status: applied.status as RecommendationStatus } : {}),
    ...(applied.source ? { sourceId: applied.source } : {}),
  };
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, error, loading } = useQuery(RecommendationsDocument, { filter, first: pages.first, after: pages.after });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href("recommendations", { q: text.trim(), status, source }));
  };
  const connection = data?.recommendations;
  return (
    <Page title={t("nav.recommendations")} id="partner-recommendations">
      <p className="muted">{t("partner.recommendations.intro")}</p>
      <form className="filters" onSubmit={submit} role="search" aria-label={t("filters")}>
        <TextField id="recommendation-search" type="search" label={t("search")} value={text} onChange={setText} placeholder={t("recommendations.searchPlaceholder")} />
        <EnumSelect id="recommendation-status" label={t("col.status")} enumName="RecommendationStatus" values={enumValues("RecommendationStatus")} value={status} onChange={setStatus} empty={t("any")} />
        <SelectField
          id="recommendation-source"
          label={t("col.source")}
          value={source}
          onChange={setSource}
          empty={t("any")}
          options={(data?.recommendationSources ?? []).map((s) => ({ value: s.id, label: s.title }))}
        />
        <div className="filter-actions">
          <button className="primary" type="submit">
            {t("search")}
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {!connection ? (
        loading ? <Loading /> : null
      ) : (
        <DataTable<Row>
          id="recommendations"
          label={t("nav.recommendations")}
          rows={connection.edges.map((edge) => edge.node)}
          rowKey={(row) => row.id}
          columns={[
            { key: "code", header: t("col.code"), nowrap: true, cell: (row) => <a href={href(["recommendations", row.id])}>{row.code}</a> },
            { key: "source", header: t("col.source"), cell: (row) => row.source.title },
            { key: "text", header: t("col.text"), cell: (row) => <LocalizedText texts={recommendationTexts(row)} /> },
            { key: "theme", header: t("col.theme"), cell: (row) => (row.theme ? <EnumValue name="Theme" value={row.theme} /> : "—") },
            { key: "status", header: t("col.status"), cell: (row) => <EnumValue name="RecommendationStatus" value={row.status} tag /> },
          ]}
          footer={<ConnectionPager label={t("nav.recommendations")} pages={pages} total={connection.totalCount} count={connection.edges.length} hasNextPage={connection.pageInfo.hasNextPage} endCursor={connection.pageInfo.endCursor} />}
        />
      )}
      <h2 id="progress-title">{t("partner.progress.title")}</h2>
      <PartnerProgress />
    </Page>
  );
}
