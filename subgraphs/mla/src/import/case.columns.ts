import { DATE_MEANING, type ColumnDefinition } from "#shared/import/columns";

/** The columns of `cases`: national criminal cases, identified by their number. */
export const CASE_COLUMNS: readonly ColumnDefinition[] = [
  {
    name: "reference",
    required: true,
    example: "CASE-2024-031",
    meaning: {
      en: "The case number; it identifies the case on later imports and in the request and outcome files.",
      az: "İşin nömrəsi; sonrakı idxallarda, sorğu və nəticə fayllarında işi bu nömrə ilə tanıyırıq.",
      ru: "Номер дела; по нему дело узнаётся при следующих импортах и в файлах запросов и результатов.",
    },
  },
  {
    name: "articles",
    example: "144-1; 144-2.2",
    meaning: {
      en: "Criminal Code articles, separated by ; or ,",
      az: "Cinayət Məcəlləsinin maddələri, ; və ya , ilə ayrılmış.",
      ru: "Статьи Уголовного кодекса через ; или ,",
    },
  },
  { name: "opened_on", date: true, example: "2024-02-01", meaning: { en: `Opened: ${DATE_MEANING.en}.`, az: `Açılıb: ${DATE_MEANING.az}.`, ru: `Возбуждено: ${DATE_MEANING.ru}.` } },
  {
    name: "summary",
    example: "",
    meaning: {
      en: "CONFIDENTIAL. What the case is about; staff only, never shown to partners.",
      az: "MƏXFİ. İşin mahiyyəti; yalnız əməkdaşlar üçün, tərəfdaşlara göstərilmir.",
      ru: "КОНФИДЕНЦИАЛЬНО. Суть дела; только для сотрудников, партнёрам не показывается.",
    },
  },
  {
    name: "victim_details",
    example: "",
    meaning: {
      en: "CONFIDENTIAL (Criminal Code art. 316-1). Victim-identifying details; staff only.",
      az: "MƏXFİ (CM 316-1-ci maddə). Zərərçəkmişi tanıdan məlumat; yalnız əməkdaşlar üçün.",
      ru: "КОНФИДЕНЦИАЛЬНО (ст. 316-1 УК). Данные, позволяющие установить потерпевшего; только для сотрудников.",
    },
  },
  {
    name: "internal_notes",
    example: "",
    meaning: { en: "CONFIDENTIAL. Internal notes.", az: "MƏXFİ. Daxili qeydlər.", ru: "КОНФИДЕНЦИАЛЬНО. Внутренние заметки." },
  },
];
