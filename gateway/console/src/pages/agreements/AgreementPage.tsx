import { Page } from "../../app/page";
import { href } from "../../app/router";
import { useSession } from "../../app/session";
import { useDemoData } from "../../app/demo-data";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { ErrorMessage, Loading, NotFound } from "../../components/messages";
import { AgreementLink, EnumValue, LocalizedText, TranslatedBy, UnofficialMark } from "../../components/text";
import { graphql } from "../../generated";
import type { AgreementQuery } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";
import { agreementTexts, recommendationTexts } from "../../i18n/localized";
import { CooperationCard } from "./CooperationCard";
import { AgreementNames } from "./AgreementNames";
import { AgreementRequests } from "./AgreementRequests";
import { MeasuresTable } from "./MeasuresTable";
import { MeasureTranslationForm } from "./MeasureTranslationForm";
import { PartiesTable } from "./PartiesTable";
import { DetailRows, type DetailRow } from "../../components/detail-rows";

const AgreementQueryDocument = graphql(`
  query Agreement($id: ID!, $includeSynthetic: Boolean!) {
    agreement(id: $id) {
      ...AgreementLabel
      version
      unofficialTitles {
        lang
        title
        translatedAt
        translatedByName
      }
      aliases {
        id
        lang
        alias
        source
      }
      partiesComplete
      titleSourceEn: titleSource(lang: EN)
      titleSourceRu: titleSource(lang: RU)
      kind
      instrumentType
      signedOn
      signedPlace
      adoptedOn
      enteredIntoForceOn
      periodFrom
      periodTo
      topics
      source
      frameworkOrganization {
        id
        abbreviation
        nameAz
        nameEn
      }
      approvalAct {
        kind
        number
        adoptedOn
        publishedOn
        publication
        inForceOn
      }
      parties {
        ...PartyRow
      }
      measures {
        ...MeasureRow
        items {
          ...MeasureRow
        }
      }
      relations {
        id
        kind
        direction
        note
        other {
          ...AgreementLabel
        }
      }
      cooperation(includeSynthetic: $includeSynthetic) {
        ...DemoFigures
        medianDaysToExecute
      }
      recommendations {
        id
        code
        textAz
        textEn
        textRu
        status
        source {
          title
        }
      }
      history {
        id
        version
        operation
        changedAt
        changedByName
      }
    }
  }
`);

type Agreement = NonNullable<AgreementQuery["agreement"]>;

export function AgreementPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const demo = useDemoData();
  const { data, error, reload } = useQuery(AgreementQueryDocument, { id, includeSynthetic: demo.included });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const a = data.agreement;
  if (!a) return <NotFound what={id} />;
  const title = i18n.pick(agreementTexts(a))?.text ?? a.id;
  return (
    <Page
      title={title}
      heading={
        <span id="agreement-title">
          <LocalizedText texts={agreementTexts(a)} />
        </span>
      }
      actions={
        session.isAdmin ? (
          <>
            <a className="button" href={href(["agreements", a.id, "edit"])} id="edit-agreement">
              {t("agreements.edit")}
            </a>
            <a className="button" href={href(["agreements", a.id, "parties"])} id="edit-parties">
              {t("agreements.parties")}
            </a>
            <a className="button" href={href(["agreements", a.id, "measures"])} id="add-measure">
              {t("agreements.addMeasure")}
            </a>
          </>
        ) : null
      }
    >
      <Details agreement={a} />
      <AgreementNames agreement={a} onChanged={() => void reload()} />
      <h2>{t("agreement.cooperation")}</h2>
      <CooperationCard cooperation={a.cooperation} />
      <h2>{t("agreement.parties")}</h2>
      {a.partiesComplete ? null : (
        <p className="muted" id="parties-incomplete">
          {t("agreement.partiesIncomplete")}
        </p>
      )}
      <PartiesTable parties={a.parties} />
      <h2>{t("agreement.measures")}</h2>
      <MeasuresTable measures={a.measures} />
      {session.canWrite ? <MeasureTranslationForm measures={a.measures} onSaved={() => void reload()} /> : null}
      {a.relations.length ? (
        <>
          <h2>{t("agreement.relations")}</h2>
          <DataTable<Agreement["relations"][number]>
            id="relations"
            label={t("agreement.relations")}
            rows={a.relations}
            rowKey={(row) => row.id}
            columns={[
              { key: "kind", header: t("col.relation"), cell: (row) => <EnumValue name="RelationKind" value={row.kind} />, sortValue: (row) => row.kind },
              { key: "direction", header: t("col.direction"), cell: (row) => t(row.direction === "OUTGOING" ? "relation.outgoing" : "relation.incoming") },
              { key: "other", header: t("col.agreement"), cell: (row) => <AgreementLink agreement={row.other} /> },
              { key: "note", header: t("col.note"), cell: (row) => row.note ?? "—" },
            ]}
          />
        </>
      ) : null}
      <h2>{t("agreement.requests")}</h2>
      <AgreementRequests id={a.id} />
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
      <h2>{t("agreement.history")}</h2>
      <DataTable<Agreement["history"][number]>
        id="agreement-history"
        label={t("agreement.history")}
        rows={a.history}
        rowKey={(row) => row.id}
        columns={[
          { key: "version", header: t("col.version"), numeric: true, cell: (row) => row.version, sortValue: (row) => row.version },
          { key: "operation", header: t("col.operation"), cell: (row) => row.operation, sortValue: (row) => row.operation },
          { key: "at", header: t("col.changedAt"), cell: (row) => i18n.dateTime(row.changedAt), sortValue: (row) => row.changedAt },
          { key: "by", header: t("col.changedBy"), cell: (row) => row.changedByName ?? "—" },
        ]}
      />
    </Page>
  );
}

/** Kind, dates, approval act, titles in every language and the source of the record. */
function Details({ agreement: a }: { agreement: Agreement }) {
  const i18n = useI18n();
  const { t } = i18n;
  const dates: DetailRow[] = [
    [t("field.signedOn"), a.signedOn && a.signedPlace ? `${a.signedOn} (${a.signedPlace})` : a.signedOn],
    [t("field.adoptedOn"), a.adoptedOn],
    [t("field.enteredIntoForceOn"), a.enteredIntoForceOn],
    [t("field.period"), a.periodFrom || a.periodTo ? `${a.periodFrom ?? "…"} – ${a.periodTo ?? "…"}` : null],
  ];
  return (
    <dl className="card details" id="agreement-details">
      <div>
        <dt>{t("col.kind")}</dt>
        <dd>
          <EnumValue name="AgreementKind" value={a.kind} /> · <EnumValue name="InstrumentType" value={a.instrumentType} />
          {a.frameworkOrganization ? ` · ${a.frameworkOrganization.abbreviation}` : null}
        </dd>
      </div>
      <DetailRows rows={dates} />
      {a.approvalAct ? (
        <div>
          <dt>{t("field.approvalAct")}</dt>
          <dd>{[a.approvalAct.kind, a.approvalAct.number, a.approvalAct.adoptedOn, a.approvalAct.publication].filter(Boolean).join(" · ")}</dd>
        </div>
      ) : null}
      <div className="wide">
        <dt>{t("field.titles")}</dt>
        <dd>
          <ul className="plain" id="agreement-titles">
            {(["az", "en", "ru"] as const).map((lang) => {
              const text = { az: a.titleAz, en: a.titleEn, ru: a.titleRu }[lang];
              const source = { az: null, en: a.titleSourceEn, ru: a.titleSourceRu }[lang];
              // The API gives a translation only where there is no official title: official always wins.
              const unofficial = text ? undefined : a.unofficialTitles.find((u) => u.lang.toLowerCase() === lang);
              return (
                <li key={lang}>
                  <span className="lang-mark">{lang}</span>{" "}
                  {text ? (
                    <span lang={lang}>{text}</span>
                  ) : unofficial ? (
                    <>
                      <span lang={lang}>{unofficial.title}</span> <UnofficialMark /> <TranslatedBy at={unofficial.translatedAt} by={unofficial.translatedByName} />
                    </>
                  ) : (
                    <span className="muted">{t("noTitleInLang")}</span>
                  )}
                  {text && source ? <span className="muted"> ({t("field.titleSource", { source })})</span> : null}
                </li>
              );
            })}
          </ul>
        </dd>
      </div>
      {a.description ? (
        <div>
          <dt>{t("field.description")}</dt>
          <dd lang="az">{a.description}</dd>
        </div>
      ) : null}
      {a.topics.length ? (
        <div>
          <dt>{t("field.topics")}</dt>
          <dd>{a.topics.join(", ")}</dd>
        </div>
      ) : null}
      <div className="wide">
        <dt>{t("field.source")}</dt>
        <dd className="muted">{a.source}</dd>
      </div>
    </dl>
  );
}
