import { useState } from "react";
import { useDemoData } from "../../app/demo-data";
import { describeError } from "../../app/errors";
import { useSession } from "../../app/session";
import { ApiError } from "../../api/api-error";
import { downloadDocument } from "../../api/download";
import { SelectField } from "../../components/fields";
import { ErrorMessage, Notice } from "../../components/messages";
import { useI18n } from "../../i18n/language";
import { LANGS, type LabelKey, type Lang } from "../../i18n/types";

/** The drafts the hub writes (gateway/src/documents/reports, docs/reports.md), by the route's kind. */
const REPORT_KINDS: { kind: string; label: LabelKey; hint: LabelKey }[] = [
  { kind: "cis-6.3", label: "report.draft.cis", hint: "report.draft.cisHint" },
  { kind: "national-coordinator", label: "report.draft.nationalCoordinator", hint: "report.draft.nationalCoordinatorHint" },
  { kind: "tip", label: "report.draft.tip", hint: "report.draft.tipHint" },
];
const FORMATS = ["docx", "pdf"] as const;

/**
 * Downloads of the report drafts for the page's year (`GET /documents/reports/:kind?year&lang&format&
 * includeSynthetic`), in the chosen language and format. Demo data goes in exactly when the switch is on,
 * as every figure of the console; the draft then says so on every page.
 */
export function ReportDrafts({ year }: { year: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const demo = useDemoData();
  const [lang, setLang] = useState<Lang>(i18n.lang);
  const [format, setFormat] = useState<(typeof FORMATS)[number]>("docx");
  const [state, setState] = useState<{ busy: string | null; saved?: string; error?: string }>({ busy: null });
  const download = async (kind: string) => {
    setState({ busy: kind });
    const query = new URLSearchParams({ year, lang, format, includeSynthetic: String(demo.included) });
    try {
      const saved = await downloadDocument(`/documents/reports/${kind}?${query}`, session.credential, `${kind}-${year}-${lang}.${format}`);
      setState({ busy: null, saved });
    } catch (error) {
      setState({ busy: null, error: error instanceof ApiError ? describeError(error, i18n) : String(error) });
    }
  };
  return (
    <section className="card no-print" id="report-drafts" aria-labelledby="report-drafts-title" aria-busy={state.busy !== null}>
      <h2 id="report-drafts-title">{t("report.drafts", { year })}</h2>
      <p className="hint">{t(demo.included ? "report.draftsDemo" : "report.draftsHint")}</p>
      <div className="filters">
        <SelectField id="report-draft-lang" label={t("report.draftLang")} value={lang} onChange={(value) => setLang(value as Lang)} options={LANGS.map((l) => ({ value: l, label: t(`lang.${l}`) }))} />
        <SelectField id="report-draft-format" label={t("report.draftFormat")} value={format} onChange={(value) => setFormat(value as (typeof FORMATS)[number])} options={FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))} />
      </div>
      <ul className="plain report-drafts">
        {REPORT_KINDS.map(({ kind, label, hint }) => (
          <li key={kind}>
            <button type="button" id={`report-download-${kind.replace(/\./g, "-")}`} data-kind={kind} disabled={state.busy !== null} onClick={() => void download(kind)} aria-describedby={`report-hint-${kind.replace(/\./g, "-")}`}>
              {t("report.draftDownload", { name: t(label) })}
            </button>{" "}
            <span className="muted" id={`report-hint-${kind.replace(/\./g, "-")}`}>
              {t(hint)}
            </span>
          </li>
        ))}
      </ul>
      {state.saved ? <Notice id="report-draft-saved">{t("report.draftSaved", { file: state.saved })}</Notice> : null}
      {state.error ? <ErrorMessage error={state.error} id="report-draft-error" /> : null}
    </section>
  );
}
