import type { ReactNode } from "react";
import { DataTable } from "../../components/DataTable";
import { CountryName, EnumValue } from "../../components/text";
import { graphql } from "../../generated";
import type { PartyRowFragment } from "../../generated/graphql";
import { enumValues } from "../../i18n/enum-values";
import type { CountryNames } from "../../i18n/language";
import { useI18n } from "../../i18n/language";

graphql(`
  fragment PartyRow on Party {
    id
    status
    reservationKind
    reservation
    signedOn
    ratifiedOn
    source
    country {
      ...CountryName
    }
    organization {
      id
      abbreviation
      nameAz
      nameEn
    }
  }
`);

export function partyName(party: PartyRowFragment, countryName: (c: CountryNames) => string): string {
  return party.country ? countryName(party.country) : (party.organization?.abbreviation ?? "—");
}

/** An agreement's parties: state or organisation, status, dates, reservation or special opinion. */
export function PartiesTable({ parties, action }: { parties: PartyRowFragment[]; action?(party: PartyRowFragment): ReactNode }) {
  const i18n = useI18n();
  const { t } = i18n;
  const statusOrder = enumValues("PartyStatus");
  return (
    <DataTable<PartyRowFragment>
      id="parties"
      label={t("agreement.parties")}
      rows={parties}
      rowKey={(row) => row.id}
      pageSize={parties.length > 25 ? 25 : undefined}
      columns={[
        {
          key: "party",
          header: t("col.party"),
          cell: (row) => (row.country ? <CountryName country={row.country} /> : <span title={row.organization?.nameAz}>{row.organization?.abbreviation ?? "—"}</span>),
          sortValue: (row) => partyName(row, i18n.countryName),
        },
        { key: "status", header: t("col.status"), cell: (row) => <EnumValue name="PartyStatus" value={row.status} tag />, sortValue: (row) => statusOrder.indexOf(row.status) },
        { key: "signed", header: t("col.signedOn"), nowrap: true, cell: (row) => row.signedOn ?? "—", sortValue: (row) => row.signedOn },
        { key: "ratified", header: t("col.ratifiedOn"), nowrap: true, cell: (row) => row.ratifiedOn ?? "—", sortValue: (row) => row.ratifiedOn },
        {
          key: "reservation",
          header: t("col.reservation"),
          cell: (row) =>
            row.reservationKind || row.reservation ? (
              <>
                {row.reservationKind ? <EnumValue name="ReservationKind" value={row.reservationKind} /> : null}
                {row.reservation ? <span className="reservation"> {row.reservation}</span> : null}
              </>
            ) : (
              "—"
            ),
        },
        ...(action ? [{ key: "action", header: t("col.action"), cell: (row: PartyRowFragment) => action(row) }] : []),
      ]}
    />
  );
}
