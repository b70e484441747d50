import { labelsFor } from "../labels/dictionary";
import type { Language } from "../labels/labels";
import type { StaffRole } from "#shared/auth/identity";

/**
 * What a digest asks the supergraph, as the recipient's role. Only fields any staff role reads and none
 * marked confidential: no note, no case, no victim detail, no officer's name can reach a mail.
 */
export const DIGEST_QUERY = `query DailyDigest($asOf: LocalDate!, $withinDays: Int!, $first: Int!, $lang: Lang!) {
  deadlines(asOf: $asOf, withinDays: $withinDays) {
    asOf until
    counts { total mlaRequestsOverdue mlaRequestsDueSoon measures reportingDuties }
    items(first: $first) {
      totalCount
      edges { node {
        id kind dueOn daysLeft overdue priority
        mlaRequest { reference direction status counterpartCountryCode counterpartCountry { nameAz nameEn nameRu } }
        obligation { title deadlineAsWritten responsibleAsWritten
                     responsible { nameAz nameEn abbreviation }
                     agreement { titleAz: title(lang: AZ) title: title(lang: $lang) } }
      } }
    }
  }
}`;

/** Items listed in one mail; the rest are counted ("… and N more"). */
export const DIGEST_ITEMS = 100;

export interface DigestData {
  deadlines: {
    asOf: string;
    until: string;
    counts: { total: number; mlaRequestsOverdue: number; mlaRequestsDueSoon: number; measures: number; reportingDuties: number };
    items: { totalCount: number; edges: { node: DigestItem }[] };
  };
}

interface DigestItem {
  id: string;
  kind: "MLA_REQUEST" | "MEASURE" | "REPORTING_DUTY";
  dueOn: string;
  daysLeft: number;
  overdue: boolean;
  priority: "LOW" | "NORMAL" | "HIGH" | "URGENT" | null;
  mlaRequest: {
    reference: string;
    direction: "INCOMING" | "OUTGOING";
    status: keyof ReturnType<typeof labelsFor>["mlaStatuses"];
    counterpartCountryCode: string;
    counterpartCountry: { nameAz: string; nameEn: string; nameRu: string } | null;
  } | null;
  obligation: {
    title: string;
    deadlineAsWritten: string | null;
    responsibleAsWritten: string | null;
    responsible: { nameAz: string; nameEn: string | null; abbreviation: string | null }[];
    agreement: { titleAz: string | null; title: string | null } | null;
  } | null;
}

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
  /** Things due in the mail's counts (0: nothing is sent). */
  items: number;
}

export interface DigestRecipientView {
  name: string;
  role: StaffRole;
  lang: Language;
}

const regionNames = new Map<Language, Intl.DisplayNames>();

/** The country in the reader's language as the hub names it; CLDR's (Node's ICU) name of the code for one the hub does not know. */
function countryName(request: NonNullable<DigestItem["mlaRequest"]>, lang: Language): string {
  const country = request.counterpartCountry;
  if (lang === "az" && country) return country.nameAz;
  if (lang === "en" && country) return country.nameEn;
  if (lang === "ru" && country) return country.nameRu;
  const names = regionNames.get(lang) ?? new Intl.DisplayNames([lang], { type: "region" });
  regionNames.set(lang, names);
  return names.of(request.counterpartCountryCode) ?? request.counterpartCountryCode;
}

function when(item: DigestItem, lang: Language): string {
  const words = labelsFor(lang).digest;
  if (item.daysLeft < 0) return `${words.due} ${item.dueOn}, ${words.overdueBy(-item.daysLeft)}`;
  return `${words.due} ${item.dueOn}, ${item.daysLeft === 0 ? words.dueToday : words.dueIn(item.daysLeft)}`;
}

function requestLine(item: DigestItem, lang: Language): string {
  const labels = labelsFor(lang);
  const request = item.mlaRequest!;
  const priority = item.priority && item.priority !== "NORMAL" ? ` · ${labels.priorities[item.priority]}` : "";
  return `${request.reference} · ${labels.directions[request.direction]} · ${countryName(request, lang)} · ${labels.mlaStatuses[request.status]} · ${when(item, lang)}${priority}`;
}

/** Long source texts are cut: a mail line names the obligation, the hub holds the rest. */
const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function obligationLine(item: DigestItem, lang: Language): string {
  const labels = labelsFor(lang);
  const obligation = item.obligation;
  if (!obligation) return when(item, lang);
  // The sources give obligations and most titles in Azerbaijani only: shown as they are, marked [az].
  const az = lang === "az" ? "" : ` ${labels.fallbackMarker("az")}`;
  const title = obligation.agreement?.title ?? obligation.agreement?.titleAz;
  const agreement = title ? ` (${clip(title, 120)}${obligation.agreement?.title ? "" : az})` : "";
  const bodies = obligation.responsible.map((body) => (lang !== "az" && body.nameEn) || body.abbreviation || body.nameAz);
  const responsible = bodies.length ? bodies.join(", ") : obligation.responsibleAsWritten;
  return `${clip(obligation.title)}${az}${agreement} · ${when(item, lang)}${responsible ? ` · ${labels.digest.responsible}: ${clip(responsible, 160)}` : ""}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The mail for one recipient from what the supergraph answered for their role; nothing to send when nothing is due. */
export function digestMail(data: DigestData, recipient: DigestRecipientView, withinDays: number): DigestMail {
  const { lang } = recipient;
  const labels = labelsFor(lang);
  const { deadlines } = data;
  const items = deadlines.items.edges.map((edge) => edge.node);
  const counts = deadlines.counts;
  const obligations = counts.measures + counts.reportingDuties;
  // Each heading counts all of its kind; only the first DIGEST_ITEMS items are listed.
  const sections: { title: string; lines: string[] }[] = [
    { title: `${labels.digest.overdueRequests} (${counts.mlaRequestsOverdue})`, lines: items.filter((i) => i.kind === "MLA_REQUEST" && i.overdue).map((i) => requestLine(i, lang)) },
    { title: `${labels.digest.dueSoonRequests(withinDays)} (${counts.mlaRequestsDueSoon})`, lines: items.filter((i) => i.kind === "MLA_REQUEST" && !i.overdue).map((i) => requestLine(i, lang)) },
    { title: `${labels.digest.obligations(withinDays)} (${obligations})`, lines: items.filter((i) => i.kind !== "MLA_REQUEST").map((i) => obligationLine(i, lang)) },
  ].filter((section) => section.lines.length > 0);
  const heading = labels.digest.heading(deadlines.asOf, withinDays);
  const hidden = deadlines.items.totalCount - items.length;
  const footer = labels.digest.footer(labels.roles[recipient.role]);
  const more = hidden > 0 ? labels.digest.more(hidden) : undefined;
  const text = [
    heading,
    "",
    labels.digest.greeting(recipient.name),
    ...sections.flatMap((section) => ["", section.title, ...section.lines.map((line) => `- ${line}`)]),
    ...(more ? ["", more] : []),
    "",
    "--",
    footer,
    "",
  ].join("\n");
  const html = [
    `<!doctype html><html lang="${lang}"><body>`,
    `<h1>${escapeHtml(heading)}</h1>`,
    `<p>${escapeHtml(labels.digest.greeting(recipient.name))}</p>`,
    ...sections.map((section) => `<h2>${escapeHtml(section.title)}</h2><ul>${section.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`),
    ...(more ? [`<p>${escapeHtml(more)}</p>`] : []),
    `<hr><p><small>${escapeHtml(footer)}</small></p>`,
    `</body></html>`,
  ].join("\n");
  return {
    subject: labels.digest.subject({ overdue: counts.mlaRequestsOverdue, dueSoon: counts.mlaRequestsDueSoon, obligations }, deadlines.asOf),
    text,
    html,
    items: counts.total,
  };
}
