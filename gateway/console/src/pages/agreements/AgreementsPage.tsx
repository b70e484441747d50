import { useState, type FormEvent } from "react";
import { Page } from "../../app/page";
import { href, navigate, type Route } from "../../app/router";
import { useSession } from "../../app/session";
import { useQuery } from "../../api/use-query";
import { CountryPicker } from "../../components/CountryPicker";
import { DataTable, type ServerSort } from "../../components/DataTable";
import { EnumSelect, TextField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { ConnectionPager, useCursorPages } from "../../components/Pager";
import { AgreementLink, EnumValue } from "../../components/text";
import { graphql } from "../../generated";
import type { AgreementKind, AgreementOrderField, AgreementsQuery, Lang as ApiLang } from "../../generated/graphql";
import { useDemoData } from "../../app/demo-data";
import { DemoMark } from "../../components/demo-mark";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";

const AgreementsQueryDocument = graphql(`
  query Agreements($filter: AgreementFilter, $first: Int, $after: String, $orderBy: AgreementOrder, $includeSynthetic: Boolean!) {
    agreements(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AgreementLabel
          kind
          instrumentType
          signedOn
          frameworkOrganization {
            id
            abbreviation
          }
          cooperation(includeSynthetic: $includeSynthetic) {
            level
            syntheticRequests
          }
        }
      }
    }
  }
`);

type Row = AgreementsQuery["agreements"]["edges"][number]["node"];

export function AgreementsPage({ route }: { route: Route }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const applied = { q: route.params.get("q") ?? "", kind: route.params.get("kind") ?? "", country: route.params.get("country") };
  const [text, setText] = useState(applied.q);
  const [kind, setKind] = useState(applied.kind);
  const [country, setCountry] = useState<string | null>(applied.country);
  const [countryText, setCountryText] = useState("");
  const [countryError, setCountryError] = useState<string>();
  const filter = {
    ...(applied.q.trim() ? { text: applied.q.trim() } : {}),
    ...(applied.kind ? { kind: applied.kind as AgreementKind } : {}),
    ...(applied.country ? { partyCountry: applied.country } : {}),
  };
  const demo = useDemoData();
  const [sort, setSort] = useState<ServerSort | null>(null);
  const pages = useCursorPages(JSON.stringify({ filter, sort }));
  // Titles sort in the language shown (the API compares that language's title first, as the page shows it).
  const orderBy = sort ? { field: sort.field as AgreementOrderField, direction: sort.direction, lang: i18n.lang.toUpperCase() as ApiLang } : null;
  const { data, error, loading } = useQuery(AgreementsQueryDocument, { filter, first: pages.first, after: pages.after, orderBy, includeSynthetic: demo.included });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A country name typed but not chosen stays in the field with a message, instead of being dropped.
    if (!country && countryText.trim()) return setCountryError(t("countryChoose"));
    setCountryError(undefined);
    navigate(href("agreements", { q: text.trim(), kind, country }));
  };
  const connection = data?.agreements;
  return (
    <Page
      title={t("nav.agreements")}
      actions={
        session.isAdmin ? (
          <a className="button primary" href={href(["agreements", "new"])} id="new-agreement">
            {t("agreements.new")}
          </a>
        ) : null
      }
    >
      <form className="filters" onSubmit={submit} role="search" aria-label={t("filters")}>
        <TextField id="agreement-search" type="search" label={t("search")} value={text} onChange={setText} placeholder={t("agreements.searchPlaceholder")} hint={t("agreements.searchHint")} />
        <EnumSelect id="agreement-kind" label={t("col.kind")} enumName="AgreementKind" values={enumValues("AgreementKind")} value={kind} onChange={setKind} empty={t("any")} />
        <CountryPicker id="agreement-country" label={t("agreements.partyCountry")} value={country} onChange={setCountry} onTextChange={setCountryText} error={countryError} />
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
        <>
          <DataTable<Row>
            id="agreements"
            label={t("nav.agreements")}
            rows={connection.edges.map((edge) => edge.node)}
            rowKey={(row) => row.id}
            serverSort={{ value: sort, onChange: setSort }}
            columns={[
              { key: "title", header: t("col.agreement"), cell: (row) => <AgreementLink agreement={row} />, orderBy: "TITLE" },
              { key: "kind", header: t("col.kind"), cell: (row) => <EnumValue name="AgreementKind" value={row.kind} />, orderBy: "KIND", sortHint: t("sortByCode") },
              { key: "type", header: t("col.instrumentType"), cell: (row) => <EnumValue name="InstrumentType" value={row.instrumentType} />, orderBy: "INSTRUMENT_TYPE", sortHint: t("sortByCode") },
              { key: "framework", header: t("col.framework"), cell: (row) => row.frameworkOrganization?.abbreviation ?? "—" },
              { key: "signed", header: t("col.signedOn"), nowrap: true, cell: (row) => row.signedOn ?? "—", orderBy: "SIGNED_ON" },
              {
                key: "level",
                header: t("col.level"),
                cell: (row) => (
                  <>
                    <EnumValue name="CooperationLevel" value={row.cooperation.level} tag /> <DemoMark synthetic={row.cooperation.syntheticRequests} />
                  </>
                ),
              },
            ]}
            footer={<ConnectionPager label={t("nav.agreements")} pages={pages} total={connection.totalCount} count={connection.edges.length} hasNextPage={connection.pageInfo.hasNextPage} endCursor={connection.pageInfo.endCursor} />}
          />
        </>
      )}
    </Page>
  );
}
