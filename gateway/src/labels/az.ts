import type { Labels } from "./labels";

export const az: Labels = {
  fallbackMarker: (lang) => `[${lang}]`,
  roles: { viewer: "izləyici", officer: "əməkdaş", admin: "administrator" },
  directions: { INCOMING: "daxil olan", OUTGOING: "göndərilən" },
  mlaStatuses: {
    DRAFT: "layihə", SENT: "göndərilib", RECEIVED: "daxil olub", IN_PROGRESS: "icradadır", ADDITIONAL_INFO_REQUESTED: "əlavə məlumat istənilib",
    EXECUTED: "icra edilib", PARTIALLY_EXECUTED: "qismən icra edilib", REFUSED: "rədd edilib", WITHDRAWN: "geri götürülüb",
  },
  priorities: { LOW: "aşağı", NORMAL: "adi", HIGH: "yüksək", URGENT: "təcili" },
  recommendationStatuses: {
    NOT_STARTED: "başlanmayıb", IN_PROGRESS: "icradadır", PARTIALLY_IMPLEMENTED: "qismən icra edilib", IMPLEMENTED: "icra edilib",
    NO_LONGER_RELEVANT: "aktual deyil",
  },
  cooperationLevels: {
    NO_REQUESTS: "sorğu yoxdur", REQUESTS_MADE: "sorğular verilib", REQUESTS_EXECUTED: "sorğular icra edilib", RESULTS_ON_CASES: "işlər üzrə nəticələr",
    PROACTIVE: "proaktiv əməkdaşlıq",
  },
  outcomeKinds: {
    SUSPECTS_ARRESTED: "həbs edilmiş şübhəlilər", VICTIMS_IDENTIFIED: "müəyyən edilmiş zərərçəkənlər", VICTIMS_ASSISTED: "yardım göstərilmiş zərərçəkənlər",
    INDICTMENTS: "ittiham aktları", CONVICTIONS: "məhkum edilənlər", ASSETS_SEIZED: "həbs edilmiş əmlak (AZN)",
  },
  digest: {
    subject: ({ overdue, dueSoon, obligations }, asOf) =>
      `Cooperation Hub, ${asOf}: müddəti keçmiş ${overdue} hüquqi yardım sorğusu, müddəti yaxınlaşan ${dueSoon}, ${obligations} tədbir və hesabat`,
    heading: (asOf, days) => `${asOf} tarixinə müddətlər (növbəti ${days} gün)`,
    greeting: (name) => `Hörmətli ${name},`,
    overdueRequests: "Müddəti keçmiş hüquqi yardım sorğuları",
    dueSoonRequests: (days) => `Növbəti ${days} gündə müddəti çatan hüquqi yardım sorğuları`,
    obligations: (days) => `Növbəti ${days} gündə müddəti çatan tədbirlər və hesabat öhdəlikləri`,
    overdueBy: (days) => `${days} gün gecikir`,
    dueIn: (days) => `${days} gün qalıb`,
    dueToday: "müddəti bu gündür",
    due: "müddət",
    responsible: "məsul",
    more: (count) => `… və daha ${count}: hamısı Hub-un müddətlər səhifəsindədir.`,
    footer: (role) =>
      `Bu xülasədə qeydlər, iş təfərrüatları və zərərçəkənlər barədə məlumat yoxdur. Siz onu "${role}" rolu ilə alırsınız; dəyişmək və ya dayandırmaq üçün administratora müraciət edin.`,
  },
};
