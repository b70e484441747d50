import { Page } from "../../app/page";
import { href } from "../../app/router";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { ErrorMessage, Loading, NotFound } from "../../components/messages";
import { AgreementLink, CountryName, EnumValue, LocalizedText, useAgreementLabel } from "../../components/text";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { agreementTexts, recommendationTexts } from "../../i18n/localized";
import { AgreementDocument, type AgreementQuery } from "./partner-operations";
import { PartnerCooperation } from "./PartnerCooperation";
import { DetailRows, type DetailRow } from "../../components/detail-rows";

type Agreement = NonNullable<AgreementQuery["agreement"]>;
type Party = Agreement["parties"][number];
type Measure = Agreement["measures"][number];

/** One agreement for a partner key (registered Agreement and AgreementCooperation): no request, no history. */
export function PartnerAgreementPage({ id }: { id: string }) {
  const { t } = useI18n();
  const label = useAgreementLabel();
  const { data, error } = useQuery(AgreementDocument, { id });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const a = data.agreement;
  if (!a) return <NotFound what={t("nav.agreements")} />;
  const names = { id: a.id, titleAz: a.title, titleEn: a.titleEn, titleRu: a.titleRu, description: a.description };
  return (
    <Page
      title={label(names)}
      id="partner-agreement"
      heading={
        <span id="agreement-title">
          <LocalizedText texts={agreementTexts(names)} />
        </span>
      }
    >
      <Details agreement={a} />
      <h2>{t("agreement.cooperation")}</h2>
      <PartnerCooperation id={a.id} />
      <h2>{t("agreement.parties")}</h2>
      {a.partiesComplete ? null : (
        <p className="muted" id="parties-incomplete">
          {t("agreement.partiesIncomplete")}
        </p>
      )}
      <Parties parties={a.parties} />
      <h2>{t("agreement.measures")}</h2>
      <Measures measures={a.measures} />
      {a.relations.length ? (
        <>
          <h2>{t("agreement.relations")}</h2>
          <DataTable<Agreement["relations"][number]>
            id="relations"
            label={t("agreement.relations")}
            rows={a.relations}
            rowKey={(row) => `${row.kind}-${row.direction}-${row.other.id}`}
            columns={[
              { key: "kind", header: t("col.relation"), cell: (row) => <EnumValue name="RelationKind" value={row.kind} />, sortValue: (row) => row.kind },
              { key: "direction", header: t("col.direction"), cell: (row) => t(row.direction === "OUTGOING" ? "relation.outgoing" : "relation.incoming") },
              { key: "other", header: t("col.agreement"), cell: (row) => <AgreementLink agreement={{ id: row.other.id, titleAz: row.other.title, titleEn: row.other.titleEn }} /> },
            ]}
          />
        </>
      ) : null}
      <h2>{t("nav.recommendations")}</h2>
      <DataTable<Agreement["recommendations"][number]>
        id="agreement-recommendations"
        label={t("nav.recommendations")}
        rows={a.recommendations}
        rowKey={(row) => row.id}
        columns={[
          { key: "source", header: t("col.source"), cell: (row) => row.source.title, sortValue: (row) => row.source.title },
          { key: "code", header: t("col.code"), cell: (row) => <a href={href(["recommendations", row.id])}>{row.code}</a>, sortValue: (row) => row.code },
          { key: "text", header: t("col.text"), cell: (row) => <LocalizedText texts={recommendationTexts(row)} /> },
          { key: "status", header: t("col.status"), cell: (row) => <EnumValue name="RecommendationStatus" value={row.status} tag />, sortValue: (row) => row.status },
        ]}
      />
    </Page>
  );
}

/** Kind, dates, approval act, topics and the source of the record. */
function Details({ agreement: a }: { agreement: Agreement }) {
  const { t } = useI18n();
  const rows: DetailRow[] = [
    [t("field.signedOn"), a.signedOn && a.signedPlace ? `${a.signedOn} (${a.signedPlace})` : a.signedOn],
    [t("field.adoptedOn"), a.adoptedOn],
    [t("field.enteredIntoForceOn"), a.enteredIntoForceOn],
    [t("field.period"), a.periodFrom || a.periodTo ? `${a.periodFrom ?? "…"} – ${a.periodTo ?? "…"}` : null],
    [t("field.approvalAct"), a.approvalAct ? [a.approvalAct.kind, a.approvalAct.number, a.approvalAct.adoptedOn, a.approvalAct.publication].filter(Boolean).join(" · ") : null],
    [t("field.topics"), a.topics.join(", ")],
  ];
  return (
    <dl className="card details" id="agreement-details">
      <div>
        <dt>{t("col.kind")}</dt>
        <dd>
          <EnumValue name="AgreementKind" value={a.kind} /> · <EnumValue name="InstrumentType" value={a.instrumentType} />
          {a.frameworkOrganization ? ` · ${a.frameworkOrganization.abbreviation ?? a.frameworkOrganization.nameEn}` : null}
        </dd>
      </div>
      <DetailRows rows={rows} />
      {a.description ? (
        <div>
          <dt>{t("field.description")}</dt>
          <dd lang="az">{a.description}</dd>
        </div>
      ) : null}
      <div className="wide">
        <dt>{t("field.source")}</dt>
        <dd className="muted">{a.source}</dd>
      </div>
    </dl>
  );
}

function Parties({ parties }: { parties: Party[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const statusOrder = enumValues("PartyStatus");
  const name = (row: Party) => (row.country ? i18n.countryName(row.country) : (row.organization?.abbreviation ?? "—"));
  return (
    <DataTable<Party>
      id="parties"
      label={t("agreement.parties")}
      rows={parties}
      rowKey={(row) => row.country?.code ?? row.organization?.id ?? name(row)}
      pageSize={parties.length > 25 ? 25 : undefined}
      columns={[
        { key: "party", header: t("col.party"), cell: (row) => (row.country ? <CountryName country={row.country} /> : (row.organization?.abbreviation ?? "—")), sortValue: name },
        { key: "status", header: t("col.status"), cell: (row) => <EnumValue name="PartyStatus" value={row.status} tag />, sortValue: (row) => statusOrder.indexOf(row.status) },
        { key: "signed", header: t("col.signedOn"), nowrap: true, cell: (row) => row.signedOn ?? "—", sortValue: (row) => row.signedOn },
        { key: "ratified", header: t("col.ratifiedOn"), nowrap: true, cell: (row) => row.ratifiedOn ?? "—", sortValue: (row) => row.ratifiedOn },
        {
          key: "reservation",
          header: t("col.reservation"),
          cell: (row) =>
            row.reservationKind || row.reservation ? (
              <>
                {row.reservationKind ? <EnumValue name="ReservationKind" value={row.reservationKind} /> : null}
                {row.reservation ? <span className="reservation"> {row.reservation}</span> : null}
              </>
            ) : (
              "—"
            ),
        },
      ]}
    />
  );
}

function Measures({ measures }: { measures: Measure[] }) {
  const { t, e } = useI18n();
  return (
    <DataTable<Measure>
      id="measures"
      label={t("agreement.measures")}
      rows={measures}
      rowKey={(row) => row.id}
      pageSize={measures.length > 25 ? 25 : undefined}
      columns={[
        { key: "number", header: t("col.number"), cell: (row) => row.number ?? "—", sortValue: (row) => row.number },
        {
          key: "text",
          header: t("col.measure"),
          cell: (row) => (
            <>
              <LocalizedText texts={{ az: row.text }} />
              {row.items.length ? (
                <ul className="sub-items">
                  {row.items.map((item) => (
                    <li key={item.id} lang="az">
                      {item.number} {item.text}
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ),
        },
        {
          key: "deadline",
          header: t("col.deadline"),
          cell: (row) => (row.deadline ? [row.deadline.asWritten, row.deadline.recurrence === "ANNUAL" ? e("Recurrence", "ANNUAL").label : null].filter(Boolean).join(" · ") || row.deadline.to || "—" : "—"),
          sortValue: (row) => row.deadline?.to ?? row.deadline?.from,
        },
        { key: "executors", header: t("col.executors"), cell: (row) => (row.executors.length ? row.executors.map((x) => x.abbreviation ?? x.nameEn).join(", ") : (row.executorsText ?? "—")) },
      ]}
    />
  );
}
