import { useState } from "react";
import { Page } from "../../app/page";
import { href } from "../../app/router";
import { useSession } from "../../app/session";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { ErrorMessage, Loading, Notice, NotFound } from "../../components/messages";
import { EnumValue, SyntheticTag } from "../../components/text";
import { graphql } from "../../generated";
import type { CaseQuery } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";
import { RequestsTable } from "../mla/RequestsTable";
import { AttachRequestForm, useDetach } from "./CaseRequestsForm";
import { OutcomeForm } from "./OutcomeForm";

const CaseQueryDocument = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      id
      reference
      articles
      openedOn
      summary
      victimDetails
      internalNotes
      synthetic
      version
      requests {
        ...MlaRequestRow
        version
      }
      outcomes {
        id
        kind
        quantity
        recordedOn
        note
        synthetic
        contributingRequests {
          id
          reference
        }
      }
    }
  }
`);

type Outcome = NonNullable<CaseQuery["case"]>["outcomes"][number];

/** A national case: its requests, the results recorded on it, and (officers) a form to record one. */
export function CasePage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const { data, error, reload } = useQuery(CaseQueryDocument, { id });
  const [saved, setSaved] = useState(0);
  const [changed, setChanged] = useState<string | null>(null);
  const detach = useDetach((reference) => {
    setChanged(t("cases.detached", { reference }));
    void reload();
  });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const c = data.case;
  if (!c) return <NotFound what={id} />;
  const confidential: [string, string | null | undefined][] = [
    [t("case.summary"), c.summary],
    [t("case.victimDetails"), c.victimDetails],
    [t("case.internalNotes"), c.internalNotes],
  ];
  return (
    <Page
      title={c.reference}
      heading={
        <>
          {t("mla.case")} {c.reference} <SyntheticTag synthetic={c.synthetic} />
        </>
      }
      actions={
        session.canWrite ? (
          <a className="button primary" href={href(["mla", "new"], { case: c.id })} id="new-request-for-case">
            {t("cases.newRequest")}
          </a>
        ) : null
      }
    >
      <dl className="card details" id="case-details">
        <div>
          <dt>{t("case.articles")}</dt>
          <dd>{c.articles.join(", ")}</dd>
        </div>
        <div>
          <dt>{t("col.openedOn")}</dt>
          <dd>{c.openedOn ?? "—"}</dd>
        </div>
        {confidential
          .filter(([, value]) => value !== null && value !== undefined)
          .map(([label, value]) => (
            <div key={label} className="confidential">
              <dt>{label}</dt>
              <dd>{value || "—"}</dd>
            </div>
          ))}
      </dl>
      <h2>{t("case.requests")}</h2>
      <RequestsTable
        id="case-requests"
        label={t("case.requests")}
        rows={c.requests}
        actions={
          session.canWrite
            ? {
                key: "detach",
                header: t("col.action"),
                cell: (row) => {
                  const request = c.requests.find((r) => r.id === row.id);
                  return request ? (
                    <button type="button" className="detach" data-reference={request.reference} disabled={detach.running} aria-label={`${t("cases.detach")}: ${request.reference}`} onClick={() => void detach.run(request)}>
                      {t("cases.detach")}
                    </button>
                  ) : null;
                },
              }
            : undefined
        }
      />
      {detach.error}
      {changed ? <Notice id="case-requests-changed">{changed}</Notice> : null}
      {session.canWrite ? (
        <AttachRequestForm
          caseId={c.id}
          onAttached={(reference) => {
            setChanged(t("cases.attached", { reference }));
            void reload();
          }}
        />
      ) : null}
      <h2>{t("case.outcomes")}</h2>
      <DataTable<Outcome>
        id="outcomes"
        label={t("case.outcomes")}
        rows={c.outcomes}
        rowKey={(row) => row.id}
        columns={[
          { key: "kind", header: t("col.outcome"), cell: (row) => <EnumValue name="OutcomeKind" value={row.kind} />, sortValue: (row) => i18n.e("OutcomeKind", row.kind).label },
          { key: "quantity", header: t("col.quantity"), numeric: true, cell: (row) => i18n.number(row.quantity), sortValue: (row) => row.quantity },
          { key: "on", header: t("col.recordedOn"), nowrap: true, cell: (row) => row.recordedOn, sortValue: (row) => row.recordedOn },
          {
            key: "requests",
            header: t("col.contributingRequests"),
            cell: (row) =>
              row.contributingRequests.map((r, index) => (
                <span key={r.id}>
                  {index ? ", " : ""}
                  <a href={href(["mla", r.id])}>{r.reference}</a>
                </span>
              )),
          },
          { key: "note", header: t("col.note"), cell: (row) => row.note ?? "—" },
        ]}
      />
      {saved ? <Notice id="saved">{t("saved")}</Notice> : null}
      {session.canWrite ? (
        <OutcomeForm
          key={saved}
          caseId={c.id}
          requests={c.requests}
          onSaved={() => {
            setSaved((n) => n + 1);
            void reload();
          }}
        />
      ) : null}
    </Page>
  );
}
