import { useState, type FormEvent } from "react";
import { Page } from "../../app/page";
import { href, navigate, type Route } from "../../app/router";
import { useQuery } from "../../api/use-query";
import { DataTable, type ServerSort } from "../../components/DataTable";
import { EnumSelect, SelectField, TextField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { ConnectionPager, useCursorPages } from "../../components/Pager";
import { EnumValue, LocalizedText } from "../../components/text";
import { graphql } from "../../generated";
import type { RecommendationFilter, RecommendationOrderField, RecommendationStatus, RecommendationsQuery, Theme } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { recommendationTexts } from "../../i18n/localized";

const RecommendationsQueryDocument = graphql(`
  query Recommendations($filter: RecommendationFilter, $first: Int, $after: String, $orderBy: RecommendationOrder) {
    recommendationSources {
      id
      title
      body
    }
    recommendations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          textAz
          textEn
          textRu
          unofficialTexts {
            lang
            text
          }
          theme
          status
          source {
            id
            title
          }
        }
      }
    }
  }
`);

type Row = RecommendationsQuery["recommendations"]["edges"][number]["node"];

export function RecommendationsPage({ route }: { route: Route }) {
  const i18n = useI18n();
  const { t } = i18n;
  const params = route.params;
  const [source, setSource] = useState(params.get("source") ?? "");
  const [theme, setTheme] = useState(params.get("theme") ?? "");
  const [status, setStatus] = useState(params.get("status") ?? "");
  const [text, setText] = useState(params.get("q") ?? "");
  const filter: RecommendationFilter = {
    ...(params.get("source") ? { sourceId: params.get("source") } : {}),
    ...(params.get("theme") ? { theme: params.get("theme") as Theme } : {}),
    ...(params.get("status") ? { status: params.get("status") as RecommendationStatus } : {}),
    ...(params.get("q")?.trim() ? { text: params.get("q")?.trim() } : {}),
  };
  const [sort, setSort] = useState<ServerSort | null>(null);
  const pages = useCursorPages(JSON.stringify({ filter, sort }), 25);
  const orderBy = sort ? { field: sort.field as RecommendationOrderField, direction: sort.direction } : null;
  const { data, error, loading } = useQuery(RecommendationsQueryDocument, { filter, first: pages.first, after: pages.after, orderBy });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href("recommendations", { source, theme, status, q: text.trim() }));
  };
  const connection = data?.recommendations;
  return (
    <Page title={t("nav.recommendations")}>
      <form className="filters" onSubmit={submit} role="search" aria-label={t("filters")}>
        <SelectField id="rec-source" label={t("col.source")} value={source} onChange={setSource} empty={t("any")} options={(data?.recommendationSources ?? []).map((s) => ({ value: s.id, label: s.title }))} />
        <EnumSelect id="rec-theme" label={t("col.theme")} enumName="Theme" values={enumValues("Theme")} value={theme} onChange={setTheme} empty={t("any")} />
        <EnumSelect id="rec-status" label={t("col.status")} enumName="RecommendationStatus" values={enumValues("RecommendationStatus")} value={status} onChange={setStatus} empty={t("any")} />
        <TextField id="rec-text" type="search" label={t("search")} value={text} onChange={setText} placeholder={t("recommendations.searchPlaceholder")} />
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
          serverSort={{ value: sort, onChange: setSort }}
          columns={[
            { key: "code", header: t("col.code"), cell: (row) => <a href={href(["recommendations", row.id])}>{row.code}</a>, orderBy: "CODE" },
            { key: "source", header: t("col.source"), cell: (row) => row.source.title, orderBy: "SOURCE" },
            { key: "text", header: t("col.text"), cell: (row) => <LocalizedText texts={recommendationTexts(row)} /> },
            { key: "theme", header: t("col.theme"), cell: (row) => (row.theme ? <EnumValue name="Theme" value={row.theme} /> : "—"), orderBy: "THEME", sortHint: t("sortByCode") },
            { key: "status", header: t("col.status"), cell: (row) => <EnumValue name="RecommendationStatus" value={row.status} tag />, orderBy: "STATUS" },
          ]}
          footer={<ConnectionPager label={t("nav.recommendations")} pages={pages} total={connection.totalCount} count={connection.edges.length} hasNextPage={connection.pageInfo.hasNextPage} endCursor={connection.pageInfo.endCursor} />}
        />
      )}
    </Page>
  );
}
