import { useState, type FormEvent } from "react";
import { fieldErrorsFrom } from "../../app/errors";
import { useExecute, useMutation } from "../../api/use-query";
import { DateField, EnumSelect, TextArea } from "../../components/fields";
import { firstErrors, hasErrors, orNull, useForm } from "../../components/form";
import { ConflictPanel, ErrorMessage, type ConflictRow } from "../../components/messages";
import { graphql } from "../../generated";
import type { MlaRequestQuery, MlaStatus, RefusalGroundCode } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";
import { MlaRequestQueryDocument } from "./mla-request.query";
import { describeGround, REFUSAL_GROUNDS } from "./refusal-grounds";

const TransitionMlaRequest = graphql(`
  mutation TransitionMlaRequest($id: ID!, $expectedVersion: Int!, $input: TransitionInput!) {
    transitionMlaRequest(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
      status
    }
  }
`);

type Request = NonNullable<MlaRequestQuery["mlaRequest"]>;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Moves a request to one of the statuses the workflow allows from here (nextStatuses), on a date, with a
 * note; a refusal names its ground from the list, with details. The version this tab saw goes with it, so
 * a stale tab gets both versions side by side instead of overwriting.
 */
export function TransitionForm({ request, onDone, onUseCurrent }: { request: Request; onDone(): void; onUseCurrent(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm("transition", { to: request.nextStatuses[0] ?? "", on: today(), note: "", ground: "", details: "" });
  const [transition, state] = useMutation(TransitionMlaRequest);
  const fetchNow = useExecute();
  const [conflict, setConflict] = useState<{ rows: ConflictRow[]; version: number } | null>(null);
  const { values } = form;
  const refusing = values.to === "REFUSED";
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = firstErrors([
      ["to", !values.to, t("reason.required")],
      ["ground", refusing && !values.ground, t("reason.refusalGround")],
      ["details", refusing && values.ground === "OTHER" && !values.details.trim(), t("reason.refusalGround")],
      ["on", Boolean(values.on && request.openedOn && values.on < request.openedOn), t("reason.beforeOpened")],
    ]);
    if (hasErrors(checks)) return form.setErrors(checks);
    const input = {
      to: values.to as MlaStatus,
      on: orNull(values.on),
      note: orNull(values.note),
      ...(refusing ? { refusalGroundCode: values.ground as RefusalGroundCode, refusalGround: orNull(values.details) } : {}),
    };
    const result = await transition({ id: request.id, expectedVersion: request.version, input });
    if (result.error?.code === "CONFLICT" && result.error.field === "expectedVersion") {
      const now = (await fetchNow(MlaRequestQueryDocument, { id: request.id }))?.mlaRequest;
      const last = now?.history[now.history.length - 1];
      const status = (s: MlaStatus) => i18n.e("MlaStatus", s).label;
      return setConflict({
        version: now?.version ?? result.error.currentVersion ?? 0,
        rows: [
          { label: t("col.status"), yours: `${status(request.status)} → ${status(input.to)}`, current: now ? status(now.status) : "?" },
          { label: t("col.changedAt"), yours: input.on ?? "—", current: last ? i18n.dateTime(last.changedAt) : "—" },
          { label: t("col.changedBy"), yours: "—", current: last?.changedByName ?? "—" },
          {
            label: t("col.note"),
            yours: [refusing ? describeGround(values.ground as RefusalGroundCode, values.details, i18n) : null, input.note].filter(Boolean).join(" · ") || "—",
            current: last?.note ?? "—",
          },
        ],
      });
    }
    if (result.error) return form.setErrors(fieldErrorsFrom(result.error, i18n, ["to", "on", "note", "refusalGround", "refusalGroundCode"]));
    onDone();
  };
  // The server names refusalGround; this form splits it into the listed ground and its details.
  const groundError = form.errors.ground ?? form.errors.refusalGroundCode ?? (values.ground === "OTHER" ? undefined : form.errors.refusalGround);
  const detailsError = form.errors.details ?? (values.ground === "OTHER" ? form.errors.refusalGround : undefined);
  return (
    <section className="card" id="transitions" aria-labelledby="transition-title">
      <h2 id="transition-title">{t("mla.transition")}</h2>
      {conflict ? <ConflictPanel rows={conflict.rows} currentVersion={conflict.version} onUseCurrent={onUseCurrent} /> : null}
      <form className="form-grid" id="transition-form" onSubmit={submit} noValidate>
        <EnumSelect {...form.bind("to")} label={t("mla.nextStatus")} enumName="MlaStatus" values={request.nextStatuses} required />
        <DateField {...form.bind("on")} label={t("mla.transitionOn")} hint={t("mla.transitionOnHint")} />
        {refusing ? (
          <>
            <EnumSelect {...form.bind("ground")} error={groundError} label={t("field.refusalGround")} enumName="RefusalGroundCode" values={REFUSAL_GROUNDS} empty="—" required />
            <TextArea {...form.bind("details")} error={detailsError} label={t("mla.groundDetails")} required={values.ground === "OTHER"} hint={t("mla.groundDetailsHint")} />
          </>
        ) : null}
        <TextArea {...form.bind("note")} label={t("col.note")} hint={t("confidentialHint")} />
        {form.errors.form ? <ErrorMessage error={form.errors.form} id="form-error" /> : null}
        <div className="form-actions">
          <button className="primary" type="submit" id="transition-submit" disabled={state.running}>
            {t("mla.transitionSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}
