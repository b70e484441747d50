import type { DataSource } from "typeorm";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { SmallCells } from "#shared/subgraph/small-cells";
import { suppressProgress } from "./progress-small-cells";
import { RecommendationStatus } from "./status-update";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export enum ProgressGrouping {
  SOURCE = "SOURCE",
  THEME = "THEME",
}
registerEnumType(ProgressGrouping, { name: "ProgressGrouping" });

/** The marker of withheld figures (small-cell suppression, docs/security.md). */
const SUPPRESSED = "Figures of this object withheld from partner keys (null): counts from 1 to PARTNER_MIN_CELL - 1 and cells that would let one be computed back. Always empty for staff.";

@ObjectType()
export class StatusCount {
  @PartnerVisible()
  @Field(() => RecommendationStatus)
  status!: RecommendationStatus;

  @PartnerVisible()
  @Field(() => Int, { nullable: true })
  count!: number | null;

  @PartnerVisible()
  @Field(() => [String], { description: SUPPRESSED })
  suppressed?: string[];
}

@SmallCells(suppressProgress)
@ObjectType({ description: "How many recommendations of a source (or theme) stood in each status in a reporting period." })
export class ProgressRow {
  @PartnerVisible()
  @Field({ description: "Source id, or theme (UNCLASSIFIED for none)." })
  group!: string;

  @PartnerVisible()
  @Field({ description: 'Reporting period, or "current" for the latest status of each.' })
  reportingPeriod!: string;

  @PartnerVisible()
  @Field(() => Int, { nullable: true })
  total!: number | null;

  @PartnerVisible()
  @Field(() => [StatusCount], { description: "One entry per status, zeros included; they add up to total." })
  counts!: StatusCount[];

  @PartnerVisible()
  @Field(() => [String], { description: SUPPRESSED })
  suppressed?: string[];
}

const CURRENT = "current";

/**
 * A recommendation's status in period P is its newest update whose period is P or earlier, else
 * NOT_STARTED; "current" takes the newest update of all. One statement for every group and period.
 */
export async function progress(dataSource: DataSource, grouping: ProgressGrouping, reportingPeriod?: string): Promise<ProgressRow[]> {
  const group = grouping === ProgressGrouping.SOURCE ? "r.source_id" : "coalesce(r.theme, 'UNCLASSIFIED')";
  const rows: { period: string; grp: string; status: RecommendationStatus; n: string }[] = await dataSource.query(
    `WITH periods AS (
       SELECT DISTINCT reporting_period AS period FROM recommendations.status_update WHERE $1::text IS NULL OR reporting_period = $1
       UNION SELECT '${CURRENT}' WHERE $1::text IS NULL
     ), standing AS (
       SELECT DISTINCT ON (p.period, r.id) p.period, ${group} AS grp, coalesce(u.status, 'NOT_STARTED') AS status
         FROM periods p CROSS JOIN recommendations.recommendation r
         LEFT JOIN recommendations.status_update u
           ON u.recommendation_id = r.id AND (p.period = '${CURRENT}' OR u.reporting_period <= p.period)
        ORDER BY p.period, r.id, u.reporting_period DESC NULLS LAST, u.recorded_at DESC
     )
     SELECT period, grp, status, count(*) AS n FROM standing GROUP BY period, grp, status ORDER BY period, grp`,
    [reportingPeriod ?? null],
  );
  const byKey = new Map<string, ProgressRow>();
  for (const row of rows) {
    const key = `${row.period}\u0000${row.grp}`;
    const entry = byKey.get(key) ?? {
      group: row.grp,
      reportingPeriod: row.period,
      total: 0,
      counts: Object.values(RecommendationStatus).map((status) => ({ status, count: 0 })),
    };
    const count = entry.counts.find((c) => c.status === row.status)!;
    count.count = (count.count ?? 0) + Number(row.n);
    entry.total = (entry.total ?? 0) + Number(row.n);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}
