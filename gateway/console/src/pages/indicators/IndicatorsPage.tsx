import { useState } from "react";
import { Page } from "../../app/page";
import { useSession } from "../../app/session";
import { useQuery } from "../../api/use-query";
import { ErrorMessage, Loading, Notice } from "../../components/messages";
import { useI18n } from "../../i18n/language";
import { AssessmentForm } from "./AssessmentForm";
import { CriterionTranslationForm } from "./CriterionTranslationForm";
import { IndicatorsQueryDocument } from "./indicators.query";
import { IndicatorTables } from "./IndicatorTables";

/** The needs assessment's indicators: each criterion's status per reporting period, and (officers) a form. */
export function IndicatorsPage() {
  const { t } = useI18n();
  const session = useSession();
  const { data, error, reload } = useQuery(IndicatorsQueryDocument, {});
  const [saved, setSaved] = useState(0);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  return (
    <Page title={t("nav.indicators")}>
      <p className="muted">{t("indicators.intro")}</p>
      {saved ? <Notice id="saved">{t("saved")}</Notice> : null}
      {session.canWrite ? (
        <AssessmentForm
          key={saved}
          indicators={data.indicators}
          onSaved={() => {
            setSaved((n) => n + 1);
            void reload();
          }}
        />
      ) : null}
      {session.canWrite ? <CriterionTranslationForm indicators={data.indicators} onSaved={() => void reload()} /> : null}
      <IndicatorTables indicators={data.indicators} />
    </Page>
  );
}
