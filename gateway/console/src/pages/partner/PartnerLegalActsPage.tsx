import { useState, type FormEvent } from "react";
import { Page } from "../../app/page";
import { href, navigate, type Route } from "../../app/router";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { EnumSelect, TextField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { ConnectionPager, useCursorPages } from "../../components/Pager";
import { AgreementLink, EnumValue, LocalizedText } from "../../components/text";
import type { LegalActKind } from "../../generated/partner/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import type { LabelKey } from "../../i18n/types";
import { periodOf } from "../legal-acts/period";
import { LegalActsDocument, type LegalActsQuery } from "./partner-operations";

type Act = LegalActsQuery["legalActs"]["edges"][number]["node"];
type Related = Act["amends"][number];

/**
 * The national framework for a partner key (registered LegalActs): searched, by kind, paged by the API's
 * cursors; each act with its relations and measures. The registered document has no single-act query,
 * so a related act is found by its number (or title) in this same list.
 */
export function PartnerLegalActsPage({ route }: { route: Route }) {
  const { t } = useI18n();
  const applied = { q: route.params.get("q") ?? "", kind: route.params.get("kind") ?? "" };
  const [text, setText] = useState(applied.q);
  const [kind, setKind] = useState(applied.kind);
  const filter = {
    ...(applied.q.trim() ? { text: applied.q.trim() } : {}),
    ...(applied.kind && (enumValues("LegalActKind") as string[]).includes(applied.kind) ? { kind: applied.kind as LegalActKind } : {}),
  };
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, error, loading } = useQuery(LegalActsDocument, { filter, first: pages.first, after: pages.after });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href("legal-acts", { q: text.trim(), kind }));
  };
  const connection = data?.legalActs;
  return (
    <Page title={t("legalActs.nav")} id="partner-legal-acts">
      <p className="muted">{t("legalActs.partner.intro")}</p>
      <form className="filters" onSubmit={submit} role="search" aria-label={t("filters")}>
        <TextField id="legal-act-search" type="search" label={t("search")} value={text} onChange={setText} placeholder={t("legalActs.searchPlaceholder")} hint={t("legalActs.searchHint")} />
        <EnumSelect id="legal-act-kind" label={t("col.kind")} enumName="LegalActKind" values={enumValues("LegalActKind")} value={kind} onChange={setKind} empty={t("any")} />
        <div className="filter-actions">
          <button className="primary" type="submit" id="legal-act-filter">
            {t("search")}
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {!connection ? (
        loading ? <Loading /> : null
      ) : (
        <div id="legal-act-list" aria-busy={loading} data-q={filter.text ?? ""} data-kind={filter.kind ?? ""} data-offset={pages.offset}>
          {connection.edges.length ? connection.edges.map((edge) => <ActCard key={edge.node.id} act={edge.node} />) : <p className="muted empty">{t("legalActs.none")}</p>}
          <ConnectionPager label={t("legalActs.nav")} pages={pages} total={connection.totalCount} count={connection.edges.length} hasNextPage={connection.pageInfo.hasNextPage} endCursor={connection.pageInfo.endCursor} />
        </div>
      )}
    </Page>
  );
}

function ActCard({ act }: { act: Act }) {
  const { t } = useI18n();
  const relations: [string, LabelKey | null, Act["amends"]][] = [
    ["AMENDS", null, act.amends],
    ["amendedBy", "legalActs.amendedBy", act.amendedBy],
    ["IMPLEMENTS", null, act.implements],
    ["implementedBy", "legalActs.implementedBy", act.implementedBy],
  ];
  const dates: [string, LabelKey, string | null | undefined][] = [
    ["adopted", "legalActs.adoptedOn", act.adoptedOn],
    ["in-force", "legalActs.inForceOn", act.inForceOn],
    ["period", "legalActs.period", periodOf(act)],
  ];
  return (
    <article className="card partner-legal-act" data-act={act.id}>
      <h2>
        {act.number ? `${act.number} · ` : null}
        <LocalizedText texts={{ az: act.title }} empty={act.id} />
      </h2>
      <dl className="details">
        <div>
          <dt>{t("col.kind")}</dt>
          <dd data-field="kind">
            <EnumValue name="LegalActKind" value={act.kind} /> <span className="muted">({t("legalActs.kindAsWritten", { kind: act.kindAsWritten })})</span>
          </dd>
        </div>
        {dates
          .filter(([, , value]) => value)
          .map(([key, label, value]) => (
            <div key={key}>
              <dt>{t(label)}</dt>
              <dd data-field={key}>{value}</dd>
            </div>
          ))}
        {act.approvesAgreement ? (
          <div className="wide">
            <dt>{t("legalActs.approvesAgreement")}</dt>
            <dd>
              <AgreementLink agreement={{ id: act.approvesAgreement.id, titleAz: act.approvesAgreement.title, titleEn: act.approvesAgreement.titleEn }} />
            </dd>
          </div>
        ) : null}
        {relations.some(([, , acts]) => acts.length) ? (
          <div className="wide">
            <dt>{t("legalActs.relations")}</dt>
            <dd>
              <ul className="plain partner-legal-act-relations">
                {relations.flatMap(([kind, label, acts]) =>
                  acts.map((other) => (
                    <li key={`${kind}-${other.id}`} data-relation={kind} data-other={other.id}>
                      {label ? t(label) : <EnumValue name="LegalActRelationKind" value={kind as "AMENDS" | "IMPLEMENTS"} />}: <RelatedLink act={other} />
                    </li>
                  )),
                )}
              </ul>
            </dd>
          </div>
        ) : null}
        <div className="wide">
          <dt>{t("field.source")}</dt>
          <dd className="muted">{act.source}</dd>
        </div>
      </dl>
      {act.measures.length ? (
        <details>
          <summary>
            {t("legalActs.measures")} ({act.measures.length})
          </summary>
          <DataTable<Act["measures"][number]>
            id={`measures-${act.id}`}
            label={`${t("legalActs.measures")}: ${act.number ?? act.title ?? act.id}`}
            rows={act.measures}
            rowKey={(row) => row.id}
            pageSize={25}
            columns={[
              { key: "number", header: t("col.number"), nowrap: true, cell: (row) => row.number ?? "—" },
              { key: "section", header: t("legalActs.section"), cell: (row) => (row.section ? <span lang="az">{row.section}</span> : "—") },
              { key: "text", header: t("col.measure"), cell: (row) => <span lang="az">{row.text}</span> },
              { key: "executors", header: t("col.executors"), cell: (row) => (row.executorsText ? <span lang="az">{row.executorsText}</span> : "—") },
              { key: "deadline", header: t("col.deadline"), cell: (row) => (row.deadlineText ? <span lang="az">{row.deadlineText}</span> : "—") },
            ]}
          />
        </details>
      ) : null}
    </article>
  );
}

/** A related act, found in this list by its number (the registered document asks no single act). */
function RelatedLink({ act }: { act: Related }) {
  return (
    <a href={href("legal-acts", { q: act.number ?? act.title ?? act.id })} className="legal-act-link">
      {act.number ? `${act.number} · ` : null}
      <LocalizedText texts={{ az: act.title }} empty={act.id} />
    </a>
  );
}
