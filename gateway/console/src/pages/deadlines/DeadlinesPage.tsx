import { useState, type FormEvent } from "react";
import { useDemoData } from "../../app/demo-data";
import { useSession } from "../../app/session";
import { Page } from "../../app/page";
import { href, navigate, type Route } from "../../app/router";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { DateField, EnumSelect, NumberField, SelectField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { ConnectionPager, useCursorPages } from "../../components/Pager";
import { AgreementLink, CountryName, EnumValue, LocalizedText, SyntheticTag } from "../../components/text";
import { graphql } from "../../generated";
import type { DeadlineKind, DeadlinesQuery } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { azerbaijaniTexts } from "../../i18n/localized";
import { LegalActLink } from "../legal-acts/LegalActLink";
import { ObligationTranslationForm } from "./ObligationTranslationForm";

const DeadlinesDocument = graphql(`
  query Deadlines($withinDays: Int!, $asOf: LocalDate, $includeSynthetic: Boolean!, $first: Int, $after: String, $kinds: [DeadlineKind!], $overdue: Boolean) {
    deadlines(withinDays: $withinDays, asOf: $asOf, includeSynthetic: $includeSynthetic) {
      asOf
      until
      counts {
        total
        mlaRequestsOverdue
        mlaRequestsDueSoon
        measures
        reportingDuties
      }
      items(first: $first, after: $after, kinds: $kinds, overdue: $overdue) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            dueOn
            daysLeft
            overdue
            priority
            mlaRequest {
              id
              reference
              direction
              status
              synthetic
              counterpartCountry {
                ...CountryName
              }
            }
            obligation {
              id
              title
              unofficialTitles {
                lang
                text
              }
              measure {
                id
              }
              reportingDuty {
                id
              }
              deadlineAsWritten
              dueDateStated
              responsibleAsWritten
              agreement {
                ...AgreementLabel
              }
              legalAct {
                ...LegalActLabel
              }
            }
          }
        }
      }
    }
  }
`);

type Item = DeadlinesQuery["deadlines"]["items"]["edges"][number]["node"];

/** The API's window: 0-366 days ahead (default 30). */
const MAX_DAYS = 366;

/** The filter as the address keeps it: #/deadlines?within=30&kind=MEASURE&overdue=true&asOf=2026-01-01. */
function filterOf(params: URLSearchParams) {
  const within = Number(params.get("within") ?? "30");
  const kind = params.get("kind");
  const overdue = params.get("overdue");
  const asOf = params.get("asOf");
  return {
    withinDays: Number.isInteger(within) && within >= 0 && within <= MAX_DAYS ? within : 30,
    kinds: kind && (enumValues("DeadlineKind") as string[]).includes(kind) ? [kind as DeadlineKind] : null,
    overdue: overdue === "true" ? true : overdue === "false" ? false : null,
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
  };
}

/**
 * Everything due (the `deadlines` query, issue 16): open MLA requests overdue or due soon, measures and
 * reporting duties due in the window, most urgent first. The API keeps that one order (its keyset cursor
 * pages by it), so the columns have no sort buttons; the filters narrow the list instead.
 */
export function DeadlinesPage({ route }: { route: Route }) {
  const i18n = useI18n();
  const { t } = i18n;
  const demo = useDemoData();
  const filter = filterOf(route.params);
  const [within, setWithin] = useState(String(filter.withinDays));
  const [kind, setKind] = useState<string>(filter.kinds?.[0] ?? "");
  const [overdue, setOverdue] = useState(filter.overdue === null ? "" : String(filter.overdue));
  const [asOf, setAsOf] = useState(filter.asOf ?? "");
  const [withinError, setWithinError] = useState<string>();
  const pages = useCursorPages(JSON.stringify({ filter, synthetic: demo.included }), 25);
  const session = useSession();
  const { data, error, loading, reload } = useQuery(DeadlinesDocument, { ...filter, includeSynthetic: demo.included, first: pages.first, after: pages.after });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const days = Number(within);
    if (!/^\d+$/.test(within.trim()) || days > MAX_DAYS) return setWithinError(t("deadlines.withinError", { max: MAX_DAYS }));
    setWithinError(undefined);
    navigate(href("deadlines", { within: days, kind, overdue, asOf }));
  };
  const deadlines = data?.deadlines;
  const items = deadlines?.items;
  return (
    <Page title={t("nav.deadlines")}>
      <form className="filters" onSubmit={submit} role="search" aria-label={t("filters")}>
        <NumberField id="deadlines-within" label={t("deadlines.within")} value={within} onChange={setWithin} min={0} step={1} error={withinError} />
        <EnumSelect id="deadlines-kind" label={t("deadlines.kind")} enumName="DeadlineKind" values={enumValues("DeadlineKind")} value={kind} onChange={setKind} empty={t("any")} />
        <SelectField
          id="deadlines-overdue"
          label={t("deadlines.overdue")}
          value={overdue}
          onChange={setOverdue}
          options={[
            { value: "", label: t("deadlines.overdueAll") },
            { value: "true", label: t("deadlines.overdueOnly") },
            { value: "false", label: t("deadlines.notYetDue") },
          ]}
        />
        <DateField id="deadlines-asOf" label={t("deadlines.asOf")} value={asOf} onChange={setAsOf} hint={t("deadlines.asOfHint")} />
        <div className="filter-actions">
          <button className="primary" type="submit" id="deadlines-filter">
            {t("search")}
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {!deadlines || !items ? (
        loading ? <Loading /> : null
      ) : (
        // What the list answers, for whoever waits for it (a test, an assistive technology): busy until the
        // API has answered these filters, this page and this demo-data choice.
        <div
          id="deadline-list"
          aria-busy={loading}
          data-kind={filter.kinds?.[0] ?? ""}
          data-overdue={filter.overdue ?? ""}
          data-first={pages.first}
          data-offset={pages.offset}
          data-synthetic={demo.included}
        >
          <dl className="card figures deadline-counts" id="deadline-counts" data-as-of={deadlines.asOf} data-until={deadlines.until}>
            <div>
              <dt>{t("deadlines.window")}</dt>
              <dd>{t("deadlines.windowRange", { from: deadlines.asOf, to: deadlines.until })}</dd>
            </div>
            {(
              [
                ["total", "deadlines.total", deadlines.counts.total],
                ["overdue", "deadlines.requestsOverdue", deadlines.counts.mlaRequestsOverdue],
                ["soon", "deadlines.requestsDueSoon", deadlines.counts.mlaRequestsDueSoon],
                ["measures", "deadlines.measures", deadlines.counts.measures],
                ["duties", "deadlines.reportingDuties", deadlines.counts.reportingDuties],
              ] as const
            ).map(([key, label, count]) => (
              <div key={key}>
                <dt>{t(label)}</dt>
                <dd data-count={key}>{i18n.number(count)}</dd>
              </div>
            ))}
          </dl>
          <p className="muted" id="deadlines-order">
            {t("deadlines.order")}
          </p>
          <DataTable<Item>
            id="deadlines"
            label={t("nav.deadlines")}
            rows={items.edges.map((edge) => edge.node)}
            rowKey={(row) => row.id}
            empty={t("deadlines.none")}
            footer={<ConnectionPager label={t("nav.deadlines")} pages={pages} total={items.totalCount} count={items.edges.length} hasNextPage={items.pageInfo.hasNextPage} endCursor={items.pageInfo.endCursor} />}
            columns={[
              { key: "due", header: t("col.due"), nowrap: true, cell: (row) => row.dueOn },
              {
                key: "left",
                header: t("deadlines.daysLeft"),
                numeric: true,
                cell: (row) => (
                  <span data-days-left={row.daysLeft}>
                    {row.overdue ? (
                      <span className="tag overdue" title={t("mla.overdueHint")}>
                        {t("deadlines.overdueBy", { days: i18n.number(-row.daysLeft) })}
                      </span>
                    ) : (
                      i18n.number(row.daysLeft)
                    )}
                  </span>
                ),
              },
              { key: "kind", header: t("deadlines.kind"), cell: (row) => <EnumValue name="DeadlineKind" value={row.kind} /> },
              { key: "what", header: t("deadlines.what"), cell: (row) => <ItemLink item={row} /> },
              {
                key: "who",
                header: t("deadlines.who"),
                cell: (row) => (row.mlaRequest ? <CountryName country={row.mlaRequest.counterpartCountry} /> : row.obligation?.responsibleAsWritten ?? "—"),
              },
              { key: "priority", header: t("field.priority"), cell: (row) => (row.priority ? <EnumValue name="Priority" value={row.priority} /> : "—") },
            ]}
          />
        </div>
      )}
      {session.canWrite && items ? (
        <ObligationTranslationForm obligations={items.edges.flatMap((edge) => (edge.node.obligation ? [edge.node.obligation] : []))} onSaved={() => void reload()} />
      ) : null}
    </Page>
  );
}

/** Each row links to its record: a request's page, or the agreement (with its measures) or legal act an obligation belongs to. */
function ItemLink({ item }: { item: Item }) {
  const { t } = useI18n();
  const request = item.mlaRequest;
  if (request)
    return (
      <>
        <a href={href(["mla", request.id])} className="deadline-record" data-kind={item.kind}>
          {request.reference}
        </a>{" "}
        · <EnumValue name="Direction" value={request.direction} /> · <EnumValue name="MlaStatus" value={request.status} /> <SyntheticTag synthetic={request.synthetic} />
      </>
    );
  const obligation = item.obligation;
  if (!obligation) return <>{item.id}</>;
  return (
    <>
      <LocalizedText texts={azerbaijaniTexts(obligation.title, obligation.unofficialTitles)} />
      {obligation.agreement ? (
        <>
          {" · "}
          <AgreementLink agreement={obligation.agreement} />
        </>
      ) : null}
      {obligation.legalAct ? (
        <>
          {" · "}
          <LegalActLink act={obligation.legalAct} />
        </>
      ) : null}
      {obligation.deadlineAsWritten ? (
        <span className="muted" title={obligation.dueDateStated ? undefined : t("deadlines.dueDateReadHint")}>
          {" "}
          ({obligation.deadlineAsWritten})
        </span>
      ) : null}
    </>
  );
}
