import { useState } from "react";
import { Page } from "../../app/page";
import { href } from "../../app/router";
import { useSession } from "../../app/session";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { ErrorMessage, Loading, Notice, NotFound } from "../../components/messages";
import { AgreementLink, CountryName, EnumValue, SyntheticTag } from "../../components/text";
import type { MlaRequestQuery } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";
import { MlaRequestQueryDocument } from "./mla-request.query";
import { LetterSection } from "./LetterSection";
import { describeGround } from "./refusal-grounds";
import { RequestDetailsForm } from "./RequestDetailsForm";
import { TransitionForm } from "./TransitionForm";

type Request = NonNullable<MlaRequestQuery["mlaRequest"]>;

export function MlaRequestPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const { data, error, reload } = useQuery(MlaRequestQueryDocument, { id });
  const [saved, setSaved] = useState<"status" | "details" | null>(null);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const r = data.mlaRequest;
  if (!r) return <NotFound what={id} />;
  return (
    <Page
      title={r.reference}
      heading={
        <>
          {r.reference} · <span id="request-status" data-status={r.status}>{i18n.e("MlaStatus", r.status).label}</span> <SyntheticTag synthetic={r.synthetic} />
        </>
      }
    >
      <RequestDetails request={r} />
      {saved === "status" ? <Notice id="saved">{t("saved")}</Notice> : null}
      {session.canWrite && r.nextStatuses.length ? (
        <TransitionForm
          key={r.version}
          request={r}
          onDone={() => {
            setSaved("status");
            void reload();
          }}
          onUseCurrent={() => {
            setSaved(null);
            void reload();
          }}
        />
      ) : null}
      <LetterSection key={`letter-${r.version}`} request={r} />
      {saved === "details" ? <Notice id="details-saved">{t("saved")}</Notice> : null}
      {session.canWrite ? (
        <RequestDetailsForm
          key={`details-${r.version}`}
          request={r}
          onDone={() => {
            setSaved("details");
            void reload();
          }}
          onUseCurrent={() => {
            setSaved(null);
            void reload();
          }}
        />
      ) : null}
      <h2>{t("mla.history")}</h2>
      <DataTable<Request["history"][number]>
        id="history"
        label={t("mla.history")}
        rows={r.history}
        rowKey={(row) => row.id}
        columns={[
          {
            key: "kind",
            header: t("col.change"),
            cell: (row) => (
              <>
                <EnumValue name="HistoryEntryKind" value={row.kind} />
                {row.case ? (
                  <>
                    {": "}
                    <a href={href(["cases", row.case.id])}>{row.case.reference}</a>
                  </>
                ) : null}
                {row.changedFields.length ? ` (${row.changedFields.join(", ")})` : null}
                {row.origin === "IMPORT" ? (
                  <span className="muted" title={t("history.importedHint")}>
                    {" "}
                    · {t("history.imported")}
                  </span>
                ) : null}
              </>
            ),
          },
          { key: "from", header: t("col.from"), cell: (row) => (row.from ? <EnumValue name="MlaStatus" value={row.from} /> : "—") },
          { key: "to", header: t("col.to"), cell: (row) => <EnumValue name="MlaStatus" value={row.to} /> },
          { key: "at", header: t("col.changedAt"), cell: (row) => i18n.dateTime(row.changedAt), sortValue: (row) => row.changedAt },
          { key: "by", header: t("col.changedBy"), cell: (row) => row.changedByName ?? "—" },
          { key: "note", header: t("col.note"), cell: (row) => [describeGround(row.refusalGroundCode, row.refusalGround, i18n), row.note].filter(Boolean).join(" · ") || "—" },
        ]}
      />
      {r.contributedTo.length ? (
        <>
          <h2>{t("mla.contributedTo")}</h2>
          <ul className="plain">
            {r.contributedTo.map((o) => (
              <li key={o.id}>
                <EnumValue name="OutcomeKind" value={o.kind} />: {i18n.number(o.quantity)} · {o.recordedOn}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.evidenceFor.length ? (
        <>
          <h2>{t("mla.evidenceFor")}</h2>
          <ul className="plain">
            {r.evidenceFor.map((rec) => (
              <li key={rec.id}>
                <a href={href(["recommendations", rec.id])}>
                  {rec.source.title} · {rec.code}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Page>
  );
}

function RequestDetails({ request: r }: { request: Request }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <dl className="card details" id="request-details">
      <div>
        <dt>{t("col.direction")}</dt>
        <dd>
          <EnumValue name="Direction" value={r.direction} /> · <EnumValue name="Priority" value={r.priority} />
          {r.spontaneous ? ` · ${t("field.spontaneous")}` : null}
        </dd>
      </div>
      <div>
        <dt>{t("col.country")}</dt>
        <dd>
          <CountryName country={r.counterpartCountry} />
          {r.counterpartAuthority ? ` · ${r.counterpartAuthority}` : null}
        </dd>
      </div>
      <div>
        <dt>{t("col.legalBasis")}</dt>
        <dd>
          <EnumValue name="LegalBasisKind" value={r.legalBasisKind} />
          {r.legalBasis ? (
            <>
              {": "}
              <AgreementLink agreement={r.legalBasis} />
            </>
          ) : null}
          {r.legalBasisArticle ? <span id="legal-basis-article">{`, ${r.legalBasisArticle}`}</span> : null}
        </dd>
      </div>
      {r.requestingAuthority ? (
        <div>
          <dt>{t("mla.details.requestingAuthority")}</dt>
          <dd id="requesting-authority">{r.requestingAuthority}</dd>
        </div>
      ) : null}
      {r.contactName || r.contactPhone || r.contactEmail ? (
        <div>
          <dt>{t("mla.details.contact")}</dt>
          <dd id="contact">{[r.contactName, r.contactPhone, r.contactEmail].filter(Boolean).join(" · ")}</dd>
        </div>
      ) : null}
      {r.factsSummary ? (
        <div className="wide">
          <dt>{t("mla.details.factsSummary")}</dt>
          <dd id="facts-summary" className="prewrap">{r.factsSummary}</dd>
        </div>
      ) : null}
      {r.assistanceSought ? (
        <div className="wide">
          <dt>{t("mla.details.assistanceSought")}</dt>
          <dd id="assistance-sought" className="prewrap">{r.assistanceSought}</dd>
        </div>
      ) : null}
      {r.assistanceTypes.length ? (
        <div>
          <dt>{t("field.assistanceTypes")}</dt>
          <dd>
            {r.assistanceTypes.map((type, index) => (
              <span key={type}>
                {index ? ", " : ""}
                <EnumValue name="AssistanceType" value={type} />
              </span>
            ))}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t("mla.dates")}</dt>
        <dd>
          {[
            [t("col.openedOn"), r.openedOn],
            [t("field.acknowledgedOn"), r.acknowledgedOn],
            [t("col.due"), r.dueOn],
            [t("field.closedOn"), r.closedOn],
          ]
            .filter(([, value]) => value)
            .map(([label, value]) => `${label}: ${value}`)
            .join(" · ") || "—"}
          {r.daysOpen !== null && r.daysOpen !== undefined ? ` · ${t("col.daysOpen")}: ${r.daysOpen}` : null}
          {r.overdue ? (
            <span className="tag overdue" title={t("mla.overdueHint")}>
              {t("mla.overdue")}
            </span>
          ) : null}
        </dd>
      </div>
      {r.refusalGroundCode || r.refusalGround ? (
        <div>
          <dt>{t("field.refusalGround")}</dt>
          <dd id="refusal-ground" data-code={r.refusalGroundCode ?? undefined}>
            {describeGround(r.refusalGroundCode, r.refusalGround, i18n)}
          </dd>
        </div>
      ) : null}
      {r.internalNote !== null && r.internalNote !== undefined ? (
        <div>
          <dt>{t("field.internalNote")}</dt>
          <dd id="internal-note">{r.internalNote}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t("mla.case")}</dt>
        <dd>
          {r.case ? (
            <a href={href(["cases", r.case.id])} id="request-case">
              {r.case.reference} ({r.case.articles.join(", ")})
            </a>
          ) : (
            "—"
          )}
        </dd>
      </div>
      {r.source ? (
        <div>
          <dt>{t("field.source")}</dt>
          <dd className="muted">{r.source}</dd>
        </div>
      ) : null}
    </dl>
  );
}
