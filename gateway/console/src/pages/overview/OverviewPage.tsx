import { Page } from "../../app/page";
import { href } from "../../app/router";
import { useQuery } from "../../api/use-query";
import { useSession } from "../../app/session";
import { DataTable } from "../../components/DataTable";
import { useDemoData } from "../../app/demo-data";
import { DemoMark } from "../../components/demo-mark";
import { ErrorMessage, Loading } from "../../components/messages";
import { RankingChart } from "../../components/RankingChart";
import { AgreementLink, CountryName, EnumValue, SyntheticTag, useAgreementLabel } from "../../components/text";
import { graphql } from "../../generated";
import type { OverviewQuery } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { rankedAgreement } from "../agreements/ranked-agreement";
import { LevelLegend } from "./LevelLegend";

const OverviewQueryDocument = graphql(`
  query Overview($includeSynthetic: Boolean!, $overdueFilter: MlaRequestFilter) {
    cooperationRanking(first: 15, includeSynthetic: $includeSynthetic) {
      rank
      agreementId
      agreement {
        ...AgreementLabel
      }
      cooperation {
        ...DemoFigures
      }
    }
    overdue: mlaRequests(filter: $overdueFilter, first: 10) {
      totalCount
      edges {
        node {
          ...MlaRequestRow
        }
      }
    }
    overdueDemo: mlaRequests(filter: { overdue: true, synthetic: true }) @include(if: $includeSynthetic) {
      totalCount
    }
    recommendationSources {
      id
      title
    }
    recommendationProgress(groupBy: SOURCE) {
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

/**
 * Partner keys run only registered operations: this one is partner-operations/PartnerOverview.graphql
 * (a test checks they are the same document). Figures for the last full year (partners ask one calendar
 * year at a time); no MLA requests.
 */
const PartnerOverviewDocument = graphql(`
  query PartnerOverview($period: CooperationPeriod!) {
    cooperationRanking(period: $period, first: 15) {
      rank
      agreementId
      agreement {
        ...AgreementName
      }
      cooperation {
        ...CooperationFigures
      }
    }
    recommendationSources {
      id
      title
    }
    recommendationProgress(groupBy: SOURCE) {
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

const lastYear = new Date().getFullYear() - 1;

type RankingRow = OverviewQuery["cooperationRanking"][number];
type OverdueRow = OverviewQuery["overdue"]["edges"][number]["node"];
type ProgressRow = OverviewQuery["recommendationProgress"][number];

export function OverviewPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const agreementLabel = useAgreementLabel();
  const { isPartner } = useSession();
  const demo = useDemoData();
  // Without demo data, overdue requests are the real ones: a count on the overview is a figure too.
  const staff = useQuery(
    OverviewQueryDocument,
    { includeSynthetic: demo.included, overdueFilter: demo.included ? { overdue: true } : { overdue: true, synthetic: false } },
    { skip: isPartner },
  );
  // Partners: real figures of the last full year only (the registered operation asks no demo data).
  const partner = useQuery(PartnerOverviewDocument, { period: { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` } }, { skip: !isPartner });
  const { data: figures, error } = isPartner ? partner : staff;
  if (error) return <ErrorMessage error={error} />;
  if (!figures) return <Loading />;
  const data = { overdue: null, ...figures } as Omit<OverviewQuery, "overdue"> & { overdue: OverviewQuery["overdue"] | null };
  const overdue = data.overdue;
  const ranking = data.cooperationRanking;
  const current = data.recommendationProgress.filter((row) => row.reportingPeriod === "current");
  const statuses = current[0]?.counts.map((c) => c.status) ?? [];
  const sourceTitle = (id: string) => data.recommendationSources.find((s) => s.id === id)?.title ?? id;
  return (
    <Page title={t("nav.overview")} heading={t("overview.question")} id="overview">
      <RankingChart
        id="ranking-chart"
        title={t("overview.chartTitle")}
        mark={<DemoMark synthetic={ranking.reduce((sum, row) => sum + (row.cooperation.syntheticRequests ?? 0), 0)} />}
        series={[
          { key: "arrests", label: t("outcome.arrests") },
          { key: "victims", label: t("outcome.victims") },
          { key: "convictions", label: t("outcome.convictions") },
        ]}
        rows={ranking.map((row) => ({
          id: rankedAgreement(row).id,
          label: agreementLabel(rankedAgreement(row)),
          href: href(["agreements", rankedAgreement(row).id]),
          synthetic: row.cooperation.syntheticRequests,
          // Null only when withheld from a partner key (small-cell suppression): drawn as nothing.
          values: { arrests: row.cooperation.outcomes.suspectsArrested ?? 0, victims: row.cooperation.outcomes.victimsIdentified ?? 0, convictions: row.cooperation.outcomes.convictions ?? 0 },
        }))}
      />
      <h2>{t("overview.ranking")}</h2>
      <DataTable<RankingRow>
        id="ranking"
        label={t("overview.ranking")}
        rows={ranking}
        rowKey={(row) => rankedAgreement(row).id}
        pageSize={15}
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
          { key: "level", header: t("col.level"), cell: (row) => <EnumValue name="CooperationLevel" value={row.cooperation.level} tag />, sortValue: (row) => LEVEL_ORDER.indexOf(row.cooperation.level) },
          { key: "in", header: t("col.requestsIn"), numeric: true, cell: (row) => row.cooperation.requestsIn, sortValue: (row) => row.cooperation.requestsIn },
          { key: "out", header: t("col.requestsOut"), numeric: true, cell: (row) => row.cooperation.requestsOut, sortValue: (row) => row.cooperation.requestsOut },
          { key: "executed", header: t("col.executed"), numeric: true, cell: (row) => row.cooperation.executed, sortValue: (row) => row.cooperation.executed },
          { key: "arrests", header: t("outcome.arrests"), numeric: true, cell: (row) => row.cooperation.outcomes.suspectsArrested, sortValue: (row) => row.cooperation.outcomes.suspectsArrested },
          { key: "victims", header: t("outcome.victims"), numeric: true, cell: (row) => row.cooperation.outcomes.victimsIdentified, sortValue: (row) => row.cooperation.outcomes.victimsIdentified },
          { key: "convictions", header: t("outcome.convictions"), numeric: true, cell: (row) => row.cooperation.outcomes.convictions, sortValue: (row) => row.cooperation.outcomes.convictions },
        ]}
      />
      <LevelLegend />
      <div className="overview-lists">
        {overdue ? (
          <section aria-labelledby="overdue-title">
            <h2 id="overdue-title">
              {t("overview.overdue")} ({i18n.number(overdue.totalCount)}) <DemoMark synthetic={data.overdueDemo?.totalCount} />
            </h2>
            <DataTable<OverdueRow>
              id="overdue"
              label={t("overview.overdue")}
              rows={overdue.edges.map((edge) => edge.node)}
              rowKey={(row) => row.id}
              columns={[
                {
                  key: "reference",
                  header: t("col.reference"),
                  cell: (row) => (
                    <>
                      <a href={href(["mla", row.id])}>{row.reference}</a> <SyntheticTag synthetic={row.synthetic} />
                    </>
                  ),
                  sortValue: (row) => row.reference,
                },
                { key: "country", header: t("col.country"), cell: (row) => <CountryName country={row.counterpartCountry} />, sortValue: (row) => i18n.countryName(row.counterpartCountry) },
                { key: "due", header: t("col.due"), nowrap: true, cell: (row) => row.dueOn ?? "—", sortValue: (row) => row.dueOn },
                { key: "days", header: t("col.daysOpen"), numeric: true, cell: (row) => row.daysOpen ?? "—", sortValue: (row) => row.daysOpen },
              ]}
            />
            <p>
              <a href={href("mla", { overdue: true })} id="all-overdue">
                {t("overview.allOverdue", { count: i18n.number(overdue.totalCount) })}
              </a>
            </p>
          </section>
        ) : null}
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">{t("overview.progress")}</h2>
          <DataTable<ProgressRow>
            id="progress"
            label={t("overview.progress")}
            rows={current}
            rowKey={(row) => row.group}
            columns={[
              { key: "source", header: t("col.source"), cell: (row) => sourceTitle(row.group), sortValue: (row) => sourceTitle(row.group) },
              ...statuses.map((status) => ({
                key: status,
                header: i18n.e("RecommendationStatus", status).label,
                numeric: true,
                cell: (row: ProgressRow) => row.counts.find((c) => c.status === status)?.count ?? 0,
                sortValue: (row: ProgressRow) => row.counts.find((c) => c.status === status)?.count ?? 0,
              })),
              { key: "total", header: t("col.total"), numeric: true, cell: (row) => row.total, sortValue: (row) => row.total },
            ]}
          />
        </section>
      </div>
    </Page>
  );
}

const LEVEL_ORDER: string[] = enumValues("CooperationLevel");
