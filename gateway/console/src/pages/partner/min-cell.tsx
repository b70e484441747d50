import { createContext, useContext, type ReactNode } from "react";
import { useRestQuery } from "../../api/rest";
import { useI18n } from "../../i18n/language";

/**
 * PARTNER_MIN_CELL, as GET /partner-operations says it: a withheld figure reads "fewer than 5". Until the
 * answer comes (or if it does not), a withheld figure says only that it is withheld.
 */
const MinCell = createContext<number | null>(null);

export function MinCellProvider({ children }: { children: ReactNode }) {
  const { data } = useRestQuery<{ partnerMinCell?: number }>("/partner-operations");
  return <MinCell.Provider value={data?.partnerMinCell ?? null}>{children}</MinCell.Provider>;
}

/**
 * A figure a partner reads: the number; "withheld" when the API withheld it (null and named in
 * `suppressed`); a dash when there is none (no executed request, so no median). A withheld cell is not
 * always below N: secondary suppression withholds a larger one with it, so the cell says "withheld" and
 * <WithheldLegend> beside the figures says what that means ("fewer than 5, or…").
 */
export function Figure({ name, value, suppressed }: { name: string; value: number | null | undefined; suppressed: readonly string[] }) {
  const i18n = useI18n();
  if (value !== null && value !== undefined) return <>{i18n.number(value)}</>;
  if (!suppressed.includes(name)) return <>—</>;
  return (
    <span className="withheld" data-withheld={name}>
      {i18n.t("partner.withheld")}
      <sup aria-hidden="true">*</sup>
    </span>
  );
}

/** What "withheld" means, with PARTNER_MIN_CELL: shown under figures when one of them is withheld. */
export function WithheldLegend({ shown }: { shown: boolean }) {
  const i18n = useI18n();
  const minCell = useContext(MinCell);
  if (!shown) return null;
  return (
    <p className="muted withheld-legend">
      * {minCell === null ? i18n.t("partner.withheldHint") : i18n.t("partner.fewerThan", { n: i18n.number(minCell), max: i18n.number(minCell - 1) })}
    </p>
  );
}
