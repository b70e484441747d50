import type { Labels } from "./labels";

export const ru: Labels = {
  fallbackMarker: (lang) => `[${lang}]`,
  roles: { viewer: "наблюдатель", officer: "сотрудник", admin: "администратор" },
  directions: { INCOMING: "входящий", OUTGOING: "исходящий" },
  mlaStatuses: {
    DRAFT: "черновик", SENT: "отправлен", RECEIVED: "получен", IN_PROGRESS: "в работе", ADDITIONAL_INFO_REQUESTED: "запрошена дополнительная информация",
    EXECUTED: "исполнен", PARTIALLY_EXECUTED: "исполнен частично", REFUSED: "отказано", WITHDRAWN: "отозван",
  },
  priorities: { LOW: "низкий", NORMAL: "обычный", HIGH: "высокий", URGENT: "срочный" },
  recommendationStatuses: {
    NOT_STARTED: "не начато", IN_PROGRESS: "в работе", PARTIALLY_IMPLEMENTED: "выполнено частично", IMPLEMENTED: "выполнено",
    NO_LONGER_RELEVANT: "утратило актуальность",
  },
  cooperationLevels: {
    NO_REQUESTS: "запросов нет", REQUESTS_MADE: "запросы направлены", REQUESTS_EXECUTED: "запросы исполнены", RESULTS_ON_CASES: "результаты по делам",
    PROACTIVE: "проактивное сотрудничество",
  },
  outcomeKinds: {
    SUSPECTS_ARRESTED: "задержано подозреваемых", VICTIMS_IDENTIFIED: "выявлено пострадавших", VICTIMS_ASSISTED: "оказана помощь пострадавшим",
    INDICTMENTS: "обвинительных заключений", CONVICTIONS: "осуждено", ASSETS_SEIZED: "арестовано имущества (AZN)",
  },
  digest: {
    subject: ({ overdue, dueSoon, obligations }, asOf) =>
      `Cooperation Hub, ${asOf}: просроченных запросов о правовой помощи — ${overdue}, со сроком в ближайшие дни — ${dueSoon}, мероприятий и отчётов — ${obligations}`,
    heading: (asOf, days) => `Сроки на ${asOf} (следующие ${days} дн.)`,
    greeting: (name) => `Уважаемый(ая) ${name},`,
    overdueRequests: "Просроченные запросы о правовой помощи",
    dueSoonRequests: (days) => `Запросы о правовой помощи со сроком в ближайшие ${days} дн.`,
    obligations: (days) => `Мероприятия и отчётные обязательства со сроком в ближайшие ${days} дн.`,
    overdueBy: (days) => `просрочен на ${days} дн.`,
    dueIn: (days) => `осталось ${days} дн.`,
    dueToday: "срок сегодня",
    due: "срок",
    responsible: "ответственные",
    more: (count) => `… и ещё ${count}: все сроки — на странице сроков в Hub.`,
    footer: (role) =>
      `В сводке нет заметок, сведений о делах и данных о пострадавших. Вы получаете её с ролью «${role}»; чтобы изменить или отключить её, обратитесь к администратору.`,
  },
};
