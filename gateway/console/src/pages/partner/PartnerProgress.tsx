import { useState } from "react";
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/DataTable";
import { SelectField } from "../../components/fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";
import { Figure, WithheldLegend } from "./min-cell";
import { RecommendationProgressDocument, type RecommendationProgressQuery } from "./partner-operations";

type Row = RecommendationProgressQuery["recommendationProgress"][number];

/**
 * How many recommendations of each source stood in each status, per reporting period or now (registered
 * RecommendationProgress, asked once for every period); withheld counts said so.
 */
export function PartnerProgress() {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, error } = useQuery(RecommendationProgressDocument, { groupBy: "SOURCE" });
  const [period, setPeriod] = useState("current");
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const periods = [...new Set(data.recommendationProgress.map((row) => row.reportingPeriod))].sort((a, b) => (a === "current" ? -1 : b === "current" ? 1 : b.localeCompare(a)));
  const rows = data.recommendationProgress.filter((row) => row.reportingPeriod === period);
  const statuses = enumValues("RecommendationStatus");
  const sourceTitle = (id: string) => data.recommendationSources.find((s) => s.id === id)?.title ?? id;
  const withheld = rows.some((row) => row.suppressed.length > 0 || row.counts.some((c) => c.suppressed.length > 0));
  return (
    <div id="progress-section">
      <div className="filters">
        <SelectField
          id="progress-period"
          label={t("col.reportingPeriod")}
          value={period}
          onChange={setPeriod}
          options={periods.map((value) => ({ value, label: value === "current" ? t("partner.progress.current") : value }))}
        />
      </div>
      <DataTable<Row>
        id="progress"
        label={t("partner.progress.title")}
        rows={rows}
        rowKey={(row) => row.group}
        columns={[
          { key: "source", header: t("col.source"), cell: (row) => sourceTitle(row.group), sortValue: (row) => sourceTitle(row.group) },
          ...statuses.map((status) => ({
            key: status,
            header: i18n.e("RecommendationStatus", status).label,
            numeric: true,
            cell: (row: Row) => {
              const count = row.counts.find((c) => c.status === status);
              return count ? <Figure name="count" value={count.count} suppressed={count.suppressed} /> : "—";
            },
          })),
          { key: "total", header: t("col.total"), numeric: true, cell: (row) => <Figure name="total" value={row.total} suppressed={row.suppressed} /> },
        ]}
      />
      <WithheldLegend shown={withheld} />
    </div>
  );
}
