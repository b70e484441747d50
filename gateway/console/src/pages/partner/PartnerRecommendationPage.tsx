import { Page } from "../../app/page";
import { useQuery } from "../../api/use-query";
import { ErrorMessage, Loading, NotFound } from "../../components/messages";
import { AgreementLink, EnumValue, LocalizedText } from "../../components/text";
import { useI18n } from "../../i18n/language";
import { recommendationTexts } from "../../i18n/localized";
import { RecommendationDocument } from "./partner-operations";
import { DetailRows, type DetailRow } from "../../components/detail-rows";

/** One recommendation for a partner key (registered Recommendation): text, status, source, the agreements it names. */
export function PartnerRecommendationPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error } = useQuery(RecommendationDocument, { id });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const r = data.recommendation;
  if (!r) return <NotFound what={t("nav.recommendations")} />;
  const institutions = r.institutions.flatMap((o) => (o ? [o.abbreviation ?? o.nameEn ?? o.id] : []));
  const details: DetailRow[] = [
    [t("col.source"), [r.source.title, r.source.year, r.source.documentRef].filter(Boolean).join(" · ")],
    [t("field.section"), r.section],
    [t("col.reportingPeriod"), r.source.reportingPeriod],
    [t("partner.recommendation.institutions"), (institutions.length ? institutions : r.institutionsAsWritten).join(", ") || null],
    [t("partner.recommendation.marks"), r.marksAsWritten],
  ];
  return (
    <Page title={`${r.source.title} · ${r.code}`} id="partner-recommendation">
      <div className="card" id="recommendation-text">
        <p>
          <LocalizedText texts={recommendationTexts(r)} />
        </p>
        <p>
          <span id="recommendation-status">
            <EnumValue name="RecommendationStatus" value={r.status} tag />
          </span>{" "}
          {r.theme ? <EnumValue name="Theme" value={r.theme} /> : null}
        </p>
        {r.quote ? <blockquote className="muted">{r.quote}</blockquote> : null}
      </div>
      <dl className="card details" id="recommendation-details">
        <DetailRows rows={details} />
        <div className="wide">
          <dt>{t("field.source")}</dt>
          <dd className="muted">{r.source.source}</dd>
        </div>
      </dl>
      <h2>{t("partner.recommendation.agreements")}</h2>
      {r.cooperationAgreements.length ? (
        <ul id="recommendation-agreements">
          {r.cooperationAgreements.flatMap((a) =>
            a ? [
              <li key={a.id}>
                <AgreementLink agreement={{ id: a.id, titleAz: a.title, titleEn: a.titleEn }} />
              </li>,
            ] : [],
          )}
        </ul>
      ) : (
        <p className="muted">{t("partner.none")}</p>
      )}
    </Page>
  );
}
