import { useState, type FormEvent } from "react";
import { Page } from "../../app/page";
import { href, navigate, type Route } from "../../app/router";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { NumberField } from "../../components/fields";
import { useDemoData } from "../../app/demo-data";
import { DemoMark } from "../../components/demo-mark";
import { ErrorMessage, Loading } from "../../components/messages";
import { AgreementLink, CountryName, EnumValue, useAgreementLabel } from "../../components/text";
import { graphql } from "../../generated";
import type { ReportQuery } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { rankedAgreement } from "../agreements/ranked-agreement";
import { download, toCsv } from "./csv";
import { ReportDrafts } from "./ReportDrafts";
import { useSession } from "../../app/session";

const ReportQueryDocument = graphql(`
  query Report($period: CooperationPeriod, $year: String, $includeSynthetic: Boolean!) {
    cooperationRanking(period: $period, first: 100, includeSynthetic: $includeSynthetic) {
      rank
      agreementId
      agreement {
        ...AgreementLabel
      }
      cooperation {
        ...DemoFigures
      }
    }
    countries {
      ...CountryName
      cooperation(period: $period, includeSynthetic: $includeSynthetic) {
        ...DemoFigures
      }
    }
    recommendationSources {
      id
      title
    }
    recommendationProgress(groupBy: SOURCE, reportingPeriod: $year) {
      group
      reportingPeriod
      total
      counts {
        status
        count
      }
    }
  }
`);

type AgreementRow = ReportQuery["cooperationRanking"][number];
type CountryRow = ReportQuery["countries"][number];
type ProgressRow = ReportQuery["recommendationProgress"][number];

/** A year's cooperation per agreement and per country and the recommendations' progress; CSV and print. */
export function ReportPage({ route }: { route: Route }) {
  const i18n = useI18n();
  const { t } = i18n;
  const agreementLabel = useAgreementLabel();
  const year = /^\d{4}$/.test(route.params.get("year") ?? "") ? (route.params.get("year") as string) : String(new Date().getFullYear() - 1);
  const [yearText, setYearText] = useState(year);
  const demo = useDemoData();
  const session = useSession();
  const { data, error } = useQuery(ReportQueryDocument, { period: { from: `${year}-01-01`, to: `${year}-12-31` }, year, includeSynthetic: demo.included });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href("report", { year: yearText }));
  };
  const level = (value: AgreementRow["cooperation"]["level"]) => i18n.e("CooperationLevel", value).label;
  const sourceTitle = (id: string) => data?.recommendationSources.find((s) => s.id === id)?.title ?? id;
  // A figure is null only when withheld from a partner key (small-cell suppression): it is not zero.
  const countries = (data?.countries ?? []).filter((c) => c.cooperation.level !== "NO_REQUESTS");
  const figureHeads = [t("col.level"), t("col.requestsIn"), t("col.requestsOut"), t("col.executed"), t("col.refused"), t("outcome.arrests"), t("outcome.victims"), t("outcome.convictions"), t("demo.csvColumn")];
  // The last cell says whether the line counts generated demo requests, and how many.
  const figures = (c: AgreementRow["cooperation"]) => [
    level(c.level), c.requestsIn, c.requestsOut, c.executed, c.refused, c.outcomes.suspectsArrested, c.outcomes.victimsIdentified, c.outcomes.convictions,
    c.syntheticRequests ? t("demo.csvCell", { count: c.syntheticRequests }) : "",
  ];
  const syntheticInReport = (data?.cooperationRanking ?? []).reduce((sum, r) => sum + r.cooperation.syntheticRequests, 0) + countries.reduce((sum, c) => sum + c.cooperation.syntheticRequests, 0);
  const statuses = enumValues("RecommendationStatus");
  const csv = () =>
    toCsv([
      [t("report.csvTitle", { year })],
      // A file that counts demo data says so on its first lines, before any figure.
      ...(syntheticInReport ? [[t("demo.reportNotice")]] : []),
      [],
      [t("col.rank"), t("col.agreement"), ...figureHeads],
      ...(data?.cooperationRanking ?? []).map((r) => [r.rank, agreementLabel(rankedAgreement(r)), ...figures(r.cooperation)]),
      [],
      [t("col.country"), "ISO", ...figureHeads],
      ...countries.map((c) => [i18n.countryName(c), c.code, ...figures(c.cooperation)]),
      [],
      [t("col.source"), t("col.reportingPeriod"), t("col.total"), ...statuses.map((s) => i18n.e("RecommendationStatus", s).label)],
      ...(data?.recommendationProgress ?? []).map((p) => [sourceTitle(p.group), p.reportingPeriod, p.total, ...statuses.map((s) => p.counts.find((c) => c.status === s)?.count ?? 0)]),
    ]);
  const figureColumns = <Row,>(get: (row: Row) => AgreementRow["cooperation"]) => [
    { key: "level", header: t("col.level"), cell: (row: Row) => <EnumValue name="CooperationLevel" value={get(row).level} tag />, sortValue: (row: Row) => enumValues("CooperationLevel").indexOf(get(row).level) },
    { key: "in", header: t("col.requestsIn"), numeric: true, cell: (row: Row) => get(row).requestsIn, sortValue: (row: Row) => get(row).requestsIn },
    { key: "out", header: t("col.requestsOut"), numeric: true, cell: (row: Row) => get(row).requestsOut, sortValue: (row: Row) => get(row).requestsOut },
    { key: "executed", header: t("col.executed"), numeric: true, cell: (row: Row) => get(row).executed, sortValue: (row: Row) => get(row).executed },
    { key: "refused", header: t("col.refused"), numeric: true, cell: (row: Row) => get(row).refused, sortValue: (row: Row) => get(row).refused },
    { key: "arrests", header: t("outcome.arrests"), numeric: true, cell: (row: Row) => get(row).outcomes.suspectsArrested, sortValue: (row: Row) => get(row).outcomes.suspectsArrested },
    { key: "victims", header: t("outcome.victims"), numeric: true, cell: (row: Row) => get(row).outcomes.victimsIdentified, sortValue: (row: Row) => get(row).outcomes.victimsIdentified },
    { key: "convictions", header: t("outcome.convictions"), numeric: true, cell: (row: Row) => get(row).outcomes.convictions, sortValue: (row: Row) => get(row).outcomes.convictions },
  ];
  return (
    <Page title={`${t("nav.report")} ${year}`}>
      <form className="filters no-print" onSubmit={submit} aria-label={t("filters")}>
        <NumberField id="report-year" label={t("report.year")} value={yearText} onChange={setYearText} min={1990} step={1} />
        <div className="filter-actions">
          <button className="primary" type="submit">
            {t("report.show")}
          </button>
          <button type="button" id="download-csv" disabled={!data} onClick={() => download(`cooperation-report-${year}.csv`, csv())}>
            {t("report.csv")}
          </button>
          <button type="button" id="print" onClick={() => window.print()}>
            {t("report.print")}
          </button>
        </div>
      </form>
      {/* Partners never reach a document route: the drafts are for staff. */}
      {session.isPartner ? null : <ReportDrafts key={year} year={year} />}
      {error ? <ErrorMessage error={error} /> : null}
      {syntheticInReport ? (
        <p className="demo-notice" id="report-demo-notice">
          <DemoMark synthetic={syntheticInReport} /> {t("demo.reportNotice")}
        </p>
      ) : null}
      {!data ? (
        <Loading />
      ) : (
        <>
          <h2>{t("report.byAgreement")}</h2>
          <DataTable<AgreementRow>
            id="report-agreements"
            label={t("report.byAgreement")}
            rows={data.cooperationRanking}
            rowKey={(row) => rankedAgreement(row).id}
            pageSize={25}
            columns={[
              { key: "rank", header: t("col.rank"), numeric: true, cell: (row) => row.rank, sortValue: (row) => row.rank },
              {
                key: "agreement",
                header: t("col.agreement"),
                cell: (row) => (
                  <>
                    <AgreementLink agreement={rankedAgreement(row)} /> <DemoMark synthetic={row.cooperation.syntheticRequests} />
                  </>
                ),
                sortValue: (row) => agreementLabel(rankedAgreement(row)),
              },
              ...figureColumns<AgreementRow>((row) => row.cooperation),
            ]}
          />
          <h2>{t("report.byCountry")}</h2>
          <DataTable<CountryRow>
            id="report-countries"
            label={t("report.byCountry")}
            rows={countries}
            rowKey={(row) => row.code}
            pageSize={25}
            columns={[
              {
                key: "country",
                header: t("col.country"),
                cell: (row) => (
                  <>
                    <CountryName country={row} /> <DemoMark synthetic={row.cooperation.syntheticRequests} />
                  </>
                ),
                sortValue: (row) => i18n.countryName(row),
              },
              ...figureColumns<CountryRow>((row) => row.cooperation),
            ]}
          />
          <h2>{t("overview.progress")}</h2>
          <DataTable<ProgressRow>
            id="report-progress"
            label={t("overview.progress")}
            rows={data.recommendationProgress}
            rowKey={(row) => `${row.group}-${row.reportingPeriod}`}
            columns={[
              { key: "source", header: t("col.source"), cell: (row) => sourceTitle(row.group), sortValue: (row) => sourceTitle(row.group) },
              { key: "period", header: t("col.reportingPeriod"), cell: (row) => row.reportingPeriod, sortValue: (row) => row.reportingPeriod },
              ...statuses.map((status) => ({
                key: status,
                header: i18n.e("RecommendationStatus", status).label,
                numeric: true,
                cell: (row: ProgressRow) => row.counts.find((c) => c.status === status)?.count ?? 0,
              })),
              { key: "total", header: t("col.total"), numeric: true, cell: (row) => row.total, sortValue: (row) => row.total },
            ]}
          />
        </>
      )}
    </Page>
  );
}
