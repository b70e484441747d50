import { useState, type FormEvent } from "react";
import { Page } from "../../app/page";
import { href, navigate, type Route } from "../../app/router";
import { useSession } from "../../app/session";
import { useQuery } from "../../api/use-query";
import { DataTable, type ServerSort } from "../../components/DataTable";
import { SelectField, TextField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { ConnectionPager, useCursorPages } from "../../components/Pager";
import { SyntheticTag } from "../../components/text";
import { graphql } from "../../generated";
import type { CaseFilter, CaseOrderField, CasesQuery } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";

const CasesQueryDocument = graphql(`
  query Cases($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {
    cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          articles
          openedOn
          requestCount
          synthetic
        }
      }
    }
  }
`);

type Row = CasesQuery["cases"]["edges"][number]["node"];

/** The list's filter as the address keeps it (#/cases?q=…&article=…&synthetic=…). */
function filterOf(params: URLSearchParams): CaseFilter {
  const synthetic = params.get("synthetic");
  return {
    ...(params.get("q")?.trim() ? { reference: params.get("q")?.trim() } : {}),
    ...(params.get("article")?.trim() ? { article: params.get("article")?.trim() } : {}),
    ...(synthetic === "true" || synthetic === "false" ? { synthetic: synthetic === "true" } : {}),
  };
}

/** National cases: found by number or article, sorted and paged on the server, with their requests counted. */
export function CasesPage({ route }: { route: Route }) {
  const { t, number } = useI18n();
  const session = useSession();
  const params = route.params;
  const [reference, setReference] = useState(params.get("q") ?? "");
  const [article, setArticle] = useState(params.get("article") ?? "");
  const [synthetic, setSynthetic] = useState(params.get("synthetic") ?? "");
  const [sort, setSort] = useState<ServerSort | null>(null);
  const filter = filterOf(params);
  const pages = useCursorPages(JSON.stringify({ filter, sort }), 25);
  const orderBy = sort ? { field: sort.field as CaseOrderField, direction: sort.direction } : null;
  const { data, error, loading } = useQuery(CasesQueryDocument, { filter, first: pages.first, after: pages.after, orderBy });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href("cases", { q: reference.trim(), article: article.trim(), synthetic }));
  };
  const connection = data?.cases;
  return (
    <Page
      title={t("nav.cases")}
      actions={
        session.canWrite ? (
          <a className="button primary" href={href(["cases", "new"])} id="new-case">
            {t("cases.new")}
          </a>
        ) : null
      }
    >
      <form className="filters" onSubmit={submit} role="search" aria-label={t("filters")}>
        <TextField id="cases-reference" type="search" label={t("case.reference")} value={reference} onChange={setReference} hint={t("cases.referenceHint")} />
        <TextField id="cases-article" label={t("cases.article")} value={article} onChange={setArticle} placeholder="144-1" />
        <SelectField
          id="cases-synthetic"
          label={t("mla.data")}
          value={synthetic}
          onChange={setSynthetic}
          options={[
            { value: "", label: t("mla.dataAll") },
            { value: "false", label: t("mla.dataReal") },
            { value: "true", label: t("mla.dataSynthetic") },
          ]}
        />
        <div className="filter-actions">
          <button className="primary" type="submit" id="cases-filter">
            {t("search")}
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {!connection ? (
        loading ? <Loading /> : null
      ) : (
        <DataTable<Row>
          id="cases"
          label={t("nav.cases")}
          rows={connection.edges.map((edge) => edge.node)}
          rowKey={(row) => row.id}
          serverSort={{ value: sort, onChange: setSort }}
          columns={[
            {
              key: "reference",
              header: t("case.reference"),
              cell: (row) => (
                <>
                  <a href={href(["cases", row.id])} className="case-link">
                    {row.reference}
                  </a>{" "}
                  <SyntheticTag synthetic={row.synthetic} />
                </>
              ),
              orderBy: "REFERENCE",
            },
            { key: "articles", header: t("case.articles"), cell: (row) => row.articles.join(", ") },
            { key: "opened", header: t("col.openedOn"), nowrap: true, cell: (row) => row.openedOn ?? "—", orderBy: "OPENED_ON" },
            { key: "requests", header: t("cases.requestCount"), numeric: true, cell: (row) => number(row.requestCount), orderBy: "REQUESTS" },
          ]}
          footer={<ConnectionPager label={t("nav.cases")} pages={pages} total={connection.totalCount} count={connection.edges.length} hasNextPage={connection.pageInfo.hasNextPage} endCursor={connection.pageInfo.endCursor} />}
        />
      )}
    </Page>
  );
}
