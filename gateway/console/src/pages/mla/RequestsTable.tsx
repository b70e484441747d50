import type { ReactNode } from "react";
import { href } from "../../app/router";
import { DataTable, type Column, type ServerSort } from "../../components/DataTable";
import { AgreementLink, CountryName, EnumValue, SyntheticTag, useAgreementLabel } from "../../components/text";
import type { MlaRequestRowFragment } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import { useI18n } from "../../i18n/language";

/** MLA requests as rows (the MlaRequestRow fragment), on the list, an agreement's and a case's page. */
export function RequestsTable({
  id,
  label,
  rows,
  footer,
  serverSort,
  actions,
}: {
  id: string;
  label: string;
  rows: MlaRequestRowFragment[];
  footer?: ReactNode;
  /** A paged list: the API sorts (MlaRequestOrderField), the table only shows the order. */
  serverSort?: { value: ServerSort | null; onChange(next: ServerSort): void };
  /** A last column of buttons (a case's page: take a request off the case). */
  actions?: Column<MlaRequestRowFragment>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const agreementLabel = useAgreementLabel();
  const statusOrder = enumValues("MlaStatus");
  return (
    <DataTable<MlaRequestRowFragment>
      id={id}
      label={label}
      rows={rows}
      rowKey={(row) => row.id}
      footer={footer}
      serverSort={serverSort}
      columns={[
        {
          key: "reference",
          header: t("col.reference"),
          cell: (row) => (
            <>
              <a href={href(["mla", row.id])} className="request-link">
                {row.reference}
              </a>{" "}
              <SyntheticTag synthetic={row.synthetic} />
            </>
          ),
          sortValue: (row) => row.reference,
          orderBy: "REFERENCE",
        },
        { key: "direction", header: t("col.direction"), cell: (row) => <EnumValue name="Direction" value={row.direction} />, sortValue: (row) => row.direction, orderBy: "DIRECTION" },
        {
          key: "status",
          header: t("col.status"),
          cell: (row) => (
            <>
              <EnumValue name="MlaStatus" value={row.status} tag />
              {row.overdue ? (
                <span className="tag overdue" title={t("mla.overdueHint")}>
                  {t("mla.overdue")}
                </span>
              ) : null}
            </>
          ),
          sortValue: (row) => statusOrder.indexOf(row.status),
          orderBy: "STATUS",
        },
        {
          key: "country",
          header: t("col.country"),
          cell: (row) => <CountryName country={row.counterpartCountry} />,
          sortValue: (row) => i18n.countryName(row.counterpartCountry),
          // A paged list sorts by the name in the language sent with orderBy (lang).
          orderBy: "COUNTRY",
        },
        {
          key: "basis",
          header: t("col.legalBasis"),
          cell: (row) => (row.legalBasis ? <AgreementLink agreement={row.legalBasis} /> : "—"),
          sortValue: (row) => (row.legalBasis ? agreementLabel(row.legalBasis) : null),
          orderBy: "LEGAL_BASIS",
          sortHint: serverSort ? t("sortById") : undefined,
        },
        { key: "opened", header: t("col.openedOn"), nowrap: true, cell: (row) => row.openedOn ?? "—", sortValue: (row) => row.openedOn, orderBy: "OPENED_ON" },
        { key: "due", header: t("col.due"), nowrap: true, cell: (row) => row.dueOn ?? "—", sortValue: (row) => row.dueOn, orderBy: "DUE_ON" },
        { key: "days", header: t("col.daysOpen"), numeric: true, cell: (row) => row.daysOpen ?? "—", sortValue: (row) => row.daysOpen, orderBy: "DAYS_OPEN" },
        ...(actions ? [actions] : []),
      ]}
    />
  );
}
