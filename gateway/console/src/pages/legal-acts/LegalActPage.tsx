import { Page } from "../../app/page";
import type { Route } from "../../app/router";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { ErrorMessage, Loading, NotFound } from "../../components/messages";
import { AgreementLink, EnumValue, LocalizedText } from "../../components/text";
import { graphql } from "../../generated";
import type { LegalActKind, LegalActPageQuery, LegalActRelationKind } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";
import { LegalActLink, legalActTexts, type LegalActName } from "./LegalActLink";
import { LegalActObligations } from "./LegalActObligations";
import { periodOf } from "./period";

const LegalActPageDocument = graphql(`
  query LegalActPage($id: ID!) {
    legalAct(id: $id) {
      ...LegalActLabel
      kind
      kindAsWritten
      adoptedOn
      inForceOn
      periodFrom
      periodTo
      summary
      source
      relations {
        kind
        note
        other {
          ...LegalActLabel
        }
      }
      amendedBy {
        ...LegalActLabel
      }
      implementedBy {
        ...LegalActLabel
      }
      approvesAgreement {
        ...AgreementLabel
      }
      measures {
        id
        position
        section
        number
        text
        executorsText
        deadlineText
      }
    }
  }
`);

type Act = NonNullable<LegalActPageQuery["legalAct"]>;
interface Relation {
  key: string;
  kind: LegalActRelationKind;
  outgoing: boolean;
  other: LegalActName;
  note: string | null | undefined;
}

/**
 * One legal act (#/legal-acts/<id>[?from=&to=]): what it is, its dates, the source's words, the acts it is
 * related to either way, the agreement it approves, its measures and its obligations with their due dates.
 */
export function LegalActPage({ id, route }: { id: string; route: Route }) {
  const { t } = useI18n();
  const { data, error, loading } = useQuery(LegalActPageDocument, { id });
  if (error) return <ErrorMessage error={error} />;
  if (loading || !data) return <Loading />;
  const act = data.legalAct;
  if (!act) return <NotFound what={id} />;
  // Relations the act states (with the item concerned), then the acts that amend or implement it.
  const relations: Relation[] = [
    ...act.relations.map((r, i) => ({ key: `out-${i}`, kind: r.kind, outgoing: true, other: r.other, note: r.note })),
    ...act.amendedBy.map((other) => ({ key: `amended-${other.id}`, kind: "AMENDS" as const, outgoing: false, other, note: null })),
    ...act.implementedBy.map((other) => ({ key: `implemented-${other.id}`, kind: "IMPLEMENTS" as const, outgoing: false, other, note: null })),
  ];
  return (
    <Page title={act.number ?? act.titleAz ?? act.id} heading={<LegalActLink act={act} link={false} />} id="legal-act">
      <Details act={act} />
      <h2>{t("legalActs.relations")}</h2>
      <DataTable<Relation>
        id="legal-act-relations"
        label={t("legalActs.relations")}
        rows={relations}
        rowKey={(row) => row.key}
        empty={t("legalActs.relationsNone")}
        columns={[
          { key: "kind", header: t("col.relation"), cell: (row) => <EnumValue name="LegalActRelationKind" value={row.kind} />, sortValue: (row) => row.kind },
          { key: "direction", header: t("col.direction"), cell: (row) => t(row.outgoing ? "legalActs.outgoing" : "legalActs.incoming") },
          { key: "act", header: t("legalActs.act"), cell: (row) => <LegalActLink act={row.other} /> },
          { key: "note", header: t("col.note"), cell: (row) => (row.note ? <span lang="az">{row.note}</span> : "—") },
        ]}
      />
      <h2>{t("legalActs.measures")}</h2>
      <DataTable<Act["measures"][number]>
        id="legal-act-measures"
        label={t("legalActs.measures")}
        rows={act.measures}
        rowKey={(row) => row.id}
        pageSize={25}
        empty={t("legalActs.measuresNone")}
        columns={[
          { key: "number", header: t("col.number"), nowrap: true, cell: (row) => row.number ?? "—", sortValue: (row) => row.position },
          { key: "section", header: t("legalActs.section"), cell: (row) => (row.section ? <span lang="az">{row.section}</span> : "—") },
          { key: "text", header: t("col.measure"), cell: (row) => <span lang="az">{row.text}</span> },
          { key: "executors", header: t("col.executors"), cell: (row) => (row.executorsText ? <span lang="az">{row.executorsText}</span> : "—") },
          { key: "deadline", header: t("col.deadline"), cell: (row) => (row.deadlineText ? <span lang="az">{row.deadlineText}</span> : "—") },
        ]}
      />
      <h2>{t("legalActs.obligations")}</h2>
      <LegalActObligations id={act.id} route={route} />
    </Page>
  );
}

/** Kind (and as the source names it), number, title, dates, period, what it does, the agreement it approves, source. */
function Details({ act }: { act: Act }) {
  const { t } = useI18n();
  const rows: [string, string, string | null | undefined][] = [
    ["number", t("legalActs.number"), act.number],
    ["adopted", t("legalActs.adoptedOn"), act.adoptedOn],
    ["in-force", t("legalActs.inForceOn"), act.inForceOn],
    ["period", t("legalActs.period"), periodOf(act)],
  ];
  return (
    <dl className="card details" id="legal-act-details">
      <div>
        <dt>{t("col.kind")}</dt>
        <dd data-field="kind">
          <EnumValue name="LegalActKind" value={act.kind as LegalActKind} /> <span className="muted">({t("legalActs.kindAsWritten", { kind: act.kindAsWritten })})</span>
        </dd>
      </div>
      {rows
        .filter(([, , value]) => value)
        .map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-field={key}>{value}</dd>
          </div>
        ))}
      <div className="wide">
        <dt>{t("legalActs.title")}</dt>
        <dd data-field="title">
          <LocalizedText texts={legalActTexts(act)} />
        </dd>
      </div>
      {act.summary ? (
        <div className="wide">
          <dt>{t("legalActs.summary")}</dt>
          <dd lang="az">{act.summary}</dd>
        </div>
      ) : null}
      {act.approvesAgreement ? (
        <div className="wide">
          <dt>{t("legalActs.approvesAgreement")}</dt>
          <dd data-field="approves">
            <AgreementLink agreement={act.approvesAgreement} />
          </dd>
        </div>
      ) : null}
      <div className="wide">
        <dt>{t("field.source")}</dt>
        <dd className="muted" data-field="source">
          {act.source}
        </dd>
      </div>
    </dl>
  );
}
