import { useState } from "react";
import { useMutation } from "../../api/use-query";
import { Notice } from "../../components/messages";
import { TranslationForm } from "../../components/TranslationForm";
import { graphql } from "../../generated";
import type { Lang as ApiLang } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";
import type { Indicator } from "./indicators.query";

const AddIndicatorCriterionTranslation = graphql(`
  mutation AddIndicatorCriterionTranslation($itemId: ID!, $input: TranslationInput!) {
    addIndicatorCriterionTranslation(itemId: $itemId, input: $input) {
      id
    }
  }
`);

/**
 * Officers translate an indicator criterion, which the needs assessment gives in Azerbaijani only: English
 * or Russian, a new translation replacing the current one in its language.
 */
export function CriterionTranslationForm({ indicators, onSaved }: { indicators: Indicator[]; onSaved(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [translate] = useMutation(AddIndicatorCriterionTranslation);
  const [saved, setSaved] = useState(0);
  const subjects = indicators.flatMap((indicator) =>
    indicator.items.map((item) => {
      const text = item.text.length > 80 ? `${item.text.slice(0, 80)}…` : item.text;
      return { value: item.id, label: `${indicator.id} · ${i18n.e("IndicatorDimension", item.dimension).label} ${item.level}: ${text}` };
    }),
  );
  return (
    <>
      {saved ? <Notice id="criterion-translation-saved">{t("translation.saved")}</Notice> : null}
      <TranslationForm
        key={saved}
        id="criterion-translation"
        title={t("translation.addCriterion")}
        explain={t("translation.replaces")}
        missing={["en", "ru"]}
        subjects={subjects}
        save={(lang, text, itemId) => translate({ itemId, input: { lang: lang.toUpperCase() as ApiLang, text } })}
        onSaved={() => {
          setSaved((n) => n + 1);
          onSaved();
        }}
      />
    </>
  );
}
