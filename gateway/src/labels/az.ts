import type { Labels } from "./labels";

/**
 * A year with its ordinal suffix, as Azerbaijani writes "2024-cü il", "2019-cu il", "2020-ci il", "2016-cı
 * il": the suffix follows the vowel of the last number word read aloud (units, else tens, else hundreds, thousands).
 */
export function azYear(year: number): string {
  const units = ["", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu"];
  const tens = ["", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı"];
  const suffix = year % 10 ? units[year % 10] : year % 100 ? tens[(year % 100) / 10] : year % 1000 ? "cü" : "ci";
  return `${year}-${suffix}`;
}

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
  report: {
    draftNotice: (date) => `Cooperation Hub tərəfindən ${date} tarixində Hub-un qeydləri əsasında hazırlanmış layihə. Göndərilməzdən əvvəl hər rəqəmi yoxlayın.`,
    syntheticWarning: "SİNTETİK NÜMAYİŞ MƏLUMATLARI VAR: real rəqəmlər deyil, təqdim etmək olmaz",
    pageOf: ["səhifə ", " / ", ""],
    footer: "Cooperation Hub",
    fallbackLegend: (marker) => `${marker}: mənbələr bu mətni yalnız Azərbaycan dilində verir; olduğu kimi göstərilir.`,
    yes: "bəli",
    no: "xeyr",
    none: "—",
    columns: {
      deadline: "İcra müddəti", executors: "İcraçılar", dueInYear: (year) => `Müddəti ${azYear(year)} ildə`, instrument: "Sənəd", incoming: "Daxil olan",
      outgoing: "Göndərilən", executed: "İcra edilən", refused: "Rədd edilən", pending: "İcrada olan", arrests: "Həbs edilmiş şübhəlilər",
      victimsIdentified: "Müəyyən edilmiş zərərçəkənlər", convictions: "Məhkum edilənlər", total: "Cəmi", agreement: "Saziş", country: "Ölkə",
      requestsIn: (year) => `Sorğular, ${year}`, change: "Dəyişiklik", level: "Səviyyə", kind: "Nəticə", source: "Mənbə",
      implementedIn: (year) => `İcra edilib, ${year}`, metric: "Göstərici", category: "Kateqoriya", code: "№", recommendation: "Tövsiyə", status: "Status",
    },
    bodies: { NEEDS_ASSESSMENT: "Ehtiyacların qiymətləndirilməsi", US_TIP_REPORT: "ABŞ-ın İnsan Alveri Hesabatı", GRETA: "GRETA", OSCE: "ATƏT", PROGRAMME: "Proqram" },
    cis: {
      title: (year) =>
        `İnsan alverinə qarşı mübarizə sahəsində MDB-nin 2007-2010-cu illər üçün əməkdaşlıq proqramının ${azYear(year)} ildə icrası barədə Azərbaycan Respublikasının məlumatı (6.3-cü tədbir)`,
      programme: (title) => `Proqram: ${title}.`,
      recipient: (due) =>
        `MDB-nin İcraiyyə Komitəsinə. Proqramın 6.3-cü tədbiri bu məlumatın hər il hesabat ilindən sonrakı ilin fevral ayında verilməsini nəzərdə tutur${due ? `; müddət: ${due}` : ""}.`,
      approvedBy: (number, adoptedOn, inForceOn) => `${adoptedOn} tarixli ${number} nömrəli Qanunla təsdiq edilib, ${inForceOn} tarixindən qüvvədədir.`,
      intro: (year) =>
        `Hər tədbir proqramda yazıldığı kimi icra müddəti və icraçıları ilə göstərilir, həmçinin onun müddətinin ${azYear(year)} ilə düşüb-düşmədiyi və Hub-da ${azYear(year)} il üzrə görülmüş iş kimi qeydə alınanlar: tədbiri sübut kimi göstərən tövsiyələrin status yeniləmələri.`,
      measuresHeading: "Proqramın tədbirləri",
      measure: (number) => (number ? `Tədbir ${number}` : "Tədbir (nömrəsiz)"),
      evidenceHeading: (year) => `${azYear(year)} il üzrə qeydə alınıb`,
      evidenceNone: (year) => `Hub-da ${azYear(year)} il üzrə heç nə qeydə alınmayıb.`,
      evidence: ({ recommendation, source, status, period, documents }) =>
        `${source}, tövsiyə ${recommendation}: ${status} (${period})${documents.length ? `; sənədlər: ${documents.join("; ")}` : ""}`,
      mlaHeading: (year) => `${azYear(year)} ildə MDB sənədləri üzrə qarşılıqlı hüquqi yardım`,
      mlaIntro: "İl ərzində açılmış, hüquqi əsası MDB sənədi olan sorğular və icra edilmiş sorğuların töhfə verdiyi işlər üzrə nəticələr (hər nəticə hər sənəd üzrə bir dəfə sayılır).",
    },
    nc: {
      title: (year) => `${azYear(year)} ildə beynəlxalq əməkdaşlıq: Milli Koordinatorun illik məlumatının bölməsi`,
      intro: (year, due) =>
        `"İnsan alverinə qarşı mübarizə haqqında" 28 iyun 2005-ci il tarixli Qanunun 7-ci maddəsinə əsasən Milli Koordinator hər il Hökumətə, Milli Məclisə və Ombudsmana məlumat verir. Bu bölmə ${azYear(year)} ildə beynəlxalq əməkdaşlığı əhatə edir${due ? `; ${azYear(year)} il üzrə məlumatın müddəti: ${due}` : ""}.`,
      summary: (f) =>
        `${azYear(f.year)} ildə şöbəyə ${f.incoming} qarşılıqlı hüquqi yardım sorğusu daxil olub, ${f.outgoing} sorğu göndərilib (cəmi ${f.incoming + f.outgoing}; ${azYear(f.year - 1)} ildə ${f.previous}, ${f.change}). Onlardan ${f.executed} sorğu icra edilib, ${f.refused} sorğu rədd edilib. ${azYear(f.year)} ildə qeydə alınmış və beynəlxalq əməkdaşlığın töhfə verdiyi nəticələr: ${f.arrests} şübhəli həbs edilib, ${f.victims} zərərçəkən müəyyən edilib, ${f.convictions} nəfər məhkum edilib.`,
      agreementsHeading: "Sazişlər üzrə əməkdaşlıq",
      agreementsIntro: "Hər saziş üzrə il ərzində açılmış sorğular, əvvəlki illə müqayisədə, və icra edilmiş sorğuların töhfə verdiyi işlər üzrə nəticələr.",
      agreementsNone: (year) => `${azYear(year)} və ${azYear(year - 1)} illərdə heç bir sorğu sazişə əsaslanmayıb.`,
      levelsHeading: (year) => `${azYear(year)} ildə əməkdaşlığın səviyyəsi`,
      resultsHeading: (year) => `${azYear(year)} ilin icra edilmiş sorğularının töhfə verdiyi işlər üzrə nəticələr`,
      resultsNone: (year) => `${azYear(year)} ilin sorğularına heç bir iş üzrə nəticə aid edilməyib.`,
      countriesHeading: "Ölkələr üzrə əməkdaşlıq",
      outcomesHeading: "İşlər üzrə nəticələr",
      outcomesIntro: "İl ərzində qeydə alınmış, ən azı bir icra edilmiş qarşılıqlı hüquqi yardım sorğusunun töhfə verdiyi işlər üzrə nəticələr.",
      casesWithResults: "Nəticəsi olan işlər",
      recommendationsHeading: "Mənbələr üzrə tövsiyələrin icrası",
      recommendationsIntro: (year) =>
        `Hər mənbənin tövsiyələrinin ${azYear(year)} ilin sonuna vəziyyəti (${year} ilədək dövr üçün qeydə alınmış son status) və bir il əvvəl icra edilmiş tövsiyələrin sayı.`,
    },
    tip: {
      title: (year) => `ABŞ-ın İnsan Alveri Hesabatı üçün məlumatlar: ${azYear(year)} il`,
      intro: (year) => `İnsan Alveri Hesabatının kateqoriyaları üzrə ${azYear(year)} ilin göstəriciləri, yanında əvvəlki dörd il.`,
      scopeNote:
        "Əhatə: Hub-da qeydə alınmış işlər, nəticələr və qarşılıqlı hüquqi yardım sorğuları (beynəlxalq əməkdaşlıq olan işlər), işin açıldığı, nəticənin qeydə alındığı və ya sorğunun açıldığı günə görə; ölkə üzrə ümumi göstəricilər deyil.",
      lawEnforcementHeading: "Hüquq mühafizəsi və zərərçəkənlər",
      investigations: "İstintaqlar (açılmış işlər)",
      prosecutions: "Məhkəməyə cəlb edilmə (ittiham aktları)",
      convictions: "Məhkum edilənlər",
      suspectsArrested: "Həbs edilmiş şübhəlilər",
      victimsIdentified: "Müəyyən edilmiş zərərçəkənlər",
      victimsAssisted: "Yardım göstərilmiş zərərçəkənlər",
      assetsSeized: "Həbs edilmiş əmlak (AZN)",
      cooperationHeading: "Beynəlxalq əməkdaşlıq",
      requestsReceived: "Daxil olmuş hüquqi yardım sorğuları",
      requestsSent: "Göndərilmiş hüquqi yardım sorğuları",
      requestsExecuted: "İcra edilmiş hüquqi yardım sorğuları",
      requestsRefused: "Rədd edilmiş hüquqi yardım sorğuları",
      extraditionRequests: "Ekstradisiya sorğuları",
      resultsThroughCooperation: "Beynəlxalq əməkdaşlıqla nəticələr (həbslər, müəyyən edilmiş zərərçəkənlər, məhkum edilənlər)",
      publishedHeading: "İnsan Alveri Hesabatında dərc edildiyi kimi",
      publishedIntro: "ABŞ-ın 2013-cü il İnsan Alveri Hesabatının Azərbaycan üzrə verdiyi rəqəmlər, Hub-da mənbədən qeydə alındığı kimi.",
      metrics: {
        INVESTIGATIONS: "İstintaqlar", PROSECUTIONS: "Məhkəməyə cəlb edilmə", CONVICTIONS: "Məhkum edilənlər", VICTIMS_IDENTIFIED: "Müəyyən edilmiş qurbanlar",
        VICTIMS_ASSISTED: "Yardım göstərilmiş qurbanlar", CHILDREN_IN_FORCED_BEGGING: "Məcburi dilənçiliyə cəlb edilmiş uşaqlar", HOTLINE_CALLS: "Qaynar xəttə zənglər",
      },
      categories: { TOTAL: "cəmi", FORCED_LABOUR: "məcburi əmək", SEXUAL_EXPLOITATION: "seksual istismar" },
      recommendationsHeading: (year) => `İnsan Alveri Hesabatının tövsiyələri: ${azYear(year)} ilin sonuna vəziyyət`,
    },
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
