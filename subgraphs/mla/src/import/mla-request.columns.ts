import { DATE_MEANING, type ColumnDefinition } from "#shared/import/columns";
import { AssistanceType, Direction, MlaStatus, Priority } from "../mla-request/mla-request";
import { REFUSAL_GROUND_CODES } from "../mla-request/refusal-ground";

/** The words that mean "no treaty: reciprocity" in the legal basis column, in the three languages. */
export const RECIPROCITY_WORDS = ["RECIPROCITY", "reciprocity", "qarşılıqlılıq", "взаимность"];

/** The columns of `mla-requests`, in template order (the issue names the first thirteen exactly; the code came later). */
export const MLA_REQUEST_COLUMNS: readonly ColumnDefinition[] = [
  {
    name: "reference",
    required: true,
    example: "2024/IN-17",
    meaning: {
      en: "The request's reference number, unique per direction; it identifies the request on every later import.",
      az: "Sorğunun qeydiyyat nömrəsi, hər istiqamətdə unikal; sonrakı idxallarda sorğunu bu nömrə ilə tanıyırıq.",
      ru: "Регистрационный номер запроса, уникальный для направления; по нему запрос узнаётся при следующих импортах.",
    },
  },
  {
    name: "direction",
    required: true,
    example: "INCOMING",
    values: Object.values(Direction),
    meaning: {
      en: "INCOMING (received from abroad) or OUTGOING (sent abroad).",
      az: "INCOMING (xaricdən daxil olan) və ya OUTGOING (xaricə göndərilən).",
      ru: "INCOMING (получен из-за рубежа) или OUTGOING (направлен за рубеж).",
    },
  },
  {
    name: "counterpart_country",
    required: true,
    example: "TR",
    meaning: {
      en: "The other country: ISO code (TR) or its name in Azerbaijani, English or Russian (Türkiyə, Turkey, Турция).",
      az: "Digər ölkə: ISO kodu (TR) və ya Azərbaycan, ingilis, rus dilində adı (Türkiyə, Turkey, Турция).",
      ru: "Другая страна: код ISO (TR) или название на азербайджанском, английском или русском (Türkiyə, Turkey, Турция).",
    },
  },
  {
    name: "counterpart_authority",
    example: "Ministry of Justice of Türkiye",
    meaning: {
      en: "The foreign authority that sent or received it (optional).",
      az: "Sorğunu göndərən və ya qəbul edən xarici orqan (istəyə görə).",
      ru: "Иностранный орган, направивший или получивший запрос (необязательно).",
    },
  },
  {
    name: "legal_basis_agreement",
    example: "az-tr-cooperation",
    meaning: {
      en: "The agreement relied on: its id, exact title or short name; RECIPROCITY when no treaty; empty when the record does not say.",
      az: "Əsas götürülən saziş: id-si, dəqiq adı və ya qısa adı; müqavilə yoxdursa RECIPROCITY (qarşılıqlılıq); qeyd göstərmirsə boş.",
      ru: "Соглашение-основание: его id, точное название или краткое имя; RECIPROCITY (взаимность), если договора нет; пусто, если не указано.",
    },
  },
  {
    name: "case_reference",
    example: "CASE-2024-031",
    meaning: {
      en: "The national case it serves, by case number (import cases first); empty when none.",
      az: "Sorğunun aid olduğu milli iş, iş nömrəsi ilə (əvvəlcə işləri idxal edin); yoxdursa boş.",
      ru: "Национальное дело, которому служит запрос, по номеру дела (сначала импортируйте дела); пусто, если нет.",
    },
  },
  {
    name: "assistance_types",
    example: "EVIDENCE; WITNESS_VICTIM_INTERVIEW",
    values: Object.values(AssistanceType),
    multiple: true,
    meaning: {
      en: "What is asked, one or more codes separated by ; or ,",
      az: "Nə xahiş olunur: ; və ya , ilə ayrılmış bir və ya bir neçə kod.",
      ru: "Что запрашивается: один или несколько кодов через ; или ,",
    },
  },
  {
    name: "priority",
    example: "NORMAL",
    values: Object.values(Priority),
    meaning: { en: "Empty is NORMAL.", az: "Boş olduqda NORMAL.", ru: "Пусто — NORMAL." },
  },
  {
    name: "status",
    example: "EXECUTED",
    values: Object.values(MlaStatus),
    meaning: {
      en: "Where the request stands; old requests may arrive in any status. Empty: DRAFT (outgoing) or RECEIVED (incoming). A change on a later import must be an allowed step.",
      az: "Sorğunun vəziyyəti; köhnə sorğular istənilən statusda gələ bilər. Boş: DRAFT (göndərilən) və ya RECEIVED (daxil olan). Sonrakı idxalda dəyişiklik icazəli addım olmalıdır.",
      ru: "Где находится запрос; старые запросы могут прийти в любом статусе. Пусто: DRAFT (исходящий) или RECEIVED (входящий). Изменение при следующем импорте должно быть допустимым шагом.",
    },
  },
  { name: "opened_on", date: true, example: "15.03.2024", meaning: { en: `Sent (outgoing) or received (incoming): ${DATE_MEANING.en}.`, az: `Göndərilib (göndərilən) və ya daxil olub (daxil olan): ${DATE_MEANING.az}.`, ru: `Направлен (исходящий) или получен (входящий): ${DATE_MEANING.ru}.` } },
  { name: "due_on", date: true, example: "2024-06-15", meaning: { en: `Deadline: ${DATE_MEANING.en}.`, az: `Son müddət: ${DATE_MEANING.az}.`, ru: `Срок: ${DATE_MEANING.ru}.` } },
  {
    name: "closed_on",
    date: true,
    example: "2024-05-30",
    meaning: {
      en: `Closed (only in a final status): ${DATE_MEANING.en}.`,
      az: `Bağlanıb (yalnız yekun statusda): ${DATE_MEANING.az}.`,
      ru: `Закрыт (только в итоговом статусе): ${DATE_MEANING.ru}.`,
    },
  },
  {
    name: "refusal_ground",
    example: "Dual criminality not met",
    meaning: {
      en: "Why it was refused, in words (the details beside refusal_ground_code): for REFUSED, this or a listed code is required; empty otherwise.",
      az: "İmtinanın əsası sözlə (refusal_ground_code yanında təfsilat): REFUSED üçün bu və ya siyahıdakı kod mütləqdir; başqa hallarda boş.",
      ru: "Основание отказа словами (подробности к refusal_ground_code): для REFUSED обязательно это или код из списка; иначе пусто.",
    },
  },
  {
    name: "refusal_ground_code",
    example: "NO_DUAL_CRIMINALITY",
    values: REFUSAL_GROUND_CODES,
    meaning: {
      en: "Only with status REFUSED (refused for any other status): the ground's code or its name as the console shows it in Azerbaijani, English or Russian (No dual criminality, İkili cinayətkarlıq yoxdur, Отсутствие двойной преступности). Optional: a refusal given in words only counts as OTHER.",
      az: "Yalnız REFUSED statusu ilə (başqa statusda qəbul edilmir): əsasın kodu və ya konsoldakı kimi Azərbaycan, ingilis və ya rus dilində adı (İkili cinayətkarlıq yoxdur, No dual criminality, Отсутствие двойной преступности). İstəyə görə: yalnız sözlə yazılmış imtina OTHER (digər) sayılır.",
      ru: "Только при статусе REFUSED (при другом статусе не принимается): код основания или его название, как в консоли, на азербайджанском, английском или русском (Отсутствие двойной преступности, No dual criminality, İkili cinayətkarlıq yoxdur). Необязательно: отказ, указанный только словами, считается OTHER (иное).",
    },
  },
];
