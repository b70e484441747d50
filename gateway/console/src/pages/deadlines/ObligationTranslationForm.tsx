import { useState } from "react";
import { useMutation } from "../../api/use-query";
import { Notice } from "../../components/messages";
import { TranslationForm } from "../../components/TranslationForm";
import { graphql } from "../../generated";
import type { Lang as ApiLang } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";

const AddMeasureTextTranslation = graphql(`
  mutation AddObligationMeasureTranslation($measureId: ID!, $input: TranslationInput!) {
    addMeasureTextTranslation(measureId: $measureId, input: $input) {
      id
    }
  }
`);

const AddReportingDutyTitleTranslation = graphql(`
  mutation AddReportingDutyTitleTranslation($reportingDutyId: ID!, $input: TranslationInput!) {
    addReportingDutyTitleTranslation(reportingDutyId: $reportingDutyId, input: $input) {
      id
    }
  }
`);

interface Obligation {
  id: string;
  title: string;
  measure?: { id: string } | null;
  reportingDuty?: { id: string } | null;
}

/**
 * Officers translate the title of an obligation listed on the page: a measure's text, or a reporting duty's
 * title (the sources give both in Azerbaijani only); a new translation replaces the current one in its language.
 */
export function ObligationTranslationForm({ obligations, onSaved }: { obligations: Obligation[]; onSaved(): void }) {
  const { t } = useI18n();
  const [translateMeasure] = useMutation(AddMeasureTextTranslation);
  const [translateDuty] = useMutation(AddReportingDutyTitleTranslation);
  const [saved, setSaved] = useState(0);
  // One obligation may fall due more than once in the window: it is one text to translate.
  const unique = [...new Map(obligations.map((o) => [o.id, o])).values()];
  const save = (lang: string, text: string, obligationId: string) => {
    const obligation = unique.find((o) => o.id === obligationId);
    const input = { lang: lang.toUpperCase() as ApiLang, text };
    if (obligation?.reportingDuty) return translateDuty({ reportingDutyId: obligation.reportingDuty.id, input });
    return translateMeasure({ measureId: obligation?.measure?.id ?? "", input });
  };
  return (
    <>
      {saved ? <Notice id="obligation-translation-saved">{t("translation.saved")}</Notice> : null}
      <TranslationForm
        key={saved}
        id="obligation-translation"
        title={t("translation.addObligation")}
        explain={t("translation.replaces")}
        missing={["en", "ru"]}
        subjects={unique.map((o) => ({ value: o.id, label: o.title.length > 90 ? `${o.title.slice(0, 90)}…` : o.title }))}
        save={save}
        onSaved={() => {
          setSaved((n) => n + 1);
          onSaved();
        }}
      />
    </>
  );
}
