import { useState } from "react";
import { describeError } from "../../app/errors";
import { useSession } from "../../app/session";
import { ApiError } from "../../api/api-error";
import { downloadDocument } from "../../api/download";
import { Notice } from "../../components/messages";
import type { LetterGapCode, MlaRequestQuery } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";
import { LANGS, type Lang } from "../../i18n/types";

type Request = NonNullable<MlaRequestQuery["mlaRequest"]>;

/** Where on this page each gap is filled in: the details form's field, else nothing (the case page). */
const FIELD_IDS: Record<string, string> = {
  legalBasisKind: "details-legalBasisKind",
  legalBasisAgreementId: "details-legalBasisKind",
  factsSummary: "details-factsSummary",
  assistanceTypes: "details-assistanceTypes",
  assistanceSought: "details-assistanceSought",
  counterpartAuthority: "details-counterpartAuthority",
  requestingAuthority: "details-requestingAuthority",
  contactName: "details-contactName",
  contactEmail: "details-contactEmail",
};

/** The 422 of the letter route lists what is missing, as letterCheck does (extensions.missing). */
function missingOf(error: unknown): LetterGapCode[] {
  if (!(error instanceof ApiError)) return [];
  const extensions = error.errors[0]?.extensions as { missing?: { code: LetterGapCode }[] } | undefined;
  return extensions?.missing?.map((gap) => gap.code) ?? [];
}

/**
 * The drafted request letter: what it still lacks (the API's letterCheck, in the letter's order) and, for
 * officers, a download per language of `GET /documents/mla-requests/<reference>/draft?lang=` (the route needs
 * the Bearer credential, so the file is fetched and saved from an object URL).
 */
export function LetterSection({ request }: { request: Request }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const [state, setState] = useState<{ busy: Lang | null; saved?: string; error?: string; missing?: LetterGapCode[] }>({ busy: null });
  const check = request.letterCheck;
  const download = async (lang: Lang) => {
    setState({ busy: lang });
    try {
      const path = `/documents/mla-requests/${encodeURIComponent(request.reference)}/draft?lang=${lang}`;
      const saved = await downloadDocument(path, session.credential, `${request.reference}-${lang}.docx`);
      setState({ busy: null, saved });
    } catch (error) {
      setState({ busy: null, error: error instanceof ApiError ? describeError(error, i18n) : String(error), missing: missingOf(error) });
    }
  };
  const canFill = session.canWrite;
  return (
    <section className="card" id="letter" aria-labelledby="letter-title" data-ready={check.ready}>
      <h2 id="letter-title">{t("mla.letter.title")}</h2>
      {check.ready ? (
        <p className="ok" id="letter-ready">
          {t("mla.letter.ready")}
        </p>
      ) : (
        <>
          <p>{t("mla.letter.missing")}</p>
          <ul id="letter-missing">
            {check.missing.map((gap) => {
              const target = canFill ? FIELD_IDS[gap.field] : undefined;
              const label = i18n.e("LetterGapCode", gap.code);
              return (
                <li key={`${gap.code}-${gap.field}`} data-code={gap.code} data-field={gap.field}>
                  {target ? <a href={`#${target}`} onClick={(event) => { event.preventDefault(); document.getElementById(target)?.focus(); }}>{label.label}</a> : label.label}
                  <span className="muted"> — {label.hint}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {session.canWrite ? (
        <div className="filter-actions" aria-busy={state.busy !== null} id="letter-downloads">
          {LANGS.map((lang) => (
            <button type="button" key={lang} id={`letter-download-${lang}`} disabled={state.busy !== null} onClick={() => void download(lang)}>
              {t("mla.letter.download", { lang: t(`lang.${lang}`) })}
            </button>
          ))}
        </div>
      ) : null}
      {state.saved ? <Notice id="letter-saved">{t("mla.letter.saved", { file: state.saved })}</Notice> : null}
      {state.error ? (
        <div className="error" role="alert" id="letter-error">
          <p>{state.error}</p>
          {state.missing?.length ? (
            <ul>
              {state.missing.map((code) => (
                <li key={code} data-code={code}>
                  {i18n.e("LetterGapCode", code).label}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
