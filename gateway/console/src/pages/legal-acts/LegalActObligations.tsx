import { useState, type FormEvent } from "react";
import { href, navigate, type Route } from "../../app/router";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { DateField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { EnumValue } from "../../components/text";
import { graphql } from "../../generated";
import type { LegalActObligationsQuery } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";

const LegalActObligationsDocument = graphql(`
  query LegalActObligations($filter: ObligationFilter!) {
    obligations(filter: $filter) {
      id
      kind
      title
      dueOn
      dueDateStated
      deadlineAsWritten
      recurrence
      reportedPeriod
      responsibleAsWritten
    }
  }
`);

type Row = LegalActObligationsQuery["obligations"][number];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An act's obligations (obligations(filter: { legalActId })), each with its next due date in the period the
 * address names (?from=&to=); without one, the API's default: a year from today.
 */
export function LegalActObligations({ id, route }: { id: string; route: Route }) {
  const { t } = useI18n();
  const applied = { from: route.params.get("from") ?? "", to: route.params.get("to") ?? "" };
  const [from, setFrom] = useState(applied.from);
  const [to, setTo] = useState(applied.to);
  const filter = { legalActId: id, ...(DAY.test(applied.from) ? { dueFrom: applied.from } : {}), ...(DAY.test(applied.to) ? { dueTo: applied.to } : {}) };
  const { data, error, loading } = useQuery(LegalActObligationsDocument, { filter });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href(["legal-acts", id], { from, to }));
  };
  return (
    <>
      <p className="muted">{t("legalActs.obligationsHint")}</p>
      <form className="filters" onSubmit={submit} aria-label={t("legalActs.obligations")}>
        <DateField id="obligations-from" label={t("legalActs.dueFrom")} value={from} onChange={setFrom} />
        <DateField id="obligations-to" label={t("legalActs.dueTo")} value={to} onChange={setTo} />
        <div className="filter-actions">
          <button type="submit" id="obligations-filter">
            {t("search")}
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {!data ? (
        loading ? <Loading /> : null
      ) : (
        <div id="legal-act-obligation-list" aria-busy={loading} data-from={filter.dueFrom ?? ""} data-to={filter.dueTo ?? ""}>
          <DataTable<Row>
            id="legal-act-obligations"
            label={t("legalActs.obligations")}
            rows={data.obligations}
            rowKey={(row) => `${row.id}@${row.dueOn}`}
            empty={t("legalActs.obligationsNone")}
            columns={[
              {
                key: "due",
                header: t("col.due"),
                nowrap: true,
                cell: (row) => <span title={row.dueDateStated ? undefined : t("legalActs.dueDateRead")}>{row.dueOn}</span>,
                sortValue: (row) => row.dueOn,
              },
              { key: "kind", header: t("col.kind"), cell: (row) => <EnumValue name="DeadlineKind" value={row.kind} /> },
              { key: "title", header: t("legalActs.obligation"), cell: (row) => <span lang="az">{row.title}</span> },
              { key: "deadline", header: t("col.deadline"), cell: (row) => (row.deadlineAsWritten ? <span lang="az">{row.deadlineAsWritten}</span> : "—") },
              { key: "recurrence", header: t("field.recurrence"), cell: (row) => <EnumValue name="Recurrence" value={row.recurrence} /> },
              { key: "period", header: t("legalActs.reportedPeriod"), numeric: true, cell: (row) => row.reportedPeriod ?? "—" },
              { key: "who", header: t("legalActs.responsible"), cell: (row) => (row.responsibleAsWritten ? <span lang="az">{row.responsibleAsWritten}</span> : "—") },
            ]}
          />
        </div>
      )}
    </>
  );
}
