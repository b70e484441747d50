import { useState, type FormEvent } from "react";
import { Page } from "../../app/page";
import { href, navigate, type Route } from "../../app/router";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { EnumSelect, TextField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { ConnectionPager, useCursorPages } from "../../components/Pager";
import { AgreementLink, EnumValue } from "../../components/text";
import type { AgreementKind } from "../../generated/partner/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { AgreementsPageDocument, type AgreementsPageQuery } from "./partner-operations";

type Row = AgreementsPageQuery["agreements"]["edges"][number]["node"];

/** Agreements for a partner key (registered AgreementsPage): searched, by kind, paged by the API's cursors. */
export function PartnerAgreementsPage({ route }: { route: Route }) {
  const i18n = useI18n();
  const { t } = i18n;
  const applied = { q: route.params.get("q") ?? "", kind: route.params.get("kind") ?? "" };
  const [text, setText] = useState(applied.q);
  const [kind, setKind] = useState(applied.kind);
  const filter = { ...(applied.q.trim() ? { text: applied.q.trim() } : {}), ...(applied.kind ? { kind: applied.kind as AgreementKind } : {}) };
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, error, loading } = useQuery(AgreementsPageDocument, { filter, first: pages.first, after: pages.after });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href("agreements", { q: text.trim(), kind }));
  };
  const connection = data?.agreements;
  return (
    <Page title={t("nav.agreements")} id="partner-agreements">
      <p className="muted">{t("partner.agreements.intro")}</p>
      <form className="filters" onSubmit={submit} role="search" aria-label={t("filters")}>
        <TextField id="agreement-search" type="search" label={t("search")} value={text} onChange={setText} placeholder={t("agreements.searchPlaceholder")} hint={t("agreements.searchHint")} />
        <EnumSelect id="agreement-kind" label={t("col.kind")} enumName="AgreementKind" values={enumValues("AgreementKind")} value={kind} onChange={setKind} empty={t("any")} />
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
          id="agreements"
          label={t("nav.agreements")}
          rows={connection.edges.map((edge) => edge.node)}
          rowKey={(row) => row.id}
          columns={[
            { key: "title", header: t("col.agreement"), cell: (row) => <AgreementLink agreement={{ id: row.id, titleAz: row.title, titleEn: row.titleEn, description: row.description }} /> },
            { key: "kind", header: t("col.kind"), cell: (row) => <EnumValue name="AgreementKind" value={row.kind} /> },
            { key: "type", header: t("col.instrumentType"), cell: (row) => <EnumValue name="InstrumentType" value={row.instrumentType} /> },
            { key: "framework", header: t("col.framework"), cell: (row) => row.frameworkOrganization?.abbreviation ?? "—" },
            { key: "signed", header: t("col.signedOn"), nowrap: true, cell: (row) => row.signedOn ?? "—" },
            { key: "inForce", header: t("partner.agreement.inForce"), nowrap: true, cell: (row) => row.enteredIntoForceOn ?? "—" },
            { key: "parties", header: t("agreement.parties"), numeric: true, cell: (row) => i18n.number(row.parties.length) },
          ]}
          footer={<ConnectionPager label={t("nav.agreements")} pages={pages} total={connection.totalCount} count={connection.edges.length} hasNextPage={connection.pageInfo.hasNextPage} endCursor={connection.pageInfo.endCursor} />}
        />
      )}
    </Page>
  );
}
