import type { ColumnDefinition } from "#shared/import/columns";
import { RecommendationStatus } from "../status/status-update";

/** The columns of `recommendation-updates`: where a recommendation stood in a reporting period, with evidence. */
export const STATUS_UPDATE_COLUMNS: readonly ColumnDefinition[] = [
  {
    name: "recommendation",
    required: true,
    example: "needs-assessment-ch3:O",
    meaning: {
      en: "The recommendation's id (source and code). A recommendation and a reporting period identify a row on later imports.",
      az: "Tövsiyənin id-si (mənbə və kod). Tövsiyə və hesabat dövrü sonrakı idxallarda sətri tanıdır.",
      ru: "Id рекомендации (источник и код). Рекомендация и отчётный период определяют строку при следующих импортах.",
    },
  },
  {
    name: "reporting_period",
    required: true,
    example: "2024-H1",
    meaning: { en: "\"2024\", \"2024-H1\", \"2024-Q3\" or \"2024-05\".", az: "\"2024\", \"2024-H1\", \"2024-Q3\" və ya \"2024-05\".", ru: "«2024», «2024-H1», «2024-Q3» или «2024-05»." },
  },
  {
    name: "status",
    required: true,
    example: "IN_PROGRESS",
    values: Object.values(RecommendationStatus),
    meaning: { en: "Where it stood in that period.", az: "Həmin dövrdə vəziyyəti.", ru: "Состояние в этом периоде." },
  },
  { name: "note", example: "", meaning: { en: "CONFIDENTIAL. Internal note.", az: "MƏXFİ. Daxili qeyd.", ru: "КОНФИДЕНЦИАЛЬНО. Внутренняя заметка." } },
  {
    name: "evidence_agreements",
    example: "az-tr-cooperation",
    meaning: {
      en: "Agreements that prove it: id, exact title or short name, separated by ;",
      az: "Sübut edən sazişlər: id, dəqiq ad və ya qısa ad, ; ilə ayrılmış.",
      ru: "Соглашения-доказательства: id, точное название или краткое имя через ;",
    },
  },
  {
    name: "evidence_measures",
    example: "12",
    meaning: { en: "Measures that prove it, by id, separated by ;", az: "Sübut edən tədbirlər, id ilə, ; ilə ayrılmış.", ru: "Мероприятия-доказательства по id через ;" },
  },
  {
    name: "evidence_mla_requests",
    example: "2024/IN-17",
    meaning: {
      en: "MLA requests that prove it, by reference, separated by ; (IN: or OUT: before a reference used in both directions).",
      az: "Sübut edən hüquqi yardım sorğuları, qeydiyyat nömrəsi ilə, ; ilə ayrılmış (hər iki istiqamətdə olan nömrənin qarşısında IN: və ya OUT:).",
      ru: "Запросы МПП-доказательства по номерам через ; (IN: или OUT: перед номером, который есть в обоих направлениях).",
    },
  },
  {
    name: "evidence_document",
    example: "Protocol of the 2024 meeting",
    meaning: { en: "A document that proves it: its title.", az: "Sübut edən sənəd: adı.", ru: "Документ-доказательство: название." },
  },
  {
    name: "evidence_document_url",
    example: "https://example.org/protocol.pdf",
    meaning: { en: "The document's http(s) link (optional).", az: "Sənədin http(s) keçidi (istəyə görə).", ru: "Ссылка http(s) на документ (необязательно)." },
  },
];
