/**
 * Every message an import (and the rules it shares with the API) can give, in the three languages of the
 * department: one dictionary, so no message exists in one language only (a unit test checks each entry
 * has all three with the same placeholders). `{name}` is replaced by a parameter. Messages never quote a
 * free-text cell (it may describe a victim): only codes, references, dates and numbers the user typed.
 */
export const LANGUAGES = ["az", "en", "ru"] as const;
export type Language = (typeof LANGUAGES)[number];

type Entry = Record<Language, string>;

export const IMPORT_MESSAGES = {
  // The file as a whole.
  file_unreadable: {
    en: "the file is neither an .xlsx workbook nor CSV text",
    az: "fayl nə .xlsx iş kitabıdır, nə də CSV mətni",
    ru: "файл не является ни книгой .xlsx, ни текстом CSV",
  },
  file_old_xls: {
    en: "old .xls workbooks are not read: save the file as .xlsx or as CSV UTF-8",
    az: "köhnə .xls faylları oxunmur: faylı .xlsx və ya CSV UTF-8 kimi saxlayın",
    ru: "старые книги .xls не читаются: сохраните файл как .xlsx или CSV UTF-8",
  },
  file_not_utf8: {
    en: "the file is not UTF-8 text: in Excel choose Save As, then \"CSV UTF-8\", or upload the .xlsx",
    az: "fayl UTF-8 mətni deyil: Excel-də \"Fərqli saxla\", sonra \"CSV UTF-8\" seçin və ya .xlsx faylını yükləyin",
    ru: "файл не в кодировке UTF-8: в Excel выберите «Сохранить как», затем «CSV UTF-8», или загрузите .xlsx",
  },
  file_unclosed_quote: {
    en: "a quoted cell that starts in this row is never closed",
    az: "bu sətirdə dırnaqla açılan xana bağlanmır",
    ru: "ячейка в кавычках, начатая в этой строке, не закрыта",
  },
  file_no_header: {
    en: "the file is empty: row 1 must hold the column names",
    az: "fayl boşdur: 1-ci sətirdə sütunların adları olmalıdır",
    ru: "файл пуст: в строке 1 должны быть названия столбцов",
  },
  file_too_many_rows: {
    en: "the file has {count} rows; at most {max} are read in one import",
    az: "faylda {count} sətir var; bir idxalda ən çoxu {max} sətir oxunur",
    ru: "в файле {count} строк; за один импорт читается не больше {max}",
  },
  // The header row.
  column_missing: {
    en: "this column is missing from row 1 (every column of the template must be there, even when empty)",
    az: "bu sütun 1-ci sətirdə yoxdur (şablonun bütün sütunları, boş olsa belə, olmalıdır)",
    ru: "этого столбца нет в строке 1 (все столбцы шаблона должны быть, даже пустые)",
  },
  column_unknown: {
    en: "unknown column; the columns are: {columns}",
    az: "naməlum sütun; sütunlar bunlardır: {columns}",
    ru: "неизвестный столбец; столбцы такие: {columns}",
  },
  column_repeated: {
    en: "this column appears twice in row 1",
    az: "bu sütun 1-ci sətirdə iki dəfə var",
    ru: "этот столбец дважды встречается в строке 1",
  },
  cell_without_column: {
    en: "a value stands in a column that has no name in row 1",
    az: "dəyər 1-ci sətirdə adı olmayan sütundadır",
    ru: "значение стоит в столбце без названия в строке 1",
  },
  // One cell.
  required: {
    en: "is required",
    az: "mütləqdir",
    ru: "обязательно",
  },
  too_long: {
    en: "must be at most {max} characters",
    az: "ən çoxu {max} simvol ola bilər",
    ru: "не длиннее {max} символов",
  },
  date_invalid: {
    en: "{value} is not a date: write YYYY-MM-DD or DD.MM.YYYY (2024-03-15 or 15.03.2024)",
    az: "{value} tarix deyil: İİİİ-AA-GG və ya GG.AA.İİİİ yazın (2024-03-15 və ya 15.03.2024)",
    ru: "{value} не дата: пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (2024-03-15 или 15.03.2024)",
  },
  date_impossible: {
    en: "{value} is not a day of the calendar",
    az: "{value} təqvimdə olan gün deyil",
    ru: "{value} не существующий день календаря",
  },
  date_out_of_range: {
    en: "{value} is not between 1900 and 2100",
    az: "{value} 1900 ilə 2100 arasında deyil",
    ru: "{value} не между 1900 и 2100 годами",
  },
  date_before: {
    en: "must not be before {other}",
    az: "{other} tarixindən əvvəl ola bilməz",
    ru: "не может быть раньше {other}",
  },
  value_unknown: {
    en: "{value} is not one of: {allowed}",
    az: "{value} bunlardan biri deyil: {allowed}",
    ru: "{value} не входит в список: {allowed}",
  },
  number_invalid: {
    en: "{value} is not a number",
    az: "{value} ədəd deyil",
    ru: "{value} не число",
  },
  number_positive: {
    en: "must be more than 0",
    az: "0-dan böyük olmalıdır",
    ru: "должно быть больше 0",
  },
  number_whole: {
    en: "counts people or acts: write a whole number",
    az: "insanları və ya aktları sayır: tam ədəd yazın",
    ru: "считает людей или акты: нужно целое число",
  },
  repeated_in_file: {
    en: "{value} appears again in this file (first in row {row})",
    az: "{value} bu faylda təkrarlanır (ilk dəfə {row}-ci sətirdə)",
    ru: "{value} повторяется в файле (впервые в строке {row})",
  },
  url_invalid: {
    en: "must be an http(s) link",
    az: "http(s) keçidi olmalıdır",
    ru: "должно быть ссылкой http(s)",
  },
  too_many: {
    en: "at most {max} here",
    az: "burada ən çoxu {max}",
    ru: "здесь не больше {max}",
  },
  url_needs_title: {
    en: "a document link needs the document's title",
    az: "sənəd keçidi üçün sənədin adı lazımdır",
    ru: "для ссылки на документ нужно его название",
  },
  // References to records of the hub.
  country_unknown: {
    en: "{value} is not a country the hub knows: write its ISO code (TR) or its name in Azerbaijani, English or Russian",
    az: "{value} hubda olan ölkə deyil: ISO kodunu (TR) və ya adını Azərbaycan, ingilis və ya rus dilində yazın",
    ru: "{value} нет среди стран хаба: укажите код ISO (TR) или название на азербайджанском, английском или русском",
  },
  country_code_form: {
    en: "must be an ISO 3166-1 alpha-2 code, e.g. TR",
    az: "ISO 3166-1 alpha-2 kodu olmalıdır, məsələn TR",
    ru: "должно быть кодом ISO 3166-1 alpha-2, например TR",
  },
  agreement_unknown: {
    en: "{value} matches no agreement: write its id, exact title or short name",
    az: "{value} heç bir sazişə uyğun gəlmir: onun id-sini, dəqiq adını və ya qısa adını yazın",
    ru: "{value} не соответствует ни одному соглашению: укажите его id, точное название или краткое имя",
  },
  agreement_ambiguous: {
    en: "{value} matches several agreements ({ids}): write the id",
    az: "{value} bir neçə sazişə uyğun gəlir ({ids}): id-ni yazın",
    ru: "{value} соответствует нескольким соглашениям ({ids}): укажите id",
  },
  measure_unknown: {
    en: "no measure {value} in the hub (write the measure's id, a number)",
    az: "hubda {value} tədbiri yoxdur (tədbirin id-sini, ədədi yazın)",
    ru: "в хабе нет мероприятия {value} (укажите id мероприятия, число)",
  },
  case_unknown: {
    en: "no case {value} in the hub: import the cases first",
    az: "hubda {value} işi yoxdur: əvvəlcə işləri idxal edin",
    ru: "в хабе нет дела {value}: сначала импортируйте дела",
  },
  request_unknown: {
    en: "no MLA request {value} in the hub: import the requests first",
    az: "hubda {value} hüquqi yardım sorğusu yoxdur: əvvəlcə sorğuları idxal edin",
    ru: "в хабе нет запроса МПП {value}: сначала импортируйте запросы",
  },
  request_ambiguous: {
    en: "{value} names an incoming and an outgoing request: write IN:{value} or OUT:{value}",
    az: "{value} həm daxil olan, həm göndərilən sorğunu göstərir: IN:{value} və ya OUT:{value} yazın",
    ru: "{value} обозначает и входящий, и исходящий запрос: напишите IN:{value} или OUT:{value}",
  },
  request_not_serving_case: {
    en: "request {value} does not serve case {case}",
    az: "{value} sorğusu {case} işinə aid deyil",
    ru: "запрос {value} не относится к делу {case}",
  },
  recommendation_unknown: {
    en: "no recommendation {value} in the hub (write its id, e.g. needs-assessment-ch3:O)",
    az: "hubda {value} tövsiyəsi yoxdur (id-sini yazın, məsələn needs-assessment-ch3:O)",
    ru: "в хабе нет рекомендации {value} (укажите id, например needs-assessment-ch3:O)",
  },
  article_invalid: {
    en: "{value} is not a Criminal Code article like 144-1 or 144-2.2",
    az: "{value} Cinayət Məcəlləsinin maddəsi deyil (məsələn 144-1 və ya 144-2.2)",
    ru: "{value} не статья Уголовного кодекса вида 144-1 или 144-2.2",
  },
  period_invalid: {
    en: "{value} is not a reporting period: write \"2024\", \"2024-H1\", \"2024-Q3\" or \"2024-05\"",
    az: "{value} hesabat dövrü deyil: \"2024\", \"2024-H1\", \"2024-Q3\" və ya \"2024-05\" yazın",
    ru: "{value} не отчётный период: пишите «2024», «2024-H1», «2024-Q3» или «2024-05»",
  },
  // The MLA workflow (shared with the API).
  legal_basis_agreement: {
    en: "give an agreement exactly when the legal basis is AGREEMENT",
    az: "saziş yalnız hüquqi əsas AGREEMENT olduqda göstərilir",
    ru: "соглашение указывается тогда и только тогда, когда правовое основание AGREEMENT",
  },
  status_unreachable: {
    en: "an {direction} request is never {status}",
    az: "{direction} sorğu heç vaxt {status} olmur",
    ru: "запрос {direction} никогда не бывает {status}",
  },
  transition_not_allowed: {
    en: "cannot go from {from} to {to}; allowed: {allowed}",
    az: "{from} statusundan {to} statusuna keçmək olmaz; mümkündür: {allowed}",
    ru: "нельзя перейти из {from} в {to}; допустимо: {allowed}",
  },
  transition_from_final: {
    en: "{from} is a final status: the request does not change status any more",
    az: "{from} yekun statusdur: sorğunun statusu daha dəyişmir",
    ru: "{from} — итоговый статус: статус запроса больше не меняется",
  },
  closed_only_final: {
    en: "only a request in a final status (EXECUTED, PARTIALLY_EXECUTED, REFUSED, WITHDRAWN) has a closing date",
    az: "bağlanma tarixi yalnız yekun statusda (EXECUTED, PARTIALLY_EXECUTED, REFUSED, WITHDRAWN) olan sorğuda olur",
    ru: "дата закрытия бывает только у запроса в итоговом статусе (EXECUTED, PARTIALLY_EXECUTED, REFUSED, WITHDRAWN)",
  },
  refusal_ground_required: {
    en: "a refusal must state its ground",
    az: "imtinanın əsası göstərilməlidir",
    ru: "у отказа должно быть основание",
  },
  refusal_ground_unknown: {
    en: "not a refusal ground: write its code ({allowed}) or its name in Azerbaijani, English or Russian as the console shows it; the details go in refusal_ground",
    az: "imtina əsası deyil: kodunu ({allowed}) və ya konsolda göründüyü kimi Azərbaycan, ingilis və ya rus dilində adını yazın; təfsilat refusal_ground sütununa yazılır",
    ru: "это не основание отказа: укажите код ({allowed}) или название на азербайджанском, английском или русском, как в консоли; подробности пишутся в refusal_ground",
  },
  refusal_ground_only_refused: {
    en: "only a refusal has a ground",
    az: "əsas yalnız imtinada olur",
    ru: "основание бывает только у отказа",
  },
  case_has_credited_outcomes: {
    en: "the request is credited with results of case {case}: it cannot leave that case",
    az: "sorğu {case} işinin nəticələrinə töhfə kimi qeyd olunub: o, bu işdən çıxarıla bilməz",
    ru: "запросу засчитаны результаты дела {case}: его нельзя отвязать от этого дела",
  },
  // Changes the import will not make.
  conflict_edited: {
    en: "changed in the hub since the last import (now version {version}): make this row match the hub, or leave it out",
    az: "son idxaldan sonra hubda dəyişdirilib (indi versiya {version}): bu sətri hubdakı ilə eyniləşdirin və ya çıxarın",
    ru: "изменено в хабе после последнего импорта (сейчас версия {version}): приведите строку в соответствие с хабом или уберите её",
  },
  conflict_entered: {
    en: "already entered in the hub, not by an import, and different: make this row match the hub, or leave it out",
    az: "artıq hubda idxalsız daxil edilib və fərqlidir: bu sətri hubdakı ilə eyniləşdirin və ya çıxarın",
    ru: "уже внесено в хаб не импортом и отличается: приведите строку в соответствие с хабом или уберите её",
  },
  service_unavailable: {
    en: "could not check the references: the {service} service did not answer; nothing was changed",
    az: "istinadları yoxlamaq olmadı: {service} xidməti cavab vermədi; heç nə dəyişdirilmədi",
    ru: "не удалось проверить ссылки: служба {service} не ответила; ничего не изменено",
  },
  changed_while_importing: {
    en: "someone changed these records while the file was being imported; nothing was changed: import the file again",
    az: "fayl idxal olunarkən kimsə bu qeydləri dəyişdi; heç nə dəyişdirilmədi: faylı yenidən idxal edin",
    ru: "во время импорта кто-то изменил эти записи; ничего не изменено: импортируйте файл ещё раз",
  },
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof IMPORT_MESSAGES;
export type MessageParams = Record<string, string | number>;

/** A message not yet put into words: rendered in the reader's language at the edge. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export function message(key: MessageKey, params?: MessageParams): Message {
  return { key, params };
}

export function render(value: Message, language: Language): string {
  const template: string = IMPORT_MESSAGES[value.key][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (value.params && name in value.params ? String(value.params[name]) : whole));
}

/**
 * The reader's language from an Accept-Language header ("ru-RU,ru;q=0.9,en;q=0.8"): the first of az, en, ru
 * by preference, Azerbaijani (the department's language, the console's default) when none is named.
 */
export function pickLanguage(header: string | undefined | null): Language {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...parameters] = part.trim().toLowerCase().split(";");
      const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
      return { language: tag.split("-")[0], q: q ? Number(q[1]) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked.map((entry) => entry.language).find((language) => (LANGUAGES as readonly string[]).includes(language)) as Language | undefined) ?? "az";
}
