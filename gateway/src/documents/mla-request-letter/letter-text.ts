import type { DocumentLanguage } from "../documents";

/** The kinds of assistance (the mla subgraph's AssistanceType), as a letter names them. */
export type AssistanceTypeName =
  | "EVIDENCE" | "WITNESS_VICTIM_INTERVIEW" | "IDENTIFICATION" | "SEARCH_AND_SEIZURE" | "ASSET_TRACING" | "EXTRADITION"
  | "TRANSFER_OF_PROCEEDINGS" | "VICTIM_REPATRIATION" | "INFORMATION_EXCHANGE" | "JOINT_INVESTIGATION";

/** What may be missing (the mla subgraph's LetterGapCode). */
export type LetterGapName =
  | "NOT_OUTGOING" | "LEGAL_BASIS" | "CASE" | "CRIMINAL_CODE_ARTICLES" | "FACTS_SUMMARY" | "ASSISTANCE_TYPES" | "ASSISTANCE_SOUGHT"
  | "COUNTERPART_AUTHORITY" | "REQUESTING_AUTHORITY" | "CONTACT";

export interface LetterText {
  draftMark: string;
  title: string;
  reference: string;
  date: string;
  from: string;
  to: string;
  republic: string;
  sections: { legalBasis: string; case: string; facts: string; assistance: string; deadline: string; confidentiality: string; contact: string };
  /** {agreement}: the title in quotes, or the parties for an untitled agreement; {article}: ", art. 18" or nothing. */
  legalBasisAgreement: string;
  legalBasisReciprocity: string;
  quote: (title: string) => string;
  /** An agreement the sources name without a title: named by its parties, nothing invented. */
  untitledAgreement: string;
  /** {reference}, {articles}, {articleWord}. */
  criminalCase: string;
  articleWord: (count: number) => string;
  assistanceIntro: string;
  assistanceTypes: Record<AssistanceTypeName, string>;
  deadline: string;
  deadlineSoon: string;
  urgent: string;
  confidentiality: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  closing: string;
  signature: string;
  /** The refusal: {reference} and the list. */
  incomplete: string;
  gaps: Record<LetterGapName, string>;
  notFound: string;
}

/** Labels and fixed sentences of the drafted request letter, one dictionary per language. */
export const LETTER_TEXT: Record<DocumentLanguage, LetterText> = {
  az: {
    draftMark: "LAYİHƏ — imzalanmayıb",
    title: "Cinayət işi üzrə qarşılıqlı hüquqi yardım haqqında sorğu",
    reference: "Nömrə",
    date: "Tarix",
    from: "Sorğu edən orqan",
    to: "Ünvan",
    republic: "Azərbaycan Respublikası",
    sections: {
      legalBasis: "1. Hüquqi əsas", case: "2. Cinayət işi", facts: "3. Faktların qısa təsviri", assistance: "4. Xahiş olunan yardım",
      deadline: "5. Müddətlər", confidentiality: "6. Məxfilik", contact: "7. Əlaqə",
    },
    legalBasisAgreement: "Sorğu aşağıdakı beynəlxalq sənəd əsasında göndərilir: {agreement}{article}.",
    legalBasisReciprocity: "Sorğu qarşılıqlılıq prinsipi əsasında göndərilir; Azərbaycan Respublikası analoji halda eyni yardımı göstərməyə təminat verir.",
    quote: (title) => `“${title}”`,
    untitledAgreement: "Azərbaycan Respublikası ilə {country} arasında əməkdaşlıq sazişi",
    criminalCase: "{reference} nömrəli cinayət işi Azərbaycan Respublikası Cinayət Məcəlləsinin {articles} {articleWord} üzrə araşdırılır.",
    articleWord: (count) => (count === 1 ? "maddəsi" : "maddələri"),
    assistanceIntro: "Aşağıdakı yardım xahiş olunur:",
    assistanceTypes: {
      EVIDENCE: "sübutların əldə edilməsi",
      WITNESS_VICTIM_INTERVIEW: "şahidlərin və zərərçəkmişlərin dindirilməsi",
      IDENTIFICATION: "şəxslərin eyniləşdirilməsi və yerinin müəyyən edilməsi",
      SEARCH_AND_SEIZURE: "axtarış və götürmə",
      ASSET_TRACING: "cinayət yolu ilə əldə edilmiş əmlakın aşkar edilməsi",
      EXTRADITION: "ekstradisiya (təhvil vermə)",
      TRANSFER_OF_PROCEEDINGS: "cinayət təqibinin ötürülməsi",
      VICTIM_REPATRIATION: "qurbanların repatriasiyası",
      INFORMATION_EXCHANGE: "məlumat mübadiləsi",
      JOINT_INVESTIGATION: "birgə istintaq",
    },
    deadline: "Sorğunun {date} tarixədək icra edilməsi xahiş olunur.",
    deadlineSoon: "Sorğunun mümkün qədər tez icra edilməsi xahiş olunur.",
    urgent: "Sorğu təcilidir.",
    confidentiality: "Sorğunun və onun məzmununun məxfi saxlanılması, yalnız icrası üçün zəruri olan həddə açıqlanması xahiş olunur.",
    contactName: "Əlaqə şəxsi",
    contactPhone: "Telefon",
    contactEmail: "E-poçt",
    closing: "Hörmətlə,",
    signature: "(imza)",
    incomplete: "{reference} sorğusunun layihəsi hazırlana bilməz, çatışmır: {list}",
    gaps: {
      NOT_OUTGOING: "yalnız göndərilən sorğuların layihəsi hazırlanır",
      LEGAL_BASIS: "hüquqi əsas",
      CASE: "cinayət işi",
      CRIMINAL_CODE_ARTICLES: "cinayət işinin Cinayət Məcəlləsi maddələri",
      FACTS_SUMMARY: "faktların qısa təsviri",
      ASSISTANCE_TYPES: "yardımın növləri",
      ASSISTANCE_SOUGHT: "xahiş olunan yardımın təsviri",
      COUNTERPART_AUTHORITY: "sorğunun ünvanlandığı xarici orqan",
      REQUESTING_AUTHORITY: "sorğu edən orqan",
      CONTACT: "əlaqə şəxsi və onun telefonu və ya e-poçtu",
    },
    notFound: "{reference} nömrəli sorğu yoxdur",
  },
  en: {
    draftMark: "DRAFT — not signed",
    title: "Request for mutual legal assistance in a criminal matter",
    reference: "Ref. No.",
    date: "Date",
    from: "Requesting authority",
    to: "To",
    republic: "Republic of Azerbaijan",
    sections: {
      legalBasis: "1. Legal basis", case: "2. Criminal case", facts: "3. Summary of the facts", assistance: "4. Assistance requested",
      deadline: "5. Time limits", confidentiality: "6. Confidentiality", contact: "7. Contact",
    },
    legalBasisAgreement: "This request is made under the following instrument: {agreement}{article}.",
    legalBasisReciprocity: "This request is made on the basis of reciprocity; the Republic of Azerbaijan assures the requested State of the same assistance in a similar case.",
    quote: (title) => `“${title}”`,
    untitledAgreement: "the cooperation agreement between the Republic of Azerbaijan and {country}",
    criminalCase: "Criminal case No. {reference} is being investigated under {articleWord} {articles} of the Criminal Code of the Republic of Azerbaijan.",
    articleWord: (count) => (count === 1 ? "Article" : "Articles"),
    assistanceIntro: "The following assistance is requested:",
    assistanceTypes: {
      EVIDENCE: "obtaining evidence",
      WITNESS_VICTIM_INTERVIEW: "hearing of witnesses and victims",
      IDENTIFICATION: "identification and location of persons",
      SEARCH_AND_SEIZURE: "search and seizure",
      ASSET_TRACING: "tracing of proceeds of crime and assets",
      EXTRADITION: "extradition",
      TRANSFER_OF_PROCEEDINGS: "transfer of criminal proceedings",
      VICTIM_REPATRIATION: "repatriation of victims",
      INFORMATION_EXCHANGE: "exchange of information",
      JOINT_INVESTIGATION: "joint investigation",
    },
    deadline: "Execution is requested by {date}.",
    deadlineSoon: "Execution is requested as soon as possible.",
    urgent: "This request is urgent.",
    confidentiality: "The requesting authority asks that this request and its contents be kept confidential, except to the extent necessary to execute it.",
    contactName: "Contact person",
    contactPhone: "Telephone",
    contactEmail: "E-mail",
    closing: "Yours faithfully,",
    signature: "(signature)",
    incomplete: "Request {reference} cannot be drafted; missing: {list}",
    gaps: {
      NOT_OUTGOING: "only outgoing requests are drafted",
      LEGAL_BASIS: "legal basis",
      CASE: "criminal case",
      CRIMINAL_CODE_ARTICLES: "the case's Criminal Code articles",
      FACTS_SUMMARY: "summary of the facts",
      ASSISTANCE_TYPES: "kinds of assistance",
      ASSISTANCE_SOUGHT: "description of the assistance sought",
      COUNTERPART_AUTHORITY: "the foreign authority addressed",
      REQUESTING_AUTHORITY: "requesting authority",
      CONTACT: "contact person with a telephone or e-mail",
    },
    notFound: "there is no request {reference}",
  },
  ru: {
    draftMark: "ПРОЕКТ — не подписан",
    title: "Запрос о взаимной правовой помощи по уголовному делу",
    reference: "Исх. №",
    date: "Дата",
    from: "Запрашивающий орган",
    to: "Адресат",
    republic: "Азербайджанская Республика",
    sections: {
      legalBasis: "1. Правовое основание", case: "2. Уголовное дело", facts: "3. Краткое изложение фактов", assistance: "4. Запрашиваемая помощь",
      deadline: "5. Сроки", confidentiality: "6. Конфиденциальность", contact: "7. Контактные данные",
    },
    legalBasisAgreement: "Запрос направляется в соответствии со следующим международным договором: {agreement}{article}.",
    legalBasisReciprocity: "Запрос направляется на основе принципа взаимности; Азербайджанская Республика гарантирует оказание такой же помощи в аналогичном случае.",
    quote: (title) => `«${title}»`,
    untitledAgreement: "соглашение о сотрудничестве (Азербайджанская Республика — {country})",
    criminalCase: "Уголовное дело № {reference} расследуется по {articleWord} {articles} Уголовного кодекса Азербайджанской Республики.",
    articleWord: (count) => (count === 1 ? "статье" : "статьям"),
    assistanceIntro: "Просим оказать следующую помощь:",
    assistanceTypes: {
      EVIDENCE: "получение доказательств",
      WITNESS_VICTIM_INTERVIEW: "допрос свидетелей и потерпевших",
      IDENTIFICATION: "установление личности и местонахождения лиц",
      SEARCH_AND_SEIZURE: "обыск и выемка",
      ASSET_TRACING: "розыск доходов от преступлений и имущества",
      EXTRADITION: "выдача (экстрадиция)",
      TRANSFER_OF_PROCEEDINGS: "передача уголовного преследования",
      VICTIM_REPATRIATION: "репатриация жертв",
      INFORMATION_EXCHANGE: "обмен информацией",
      JOINT_INVESTIGATION: "совместное расследование",
    },
    deadline: "Просим исполнить запрос до {date}.",
    deadlineSoon: "Просим исполнить запрос в кратчайший срок.",
    urgent: "Запрос является срочным.",
    confidentiality: "Просим сохранять конфиденциальность запроса и его содержания, кроме случаев, когда это необходимо для его исполнения.",
    contactName: "Контактное лицо",
    contactPhone: "Телефон",
    contactEmail: "Электронная почта",
    closing: "С уважением,",
    signature: "(подпись)",
    incomplete: "Проект запроса {reference} не может быть подготовлен; не хватает: {list}",
    gaps: {
      NOT_OUTGOING: "проекты готовятся только для исходящих запросов",
      LEGAL_BASIS: "правовое основание",
      CASE: "уголовное дело",
      CRIMINAL_CODE_ARTICLES: "статьи Уголовного кодекса по делу",
      FACTS_SUMMARY: "краткое изложение фактов",
      ASSISTANCE_TYPES: "виды помощи",
      ASSISTANCE_SOUGHT: "описание запрашиваемой помощи",
      COUNTERPART_AUTHORITY: "иностранный орган-адресат",
      REQUESTING_AUTHORITY: "запрашивающий орган",
      CONTACT: "контактное лицо с телефоном или электронной почтой",
    },
    notFound: "запроса {reference} нет",
  },
};

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
}
