import { DATE_MEANING, type ColumnDefinition } from "#shared/import/columns";
import { OutcomeKind } from "../case/case-outcome";

/** The columns of `outcomes`: results on cases, credited to the requests that contributed. */
export const OUTCOME_COLUMNS: readonly ColumnDefinition[] = [
  {
    name: "case_reference",
    required: true,
    example: "CASE-2024-031",
    meaning: {
      en: "The case the result is on, by case number. A case, a kind and a day identify a result on later imports.",
      az: "Nəticənin aid olduğu iş, iş nömrəsi ilə. İş, növ və gün sonrakı idxallarda nəticəni tanıdır.",
      ru: "Дело, по которому получен результат, по номеру. Дело, вид и день определяют результат при следующих импортах.",
    },
  },
  {
    name: "kind",
    required: true,
    example: "SUSPECTS_ARRESTED",
    values: Object.values(OutcomeKind),
    meaning: { en: "What was achieved.", az: "Nə əldə olunub.", ru: "Что достигнуто." },
  },
  { name: "recorded_on", required: true, date: true, example: "2024-05-02", meaning: { en: `When: ${DATE_MEANING.en}.`, az: `Nə vaxt: ${DATE_MEANING.az}.`, ru: `Когда: ${DATE_MEANING.ru}.` } },
  {
    name: "quantity",
    required: true,
    example: "3",
    meaning: {
      en: "How many (a whole number), or AZN for ASSETS_SEIZED.",
      az: "Neçə (tam ədəd), ASSETS_SEIZED üçün isə AZN.",
      ru: "Сколько (целое число), для ASSETS_SEIZED — в манатах.",
    },
  },
  {
    name: "request_references",
    example: "2024/IN-17; OUT:2024/7",
    meaning: {
      en: "The requests serving this case that contributed, by reference, separated by ; (IN: or OUT: before a reference used in both directions).",
      az: "Bu işə aid olub töhfə verən sorğular, qeydiyyat nömrəsi ilə, ; ilə ayrılmış (hər iki istiqamətdə olan nömrənin qarşısında IN: və ya OUT:).",
      ru: "Запросы по этому делу, которые способствовали результату, по номерам через ; (IN: или OUT: перед номером, который есть в обоих направлениях).",
    },
  },
  {
    name: "note",
    example: "",
    meaning: { en: "CONFIDENTIAL. May describe people.", az: "MƏXFİ. İnsanları təsvir edə bilər.", ru: "КОНФИДЕНЦИАЛЬНО. Может описывать людей." },
  },
];
