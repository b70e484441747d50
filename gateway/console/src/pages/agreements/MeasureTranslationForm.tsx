import { useState } from "react";
import { useMutation } from "../../api/use-query";
import { Notice } from "../../components/messages";
import { TranslationForm } from "../../components/TranslationForm";
import { graphql } from "../../generated";
import type { Lang as ApiLang, MeasureRowFragment } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";

const AddMeasureTextTranslation = graphql(`
  mutation AddMeasureTextTranslation($measureId: ID!, $input: TranslationInput!) {
    addMeasureTextTranslation(measureId: $measureId, input: $input) {
      id
    }
  }
`);

/** How a measure (or sub-item) is named in a list of choices: its number and the start of its text. */
export function measureChoice(measure: Pick<MeasureRowFragment, "id" | "number" | "text">) {
  const text = measure.text.length > 90 ? `${measure.text.slice(0, 90)}…` : measure.text;
  return { value: measure.id, label: [measure.number, text].filter(Boolean).join(" ") };
}

/**
 * Officers translate a measure's text (or a sub-item's), which the sources give in Azerbaijani only:
 * English or Russian, a new translation replacing the current one in its language.
 */
export function MeasureTranslationForm({ measures, onSaved }: { measures: (MeasureRowFragment & { items: MeasureRowFragment[] })[]; onSaved(): void }) {
  const { t } = useI18n();
  const [translate] = useMutation(AddMeasureTextTranslation);
  const [saved, setSaved] = useState(0);
  return (
    <>
      {saved ? <Notice id="measure-translation-saved">{t("translation.saved")}</Notice> : null}
      <TranslationForm
        key={saved}
        id="measure-translation"
        title={t("translation.addMeasure")}
        explain={t("translation.replaces")}
        missing={["en", "ru"]}
        subjects={measures.flatMap((measure) => [measure, ...measure.items]).map(measureChoice)}
        save={(lang, text, measureId) => translate({ measureId, input: { lang: lang.toUpperCase() as ApiLang, text } })}
        onSaved={() => {
          setSaved((n) => n + 1);
          onSaved();
        }}
      />
    </>
  );
}
