import type { DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import { decodeCursor, pageSize, toConnection, type Connection } from "#shared/subgraph/connection";
import type { Priority } from "../mla-request/mla-request";
import { DeadlineCounts, DeadlineItem, DeadlineKind, type Deadlines } from "./deadlines";

export interface DeadlineFilter {
  kinds?: DeadlineKind[] | null;
  overdue?: boolean | null;
}

/**
 * Open requests with a due date (past the draft stage, not in a final status: the view's definition of
 * overdue) and the obligations agreements sent, as one list. Rank breaks ties on a day: urgent requests
 * first, obligations with normal ones. Parameters: $1-$3 the obligations (ids, due dates, kinds), $4 asOf,
 * $5 until, $6 includeSynthetic.
 */
const ITEMS = `
  WITH item AS (
    SELECT 'MLA_REQUEST' AS kind, 'MLA_REQUEST:' || r.id::text AS id, r.id::text AS request_id, r.due_on, r.priority,
           CASE r.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END AS rank
      FROM mla.mla_request r
     WHERE r.status NOT IN ('DRAFT', 'EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN')
       AND r.due_on <= $5::date AND ($6::boolean OR NOT r.synthetic)
    UNION ALL
    SELECT o.kind, o.id, NULL, o.due_on::date, NULL, 2
      FROM unnest($1::text[], $2::text[], $3::text[]) AS o(id, due_on, kind)
  )`;

interface ItemRow {
  kind: DeadlineKind;
  id: string;
  request_id: string | null;
  due_on: string;
  priority: Priority | null;
  rank: number;
  days_left: number;
  total: string;
}

function obligationParameters(deadlines: Deadlines, rest: unknown[]): unknown[] {
  const obligations = deadlines.obligations ?? [];
  return [obligations.map((o) => o.id), obligations.map((o) => o.dueOn), obligations.map((o) => o.kind), deadlines.asOf, deadlines.until, deadlines.includeSynthetic, ...rest];
}

function afterPosition(after: string | undefined | null): [string, number, string, string] | [null, null, null, null] {
  if (!after) return [null, null, null, null];
  const position = decodeCursor(after);
  const [due, rank, kind, id] = position;
  if (position.length !== 4 || typeof due !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(due) || typeof rank !== "number" || typeof kind !== "string" || typeof id !== "string") {
    throw new UserInputError("after", "is not a cursor returned by this API");
  }
  return [due, rank, kind, id];
}

export class DeadlineService {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the list, most urgent first (due date, then rank, kind and id: a keyset, stable while paging). */
  async page(deadlines: Deadlines, args: { first?: number | null; after?: string | null; filter: DeadlineFilter }): Promise<Connection<DeadlineItem>> {
    const size = pageSize(args.first);
    const after = afterPosition(args.after);
    const rows: ItemRow[] = await this.dataSource.query(
      `${ITEMS}, filtered AS (
         SELECT * FROM item
          WHERE ($7::text[] IS NULL OR kind = ANY($7::text[]))
            AND ($8::boolean IS NULL OR (due_on < $4::date) = $8::boolean)
       )
       SELECT kind, id, request_id, due_on::text, priority, rank, due_on - $4::date AS days_left, (SELECT count(*) FROM filtered) AS total
         FROM filtered
        WHERE $9::date IS NULL OR (due_on, rank, kind, id) > ($9::date, $10::integer, $11::text, $12::text)
        ORDER BY due_on, rank, kind, id
        LIMIT $13`,
      obligationParameters(deadlines, [args.filter.kinds?.length ? args.filter.kinds : null, args.filter.overdue ?? null, ...after, size + 1]),
    );
    const items = rows.map((row) =>
      Object.assign(new DeadlineItem(), {
        id: row.id,
        kind: row.kind,
        dueOn: row.due_on,
        daysLeft: row.days_left,
        overdue: row.days_left < 0,
        priority: row.priority,
        requestId: row.request_id,
        rank: row.rank,
      }),
    );
    const totalCount = rows.length > 0 ? Number(rows[0].total) : await this.count(deadlines, args.filter);
    return toConnection(items, size, {
      hasPreviousPage: Boolean(args.after),
      totalCount,
      position: (item) => [item.dueOn, (item as DeadlineItem & { rank: number }).rank, item.kind, item.id],
    });
  }

  /** The filtered count when the page itself is empty (past the end, or nothing due). */
  private async count(deadlines: Deadlines, filter: DeadlineFilter): Promise<number> {
    const [row]: { total: string }[] = await this.dataSource.query(
      `${ITEMS} SELECT count(*) AS total FROM item
        WHERE ($7::text[] IS NULL OR kind = ANY($7::text[])) AND ($8::boolean IS NULL OR (due_on < $4::date) = $8::boolean)`,
      obligationParameters(deadlines, [filter.kinds?.length ? filter.kinds : null, filter.overdue ?? null]),
    );
    return Number(row.total);
  }

  async counts(deadlines: Deadlines): Promise<DeadlineCounts> {
    const [row]: Record<keyof DeadlineCounts, string>[] = await this.dataSource.query(
      `${ITEMS} SELECT count(*) AS "total",
              count(*) FILTER (WHERE kind = 'MLA_REQUEST' AND due_on < $4::date) AS "mlaRequestsOverdue",
              count(*) FILTER (WHERE kind = 'MLA_REQUEST' AND due_on >= $4::date) AS "mlaRequestsDueSoon",
              count(*) FILTER (WHERE kind = 'MEASURE') AS "measures",
              count(*) FILTER (WHERE kind = 'REPORTING_DUTY') AS "reportingDuties"
         FROM item`,
      obligationParameters(deadlines, []),
    );
    return Object.assign(
      new DeadlineCounts(),
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])),
    );
  }
}
