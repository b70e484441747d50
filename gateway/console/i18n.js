// Azerbaijani first (the department's language), English on switch.
const TEXT = {
  az: {
    appName: "Əməkdaşlıq Mərkəzi", overview: "İcmal", agreements: "Sazişlər", mla: "QHY sorğuları", recommendations: "Tövsiyələr", report: "Hesabat",
    signOut: "Çıxış", signIn: "Daxil ol", tokenOrKey: "Əməkdaş tokeni və ya tərəfdaş açarı", staffToken: "Əməkdaş tokeni", partnerKey: "Tərəfdaş açarı (X-Api-Key)",
    ranking: "Hansı sazişlər işlərdə nəticə verib", rank: "Yer", agreement: "Saziş", level: "Səviyyə", executed: "İcra olunub", arrests: "Həbslər",
    victims: "Müəyyən edilmiş qurbanlar", convictions: "Məhkumluqlar", requestsIn: "Daxil olan", requestsOut: "Göndərilən", overdue: "Vaxtı keçmiş sorğular",
    progress: "Tövsiyələrin icrası", source: "Mənbə", total: "Cəmi", search: "Axtar", searchPlaceholder: "məs. insan alveri", kind: "Növ", any: "hamısı",
    parties: "Tərəflər", country: "Ölkə", status: "Status", reservation: "Qeyd-şərt / xüsusi rəy", measures: "Tədbirlər", deadline: "Müddət", executors: "İcraçılar",
    requests: "Sorğular", cooperation: "Əməkdaşlıq", reference: "Nömrə", direction: "İstiqamət", due: "Son tarix", daysOpen: "Açıq gün", history: "Tarixçə",
    next: "Növbəti status", conflict: "Bu sorğu başqa əməkdaş tərəfindən dəyişdirilib. Səhifəni yeniləyin: dəyişikliyiniz yadda saxlanmayıb.",
    saved: "Yadda saxlanıldı", synthetic: "sintetik", theme: "Mövzu", record: "Statusu qeyd et", reportingPeriod: "Hesabat dövrü", note: "Qeyd",
    evidenceAgreement: "Sübut: saziş id", year: "İl", downloadCsv: "CSV yüklə", print: "Çap et", byCountry: "Ölkələr üzrə", readOnly: "Yalnız oxumaq",
    internalNote: "Daxili qeyd", case: "İş", outcomes: "Nəticələr", title: "Ad", none: "yoxdur", loading: "Yüklənir…",
  },
  en: {
    appName: "Cooperation Hub", overview: "Overview", agreements: "Agreements", mla: "MLA requests", recommendations: "Recommendations", report: "Report",
    signOut: "Sign out", signIn: "Sign in", tokenOrKey: "Staff token or partner key", staffToken: "Staff token", partnerKey: "Partner key (X-Api-Key)",
    ranking: "Which agreements produced results on cases", rank: "Rank", agreement: "Agreement", level: "Level", executed: "Executed", arrests: "Arrests",
    victims: "Victims identified", convictions: "Convictions", requestsIn: "In", requestsOut: "Out", overdue: "Overdue requests",
    progress: "Recommendation progress", source: "Source", total: "Total", search: "Search", searchPlaceholder: "e.g. insan alveri", kind: "Kind", any: "any",
    parties: "Parties", country: "Country", status: "Status", reservation: "Reservation / special opinion", measures: "Measures", deadline: "Deadline", executors: "Executors",
    requests: "Requests", cooperation: "Cooperation", reference: "Reference", direction: "Direction", due: "Due", daysOpen: "Days open", history: "History",
    next: "Next status", conflict: "Someone else changed this request. Reload the page: your change was not saved.",
    saved: "Saved", synthetic: "synthetic", theme: "Theme", record: "Record status", reportingPeriod: "Reporting period", note: "Note",
    evidenceAgreement: "Evidence: agreement id", year: "Year", downloadCsv: "Download CSV", print: "Print", byCountry: "By country", readOnly: "Read only",
    internalNote: "Internal note", case: "Case", outcomes: "Outcomes", title: "Title", none: "none", loading: "Loading…",
  },
};

let lang = sessionStorage.getItem("hub.lang") === "en" ? "en" : "az";

export const t = (key) => TEXT[lang][key] ?? key;
export const currentLang = () => lang;
export function setLang(next) {
  lang = next;
  sessionStorage.setItem("hub.lang", next);
  document.documentElement.lang = next;
}
