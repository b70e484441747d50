import { useState, type FormEvent } from "react";
import { Page } from "../../app/page";
import { href, navigate, type Route } from "../../app/router";
import { useQuery } from "../../api/use-query";
import { DataTable, type ServerSort } from "../../components/DataTable";
import { EnumSelect, TextField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { ConnectionPager, useCursorPages } from "../../components/Pager";
import { EnumValue } from "../../components/text";
import { graphql } from "../../generated";
import type { LegalActKind, LegalActListQuery, LegalActOrderField } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { LegalActLink } from "./LegalActLink";
import { periodOf } from "./period";

const LegalActListDocument = graphql(`
  query LegalActList($filter: LegalActFilter, $first: Int, $after: String, $orderBy: LegalActOrder) {
    legalActs(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...LegalActLabel
          kind
          adoptedOn
          inForceOn
          periodFrom
          periodTo
        }
      }
    }
  }
`);

type Row = LegalActListQuery["legalActs"]["edges"][number]["node"];

/**
 * The national framework (#/legal-acts[?q=&kind=]): the API's filters (text, kind), its paging and its
 * orderBy (number, title, kind, adoption); by date of adoption until a header is chosen, as the API does.
 */
export function LegalActsPage({ route }: { route: Route }) {
  const { t } = useI18n();
  const applied = { q: route.params.get("q") ?? "", kind: route.params.get("kind") ?? "" };
  const [text, setText] = useState(applied.q);
  const [kind, setKind] = useState(applied.kind);
  const filter = {
    ...(applied.q.trim() ? { text: applied.q.trim() } : {}),
    ...(applied.kind && (enumValues("LegalActKind") as string[]).includes(applied.kind) ? { kind: applied.kind as LegalActKind } : {}),
  };
  const [sort, setSort] = useState<ServerSort | null>(null);
  const pages = useCursorPages(JSON.stringify({ filter, sort }));
  const orderBy = sort ? { field: sort.field as LegalActOrderField, direction: sort.direction } : null;
  const { data, error, loading } = useQuery(LegalActListDocument, { filter, first: pages.first, after: pages.after, orderBy });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href("legal-acts", { q: text.trim(), kind }));
  };
  const connection = data?.legalActs;
  return (
    <Page title={t("legalActs.nav")}>
      <p className="muted">{t("legalActs.intro")}</p>
      <form className="filters" onSubmit={submit} role="search" aria-label={t("filters")}>
        <TextField id="legal-act-search" type="search" label={t("search")} value={text} onChange={setText} placeholder={t("legalActs.searchPlaceholder")} hint={t("legalActs.searchHint")} />
        <EnumSelect id="legal-act-kind" label={t("col.kind")} enumName="LegalActKind" values={enumValues("LegalActKind")} value={kind} onChange={setKind} empty={t("any")} />
        <div className="filter-actions">
          <button className="primary" type="submit" id="legal-act-filter">
            {t("search")}
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {!connection ? (
        loading ? <Loading /> : null
      ) : (
        // What the list answers (filter, order, page), for whoever waits for it: busy until the API answered.
        <div id="legal-act-list" aria-busy={loading} data-q={filter.text ?? ""} data-kind={filter.kind ?? ""} data-order={sort ? `${sort.field}:${sort.direction}` : ""} data-offset={pages.offset}>
          <DataTable<Row>
            id="legal-acts"
            label={t("legalActs.nav")}
            rows={connection.edges.map((edge) => edge.node)}
            rowKey={(row) => row.id}
            empty={t("legalActs.none")}
            serverSort={{ value: sort, onChange: setSort }}
            columns={[
              { key: "number", header: t("legalActs.number"), nowrap: true, cell: (row) => row.number ?? "—", orderBy: "NUMBER" },
              { key: "title", header: t("legalActs.title"), cell: (row) => <LegalActLink act={{ ...row, number: null }} />, orderBy: "TITLE", sortHint: t("legalActs.sortTitleHint") },
              { key: "kind", header: t("col.kind"), cell: (row) => <EnumValue name="LegalActKind" value={row.kind} />, orderBy: "KIND", sortHint: t("sortByCode") },
              { key: "adopted", header: t("legalActs.adoptedOn"), nowrap: true, cell: (row) => row.adoptedOn ?? "—", orderBy: "ADOPTED_ON" },
              { key: "inForce", header: t("legalActs.inForceOn"), nowrap: true, cell: (row) => row.inForceOn ?? "—" },
              { key: "period", header: t("legalActs.period"), nowrap: true, cell: (row) => periodOf(row) ?? "—" },
            ]}
            footer={<ConnectionPager label={t("legalActs.nav")} pages={pages} total={connection.totalCount} count={connection.edges.length} hasNextPage={connection.pageInfo.hasNextPage} endCursor={connection.pageInfo.endCursor} />}
          />
        </div>
      )}
    </Page>
  );
}
