import { useState, type KeyboardEvent } from "react";
import { useDebounced } from "../../api/use-debounced";
import { useQuery } from "../../api/use-query";
import { CountryPicker } from "../../components/CountryPicker";
import { EnumSelect, TextField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { useAgreementLabel } from "../../components/text";
import { graphql } from "../../generated";
import type { EvidenceInput, EvidenceKind } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";

const EvidenceAgreements = graphql(`
  query EvidenceAgreements($text: String!) {
    agreements(filter: { text: $text }, first: 10) {
      totalCount
      edges {
        node {
          ...AgreementLabel
        }
      }
    }
  }
`);

// The server finds requests by part of the reference, the case's reference or the authority (filter.text).
const EvidenceRequests = graphql(`
  query EvidenceRequests($filter: MlaRequestFilter) {
    mlaRequests(filter: $filter, first: 15) {
      totalCount
      edges {
        node {
          id
          reference
          direction
          synthetic
          counterpartCountry {
            ...CountryName
          }
        }
      }
    }
  }
`);

const EvidenceMeasures = graphql(`
  query EvidenceMeasures($agreementId: ID!) {
    agreement(id: $agreementId) {
      id
      measures {
        id
        number
        text
        items {
          id
          number
          text
        }
      }
    }
  }
`);

/** A piece of evidence as the form holds it: what the API takes, and how to show it. */
export interface EvidenceItem {
  input: EvidenceInput;
  label: string;
}

/** Evidence named by search (agreement, request, measure) or by title (document), never by typing an id. */
export function EvidencePicker({ onAdd }: { onAdd(item: EvidenceItem): void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<EvidenceKind>("AGREEMENT");
  return (
    <div className="evidence-picker wide" id="evidence-picker">
      <EnumSelect id="evidence-kind" label={t("evidence.kind")} enumName="EvidenceKind" values={enumValues("EvidenceKind")} value={kind} onChange={(value) => setKind(value as EvidenceKind)} />
      {kind === "AGREEMENT" ? <AgreementSearch onPick={(id, label) => onAdd({ input: { kind: "AGREEMENT", agreementId: id }, label })} /> : null}
      {kind === "MLA_REQUEST" ? <RequestSearch onAdd={onAdd} /> : null}
      {kind === "MEASURE" ? <MeasureSearch onAdd={onAdd} /> : null}
      {kind === "DOCUMENT" ? <DocumentEntry onAdd={onAdd} /> : null}
    </div>
  );
}

/** Enter in a search box searches; it must not submit the status form around it. */
const onEnter = (action: () => void) => (event: KeyboardEvent) => {
  if (event.key === "Enter") {
    event.preventDefault();
    action();
  }
};

function AgreementSearch({ onPick, idPrefix = "evidence-agreement" }: { onPick(id: string, label: string): void; idPrefix?: string }) {
  const { t } = useI18n();
  const agreementLabel = useAgreementLabel();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const { data, loading } = useQuery(EvidenceAgreements, { text: query }, { skip: !query });
  const search = () => setQuery(text.trim());
  return (
    <div className="search-box" onKeyDown={onEnter(search)}>
      <TextField id={`${idPrefix}-search`} type="search" label={t("evidence.searchAgreement")} value={text} onChange={setText} placeholder={t("agreements.searchPlaceholder")} />
      <button type="button" onClick={search} id={`${idPrefix}-search-button`}>
        {t("search")}
      </button>
      {loading ? <Loading /> : null}
      {query && data ? (
        <ul className="picks" aria-label={t("evidence.results")}>
          {data.agreements.edges.map(({ node }) => (
            <li key={node.id}>
              <button type="button" className="pick" data-id={node.id} onClick={() => onPick(node.id, agreementLabel(node))}>
                {t("evidence.choose")}
              </button>{" "}
              {agreementLabel(node)}
            </li>
          ))}
          {data.agreements.edges.length ? null : <li className="muted">{t("noRows")}</li>}
        </ul>
      ) : null}
    </div>
  );
}

function RequestSearch({ onAdd }: { onAdd(item: EvidenceItem): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [country, setCountry] = useState<string | null>(null);
  const [text, setText] = useState("");
  // What is typed shows at once; the server is asked once the typing pauses.
  const searched = useDebounced(text.trim());
  const filter = { ...(country ? { counterpartCountry: country } : {}), ...(searched ? { text: searched } : {}) };
  const { data, error, loading } = useQuery(EvidenceRequests, { filter });
  const requests = data?.mlaRequests.edges.map((edge) => edge.node) ?? [];
  const total = data?.mlaRequests.totalCount ?? 0;
  return (
    <div className="search-box" onKeyDown={(event) => event.target instanceof HTMLInputElement && onEnter(() => undefined)(event)}>
      <CountryPicker id="evidence-request-country" label={t("col.country")} value={country} onChange={setCountry} />
      <TextField id="evidence-request-text" type="search" label={t("evidence.searchRequest")} value={text} onChange={setText} hint={t("evidence.requestHint")} />
      {loading ? <Loading /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      <ul className="picks" aria-label={t("evidence.results")} id="evidence-request-results" data-answered={loading ? undefined : searched} aria-busy={loading}>
        {requests.map((r) => (
          <li key={r.id}>
            <button type="button" className="pick" data-id={r.id} onClick={() => onAdd({ input: { kind: "MLA_REQUEST", mlaRequestId: r.id }, label: r.reference })}>
              {t("evidence.choose")}
            </button>{" "}
            {r.reference} · {i18n.countryName(r.counterpartCountry)} · {i18n.e("Direction", r.direction).label}
            {r.synthetic ? ` · ${t("synthetic")}` : ""}
          </li>
        ))}
        {data && !requests.length ? <li className="muted">{t("noRows")}</li> : null}
        {total > requests.length ? <li className="muted">{t("evidence.moreRequests", { shown: requests.length, total })}</li> : null}
      </ul>
    </div>
  );
}

function MeasureSearch({ onAdd }: { onAdd(item: EvidenceItem): void }) {
  const { t } = useI18n();
  const [agreement, setAgreement] = useState<{ id: string; label: string } | null>(null);
  const { data } = useQuery(EvidenceMeasures, { agreementId: agreement?.id ?? "" }, { skip: !agreement });
  if (!agreement) return <AgreementSearch idPrefix="evidence-measure-agreement" onPick={(id, label) => setAgreement({ id, label })} />;
  const measures = (data?.agreement?.measures ?? []).flatMap((m) => [m, ...m.items]);
  return (
    <div className="search-box">
      <p>
        {agreement.label}{" "}
        <button type="button" onClick={() => setAgreement(null)}>
          {t("evidence.otherAgreement")}
        </button>
      </p>
      <ul className="picks measures" aria-label={t("evidence.results")}>
        {measures.map((m) => (
          <li key={m.id}>
            <button type="button" className="pick" data-id={m.id} onClick={() => onAdd({ input: { kind: "MEASURE", measureId: m.id }, label: `${agreement.label} · ${m.number ?? ""} ${m.text.slice(0, 80)}` })}>
              {t("evidence.choose")}
            </button>{" "}
            <span lang="az">
              {m.number} {m.text}
            </span>
          </li>
        ))}
        {data && !measures.length ? <li className="muted">{t("noRows")}</li> : null}
      </ul>
    </div>
  );
}

function DocumentEntry({ onAdd }: { onAdd(item: EvidenceItem): void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [errors, setErrors] = useState<{ title?: string; url?: string }>({});
  const add = () => {
    if (!title.trim()) return setErrors({ title: t("reason.required") });
    if (url.trim() && !/^https?:\/\/\S+$/.test(url.trim())) return setErrors({ url: t("reason.url") });
    onAdd({ input: { kind: "DOCUMENT", documentTitle: title.trim(), documentUrl: url.trim() || null }, label: title.trim() });
    setTitle("");
    setUrl("");
    setErrors({});
  };
  return (
    <div className="search-box" onKeyDown={onEnter(add)}>
      <TextField id="evidence-document-title" label={t("evidence.documentTitle")} value={title} onChange={setTitle} error={errors.title} />
      <TextField id="evidence-document-url" type="url" label={t("evidence.documentUrl")} value={url} onChange={setUrl} error={errors.url} />
      <button type="button" onClick={add} id="evidence-document-add">
        {t("evidence.add")}
      </button>
    </div>
  );
}
