import { Page } from "../../app/page";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { ErrorMessage, Loading } from "../../components/messages";
import { useI18n } from "../../i18n/language";
import { Figure, WithheldLegend } from "./min-cell";
import { StatisticsDocument, type StatisticsQuery } from "./partner-operations";

type Row = StatisticsQuery["statistics"][number];

/** The yearly figures the sources report (registered Statistics), each with the source's words. */
export function PartnerStatisticsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error } = useQuery(StatisticsDocument, {});
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const rows = data.statistics;
  return (
    <Page title={t("partner.nav.statistics")} id="partner-statistics">
      <p className="muted">{t("partner.statistics.intro")}</p>
      <DataTable<Row>
        id="statistics"
        label={t("partner.nav.statistics")}
        rows={rows}
        rowKey={(row) => `${row.sourceId}-${row.metric}-${row.year}-${row.category}`}
        pageSize={rows.length > 50 ? 50 : undefined}
        empty={t("partner.none")}
        columns={[
          { key: "year", header: t("partner.year"), numeric: true, cell: (row) => row.year, sortValue: (row) => row.year },
          { key: "metric", header: t("partner.statistics.metric"), cell: (row) => row.metric, sortValue: (row) => row.metric },
          { key: "category", header: t("partner.statistics.category"), cell: (row) => row.category, sortValue: (row) => row.category },
          { key: "value", header: t("partner.statistics.value"), numeric: true, cell: (row) => <Figure name="value" value={row.value} suppressed={row.suppressed} />, sortValue: (row) => row.value },
          { key: "source", header: t("col.source"), cell: (row) => row.sourceId, sortValue: (row) => row.sourceId },
          { key: "quote", header: t("partner.statistics.quote"), cell: (row) => <span className="muted">{row.quote}</span> },
        ]}
      />
      <WithheldLegend shown={rows.some((row) => row.suppressed.length > 0)} />
    </Page>
  );
}
