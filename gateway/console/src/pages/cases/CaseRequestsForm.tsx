import { useState, type FormEvent } from "react";
import { describeError } from "../../app/errors";
import { useExecute, useMutation } from "../../api/use-query";
import { TextField } from "../../components/fields";
import { ErrorMessage } from "../../components/messages";
import { CountryName, EnumValue, SyntheticTag } from "../../components/text";
import { graphql } from "../../generated";
import type { RequestsByReferenceQuery } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";

const RequestsByReference = graphql(`
  query RequestsByReference($references: [String!]!) {
    mlaRequestsByReference(references: $references) {
      reference
      requests {
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

type Found = RequestsByReferenceQuery["mlaRequestsByReference"][number]["requests"][number];

/**
 * Officer: make an existing request serve this case. The request is found by its reference (both
 * directions); one serving another case must be taken off that case first. Kept in the request's history.
 */
export function AttachRequestForm({ caseId, onAttached }: { caseId: string; onAttached(reference: string): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ask = useExecute();
  const [attach, attaching] = useMutation(AttachRequestToCase);
  const [reference, setReference] = useState("");
  const [found, setFound] = useState<Found[] | null>(null);
  const [error, setError] = useState<string | undefined>();
  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (!reference.trim()) return setError(t("reason.required"));
    setError(undefined);
    const data = await ask(RequestsByReference, { references: [reference.trim()] });
    const requests = data?.mlaRequestsByReference[0]?.requests ?? [];
    setFound(requests);
    if (!requests.length) setError(t("cases.noSuchRequest"));
  };
  const choose = async (request: Found) => {
    const result = await attach({ id: request.id, expectedVersion: request.version, caseId });
    if (result.error) return setError(describeError(result.error, i18n));
    setFound(null);
    setReference("");
    onAttached(request.reference);
  };
  return (
    <section className="card" aria-labelledby="attach-title">
      <h2 id="attach-title">{t("cases.attach")}</h2>
      <form className="search-box" id="attach-form" onSubmit={search} noValidate>
        <TextField id="attach-reference" type="search" label={t("col.reference")} value={reference} onChange={setReference} error={error} hint={t("cases.attachHint")} />
        <button type="submit" id="attach-search">
          {t("search")}
        </button>
      </form>
      {found?.length ? (
        <ul className="picks" id="attach-results" aria-label={t("evidence.results")}>
          {found.map((request) => (
            <li key={request.id}>
              {request.reference} <SyntheticTag synthetic={request.synthetic} /> · <EnumValue name="Direction" value={request.direction} /> ·{" "}
              <EnumValue name="MlaStatus" value={request.status} /> · <CountryName country={request.counterpartCountry} />
              {request.case ? (
                <span className="muted"> · {request.case.id === caseId ? t("cases.alreadyHere") : t("cases.servesOther", { case: request.case.reference })}</span>
              ) : null}{" "}
              <button type="button" className="attach" data-id={request.id} disabled={attaching.running || Boolean(request.case)} onClick={() => void choose(request)}>
                {t("cases.attachButton")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
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
