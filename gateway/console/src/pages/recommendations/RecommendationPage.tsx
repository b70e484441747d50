import { useState } from "react";
import { Page } from "../../app/page";
import { href } from "../../app/router";
import { useSession } from "../../app/session";
import { useMutation, useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { ErrorMessage, Loading, Notice, NotFound } from "../../components/messages";
import { useDemoData } from "../../app/demo-data";
import { DemoMark } from "../../components/demo-mark";
import { TranslationForm } from "../../components/TranslationForm";
import { AgreementLink, EnumValue, LocalizedText, TranslatedBy, UnofficialMark, useAgreementLabel } from "../../components/text";
import { graphql } from "../../generated";
import { LANGS } from "../../i18n/types";
import type { EvidenceViewFragment, Lang as ApiLang, RecommendationQuery } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";
import { azerbaijaniTexts, recommendationTexts } from "../../i18n/localized";
import { RecommendationQueryDocument } from "./recommendation.query";
import { StatusUpdateForm } from "./StatusUpdateForm";

type Recommendation = NonNullable<RecommendationQuery["recommendation"]>;

const AddRecommendationTranslation = graphql(`
  mutation AddRecommendationTranslation($id: ID!, $input: TranslationInput!) {
    addRecommendationTranslation(recommendationId: $id, input: $input) {
      id
    }
  }
`);

const present = <T,>(value: T | null): value is T => value !== null;

export function RecommendationPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const demo = useDemoData();
  const { data, error, reload } = useQuery(RecommendationQueryDocument, { id, includeSynthetic: demo.included });
  const [addTranslation] = useMutation(AddRecommendationTranslation);
  const [translated, setTranslated] = useState(0);
  const [saved, setSaved] = useState(false);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const r = data.recommendation;
  if (!r) return <NotFound what={id} />;
  // The API answers null for an organisation or agreement another subgraph does not know.
  const institutions = r.institutions.filter(present);
  const cooperationAgreements = r.cooperationAgreements.filter(present);
  return (
    <Page title={`${r.source.title} · ${r.code}`}>
      <div className="card" id="recommendation-text">
        <p>
          <LocalizedText texts={recommendationTexts(r)} />
        </p>
        <p>
          <span id="recommendation-status">
            <EnumValue name="RecommendationStatus" value={r.status} tag />
          </span>{" "}
          {r.theme ? <EnumValue name="Theme" value={r.theme} /> : null}
          {institutions.length ? ` · ${institutions.map((o) => o.abbreviation ?? (i18n.lang === "az" ? o.nameAz : (o.nameEn ?? o.nameAz))).join(", ")}` : null}
        </p>
        {r.quote ? <p className="muted">{r.quote}</p> : null}
        <TextsByLanguage recommendation={r} />
      </div>
      {translated ? <Notice id="translation-saved">{t("translation.saved")}</Notice> : null}
      {session.canWrite ? (
        <TranslationForm
          key={`translation-${translated}`}
          id="translation"
          title={t("translation.addText")}
          missing={LANGS.filter((lang) => !recommendationTexts(r)[lang])}
          save={(lang, text) => addTranslation({ id: r.id, input: { lang: lang.toUpperCase() as ApiLang, text } })}
          onSaved={() => {
            setTranslated((n) => n + 1);
            void reload();
          }}
        />
      ) : null}
      {saved ? <Notice id="saved">{t("saved")}</Notice> : null}
      {session.canWrite ? (
        <StatusUpdateForm
          key={r.version}
          recommendation={r}
          onDone={() => {
            setSaved(true);
            void reload();
          }}
          onUseCurrent={() => {
            setSaved(false);
            void reload();
          }}
        />
      ) : null}
      <h2>{t("recommendation.history")}</h2>
      <DataTable<Recommendation["history"][number]>
        id="status-history"
        label={t("recommendation.history")}
        rows={r.history}
        rowKey={(row) => row.id}
        columns={[
          { key: "period", header: t("col.reportingPeriod"), cell: (row) => row.reportingPeriod, sortValue: (row) => row.reportingPeriod },
          {
            key: "status",
            header: t("col.status"),
            cell: (row) => (
              <>
                <EnumValue name="RecommendationStatus" value={row.status} />
                {row.corrects ? <span className="muted"> ({t("recommendation.corrects", { period: row.corrects.reportingPeriod })})</span> : null}
              </>
            ),
          },
          { key: "at", header: t("col.recordedAt"), cell: (row) => [i18n.dateTime(row.recordedAt), row.recordedByName].filter(Boolean).join(" · "), sortValue: (row) => row.recordedAt },
          { key: "note", header: t("col.note"), cell: (row) => row.note ?? "—" },
          { key: "evidence", header: t("col.evidence"), cell: (row) => <EvidenceList evidence={row.evidence} /> },
        ]}
      />
      {cooperationAgreements.length ? (
        <>
          <h2>{t("recommendation.cooperation")}</h2>
          <DataTable<NonNullable<Recommendation["cooperationAgreements"][number]>>
            id="recommendation-cooperation"
            label={t("recommendation.cooperation")}
            rows={cooperationAgreements}
            rowKey={(row) => row.id}
            columns={[
              {
                key: "agreement",
                header: t("col.agreement"),
                cell: (row) => (
                  <>
                    <AgreementLink agreement={row} /> <DemoMark synthetic={row.cooperation.syntheticRequests} />
                  </>
                ),
              },
              { key: "level", header: t("col.level"), cell: (row) => <EnumValue name="CooperationLevel" value={row.cooperation.level} tag /> },
              { key: "executed", header: t("col.executed"), numeric: true, cell: (row) => row.cooperation.executed, sortValue: (row) => row.cooperation.executed },
              { key: "arrests", header: t("outcome.arrests"), numeric: true, cell: (row) => row.cooperation.outcomes.suspectsArrested, sortValue: (row) => row.cooperation.outcomes.suspectsArrested },
              { key: "victims", header: t("outcome.victims"), numeric: true, cell: (row) => row.cooperation.outcomes.victimsIdentified, sortValue: (row) => row.cooperation.outcomes.victimsIdentified },
            ]}
          />
        </>
      ) : null}
    </Page>
  );
}

/** The recommendation's text in each language: the source's, or a staff translation marked unofficial. */
function TextsByLanguage({ recommendation: r }: { recommendation: Recommendation }) {
  const { t } = useI18n();
  const texts = recommendationTexts(r);
  return (
    <ul className="plain texts-by-language" id="recommendation-texts">
      {LANGS.map((lang) => {
        const official = texts[lang];
        const unofficial = r.unofficialTexts.find((u) => u.lang.toLowerCase() === lang);
        return (
          <li key={lang}>
            <span className="lang-mark">{lang}</span>{" "}
            {official ? (
              <span lang={lang}>{official}</span>
            ) : unofficial ? (
              <>
                <span lang={lang}>{unofficial.text}</span> <UnofficialMark />{" "}
                <TranslatedBy at={unofficial.translatedAt} by={unofficial.translatedByName} />
              </>
            ) : (
              <span className="muted">{t("noTextInLang")}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function EvidenceList({ evidence }: { evidence: EvidenceViewFragment[] }) {
  const i18n = useI18n();
  const agreementLabel = useAgreementLabel();
  if (!evidence.length) return <>—</>;
  return (
    <ul className="plain evidence">
      {evidence.map((e) => (
        <li key={e.id}>
          <EnumValue name="EvidenceKind" value={e.kind} />:{" "}
          {e.agreement ? <a href={href(["agreements", e.agreement.id])}>{agreementLabel(e.agreement)}</a> : (e.agreementId ?? null)}
          {e.mlaRequest ? <a href={href(["mla", e.mlaRequest.id])}>{e.mlaRequest.reference}</a> : null}
          {e.measure ? (
            <a href={href(["agreements", e.measure.agreement.id])}>
              {e.measure.number}{" "}
              <LocalizedText texts={azerbaijaniTexts(e.measure.text.slice(0, 80), e.measure.unofficialTexts.map((u) => ({ lang: u.lang, text: u.text.slice(0, 80) })))} />
            </a>
          ) : null}
          {e.documentTitle ? (e.documentUrl ? <a href={e.documentUrl} rel="noreferrer noopener" target="_blank">{e.documentTitle}</a> : e.documentTitle) : null}
          {e.note ? <span className="muted"> · {e.note}</span> : null}
          {e.kind === "MLA_REQUEST" && !e.mlaRequest ? <span className="muted">{i18n.t("evidence.hidden")}</span> : null}
        </li>
      ))}
    </ul>
  );
}
