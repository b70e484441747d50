import { useEffect, useState, type FormEvent } from "react";
import { Page } from "../../app/page";
import { href, navigate, type Route } from "../../app/router";
import { useSession } from "../../app/session";
import { useQuery } from "../../api/use-query";
import { CountryPicker } from "../../components/CountryPicker";
import { CheckboxField, EnumSelect, SelectField, TextField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { ConnectionPager, useCursorPages } from "../../components/Pager";
import { graphql } from "../../generated";
import type { Direction, Lang as ApiLang, MlaRequestFilter, MlaRequestOrderField, MlaStatus } from "../../generated/graphql";
import type { ServerSort } from "../../components/DataTable";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { RequestsTable } from "./RequestsTable";

const MlaRequestsQuery = graphql(`
  query MlaRequests($filter: MlaRequestFilter, $first: Int, $after: String, $orderBy: MlaRequestOrder) {
    mlaRequests(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MlaRequestRow
        }
      }
    }
  }
`);

/** The list's filter as the address keeps it (#/mla?text=…&direction=…&status=…&country=…&overdue=true&synthetic=…). */
function filterOf(params: URLSearchParams): MlaRequestFilter {
  const direction = params.get("direction");
  const status = params.get("status");
  const synthetic = params.get("synthetic");
  const text = params.get("text")?.trim();
  return {
    ...(text ? { text } : {}),
    ...(direction ? { direction: direction as Direction } : {}),
    ...(status ? { status: [status as MlaStatus] } : {}),
    ...(params.get("country") ? { counterpartCountry: params.get("country") } : {}),
    ...(params.get("overdue") === "true" ? { overdue: true } : {}),
    ...(synthetic === "true" || synthetic === "false" ? { synthetic: synthetic === "true" } : {}),
  };
}

export function MlaListPage({ route }: { route: Route }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const params = route.params;
  const addressText = params.get("text") ?? "";
  const [text, setText] = useState(addressText);
  // A link or the back button changes the address without a new page: the field follows it.
  useEffect(() => setText(addressText), [addressText]);
  const [direction, setDirection] = useState(params.get("direction") ?? "");
  const [status, setStatus] = useState(params.get("status") ?? "");
  const [country, setCountry] = useState<string | null>(params.get("country"));
  const [countryText, setCountryText] = useState("");
  const [countryError, setCountryError] = useState<string>();
  const [overdue, setOverdue] = useState(params.get("overdue") === "true");
  const [synthetic, setSynthetic] = useState(params.get("synthetic") ?? "");
  const filter = filterOf(params);
  const [sort, setSort] = useState<ServerSort | null>(null);
  // A cursor belongs to the filter and the order it was read in: either change starts at the first page.
  const pages = useCursorPages(JSON.stringify({ filter, sort }), 25);
  const orderBy = sort ? { field: sort.field as MlaRequestOrderField, direction: sort.direction, lang: i18n.lang.toUpperCase() as ApiLang } : null;
  const { data, error, loading } = useQuery(MlaRequestsQuery, { filter, first: pages.first, after: pages.after, orderBy });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // "Türkiyə" typed but not picked stays as typed, with a message beside it; nothing else changes.
    if (!country && countryText.trim()) return setCountryError(t("countryChoose"));
    setCountryError(undefined);
    navigate(href("mla", { text: text.trim(), direction, status, country, overdue, synthetic }));
  };
  const connection = data?.mlaRequests;
  return (
    <Page
      title={t("nav.mla")}
      actions={
        session.canWrite ? (
          <>
            <a className="button primary" href={href(["mla", "new"])} id="new-request">
              {t("mla.new")}
            </a>
            <a className="button" href={href(["cases", "new"])} id="new-case">
              {t("cases.new")}
            </a>
          </>
        ) : null
      }
    >
      <form className="filters" onSubmit={submit} role="search" aria-label={t("filters")}>
        <TextField id="mla-text" type="search" label={t("mla.text")} value={text} onChange={setText} hint={t("mla.textHint")} />
        <EnumSelect id="mla-direction" label={t("col.direction")} enumName="Direction" values={enumValues("Direction")} value={direction} onChange={setDirection} empty={t("any")} />
        <EnumSelect id="mla-status" label={t("col.status")} enumName="MlaStatus" values={enumValues("MlaStatus")} value={status} onChange={setStatus} empty={t("any")} />
        <CountryPicker id="mla-country" label={t("col.country")} value={country} onChange={setCountry} onTextChange={setCountryText} error={countryError} />
        <SelectField
          id="mla-synthetic"
          label={t("mla.data")}
          value={synthetic}
          onChange={setSynthetic}
          options={[
            { value: "", label: t("mla.dataAll") },
            { value: "false", label: t("mla.dataReal") },
            { value: "true", label: t("mla.dataSynthetic") },
          ]}
        />
        <CheckboxField id="mla-overdue" label={t("mla.onlyOverdue")} checked={overdue} onChange={setOverdue} />
        <div className="filter-actions">
          <button className="primary" type="submit" id="mla-filter">
            {t("search")}
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {!connection ? (
        loading ? <Loading /> : null
      ) : (
        <RequestsTable
          id="mla-requests"
          label={t("nav.mla")}
          rows={connection.edges.map((edge) => edge.node)}
          serverSort={{ value: sort, onChange: setSort }}
          footer={<ConnectionPager label={t("nav.mla")} pages={pages} total={connection.totalCount} count={connection.edges.length} hasNextPage={connection.pageInfo.hasNextPage} endCursor={connection.pageInfo.endCursor} />}
        />
      )}
    </Page>
  );
}
