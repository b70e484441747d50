import { useState, type FormEvent } from "react";
import { describeError } from "../../app/errors";
import { useDebounced } from "../../api/use-debounced";
import { useExecute, useMutation, useQuery } from "../../api/use-query";
import { SelectField, TextField } from "../../components/fields";
import { ErrorMessage } from "../../components/messages";
import { graphql } from "../../generated";
import type { RequestsToAttachQuery } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";

// Part of the reference (or the case's, or the authority's name), as filter.text matches it on the server.
const RequestsToAttach = graphql(`
  query RequestsToAttach($text: String!) {
    mlaRequests(filter: { text: $text }, first: 20, orderBy: { field: REFERENCE, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          reference
          direction
          status
          version
          synthetic
          counterpartCountry {
            ...CountryName
          }
          case {
            id
            reference
          }
        }
      }
    }
  }
`);

export const AttachRequestToCase = graphql(`
  mutation AttachRequestToCase($id: ID!, $expectedVersion: Int!, $caseId: ID!) {
    attachRequestToCase(id: $id, expectedVersion: $expectedVersion, input: { caseId: $caseId }) {
      id
      version
    }
  }
`);

export const DetachRequestFromCase = graphql(`
  mutation DetachRequestFromCase($id: ID!, $expectedVersion: Int!) {
    detachRequestFromCase(id: $id, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

type Found = RequestsToAttachQuery["mlaRequests"]["edges"][number]["node"];

/**
 * Officer: make an existing request serve this case. Typing part of its reference lists the matching
 * requests (both directions) in a select, searched on the server once the typing pauses; the one chosen
 * (or the only match, or the one whose reference is the text typed) is attached. Nothing found is said
 * beside the field; a request serving another case must be taken off that case first. Kept in the
 * request's history.
 */
export function AttachRequestForm({ caseId, onAttached }: { caseId: string; onAttached(reference: string): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ask = useExecute();
  const [attach, attaching] = useMutation(AttachRequestToCase);
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState("");
  const [error, setError] = useState<string | undefined>();
  const searched = useDebounced(text.trim());
  const { data, loading } = useQuery(RequestsToAttach, { text: searched }, { skip: !searched });
  const found = searched && data ? data.mlaRequests.edges.map((edge) => edge.node) : [];
  // Several matches: the officer chooses (a text typed in full chooses its request); one match is the choice.
  const selected = found.find((request) => request.id === chosen) ?? (found.length === 1 ? found[0] : found.find((request) => request.reference === searched));
  const describe = (request: Found) =>
    [
      request.reference,
      request.synthetic ? t("synthetic") : null,
      i18n.e("Direction", request.direction).label,
      i18n.e("MlaStatus", request.status).label,
      i18n.countryName(request.counterpartCountry),
      request.case ? (request.case.id === caseId ? t("cases.alreadyHere") : t("cases.servesOther", { case: request.case.reference })) : null,
    ]
      .filter(Boolean)
      .join(" · ");
  const type = (value: string) => {
    setText(value);
    setError(undefined);
  };
  /** The request the form means, or why there is none: the list's choice, or, before the list caught up with the typing, the only match or the one with exactly this reference. */
  const requestMeant = async (typed: string): Promise<Found | string> => {
    if (typed === searched && data && !loading) return found.length ? (selected ?? t("cases.chooseRequest")) : t("cases.noSuchRequest", { text: typed });
    const current = (await ask(RequestsToAttach, { text: typed }))?.mlaRequests.edges.map((edge) => edge.node) ?? [];
    if (!current.length) return t("cases.noSuchRequest", { text: typed });
    return (current.length === 1 ? current[0] : current.find((r) => r.reference === typed)) ?? t("cases.chooseRequest");
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = text.trim();
    if (!typed) return setError(t("reason.required"));
    const request = await requestMeant(typed);
    if (typeof request === "string") return setError(request);
    if (request.case) return setError(describe(request));
    const result = await attach({ id: request.id, expectedVersion: request.version, caseId });
    if (result.error) return setError(describeError(result.error, i18n));
    setError(undefined);
    setText("");
    setChosen("");
    onAttached(request.reference);
  };
  return (
    <section className="card" aria-labelledby="attach-title">
      <h2 id="attach-title">{t("cases.attach")}</h2>
      <form className="search-box" id="attach-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField id="attach-reference" type="search" label={t("col.reference")} value={text} onChange={type} error={error} hint={t("cases.attachHint")} />
        {found.length ? (
          <SelectField
            id="attach-results"
            label={found.length < (data?.mlaRequests.totalCount ?? 0) ? t("cases.matchesSome", { shown: found.length, total: data?.mlaRequests.totalCount ?? 0 }) : t("cases.matches")}
            value={selected?.id ?? ""}
            onChange={setChosen}
            empty={found.length > 1 ? t("cases.chooseOne") : undefined}
            options={found.map((request) => ({ value: request.id, label: describe(request) }))}
          />
        ) : null}
        <button type="submit" id="attach-submit" className="primary" disabled={attaching.running} aria-busy={loading} data-answered={loading ? undefined : searched}>
          {t("cases.attachButton")}
        </button>
      </form>
    </section>
  );
}

/** Officer: take a request off the case; refused while results of the case are credited to it. */
export function useDetach(onDetached: (reference: string) => void) {
  const i18n = useI18n();
  const [detach, state] = useMutation(DetachRequestFromCase);
  const [error, setError] = useState<string | null>(null);
  const run = async (request: { id: string; reference: string; version: number }) => {
    const result = await detach({ id: request.id, expectedVersion: request.version });
    if (result.error) return setError(`${request.reference}: ${describeError(result.error, i18n)}`);
    setError(null);
    onDetached(request.reference);
  };
  return { run, running: state.running, error: error ? <ErrorMessage error={error} id="detach-error" /> : null };
}
