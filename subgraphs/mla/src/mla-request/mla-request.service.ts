import type { DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import { isUuid } from "#shared/database/uuid";
import { offsetFromCursor, pageSize, toConnection, type Connection } from "#shared/subgraph/connection";
import type { ConnectionSelection } from "#shared/subgraph/selection";
import { MlaRequest, type MlaStatus } from "./mla-request";
import { requestColumns, toRequest } from "./mla-request.columns";
import type { MlaRequestFilter } from "./mla-request.filter";
import { requestOrderSql, type MlaRequestOrder } from "./mla-request.order";
import { textCondition } from "./mla-request.search";

/** SQL conditions on `mla.mla_request_state s` for a filter, with numbered parameters appended to `params`. */
export function requestConditions(filter: MlaRequestFilter, params: unknown[]): string {
  const conditions: string[] = ["true"];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace("?", `$${params.length}`));
  };
  if (filter.direction) add("s.direction = ?", filter.direction);
  if (filter.status?.length) add("s.status = ANY(?)", filter.status);
  if (filter.counterpartCountry) {
    if (!/^[A-Za-z]{2}$/.test(filter.counterpartCountry)) throw new UserInputError("filter.counterpartCountry", "must be an ISO 3166-1 alpha-2 code");
    add("s.counterpart_country_code = ?", filter.counterpartCountry.toUpperCase());
  }
  if (filter.legalBasisAgreementId) add("s.legal_basis_agreement_id = ?", filter.legalBasisAgreementId);
  if (filter.caseId) {
    if (!isUuid(filter.caseId)) throw new UserInputError("filter.caseId", "is not a case id");
    add("s.case_id = ?::uuid", filter.caseId);
  }
  if (filter.overdue !== undefined && filter.overdue !== null) add("s.overdue = ?", filter.overdue);
  if (filter.synthetic !== undefined && filter.synthetic !== null) add("s.synthetic = ?", filter.synthetic);
  if (filter.openedFrom && filter.openedTo && filter.openedFrom > filter.openedTo) throw new UserInputError("filter.openedTo", "must not be before openedFrom");
  if (filter.openedFrom) add("s.opened_on >= ?::date", filter.openedFrom);
  if (filter.openedTo) add("s.opened_on <= ?::date", filter.openedTo);
  const text = textCondition(filter.text, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  if (text) conditions.push(text);
  return conditions.join(" AND ");
}


export interface PageArgs {
  filter?: MlaRequestFilter;
  orderBy?: MlaRequestOrder | null;
  /** For an order by country: the codes sorted by name (country-order.ts). */
  countryOrder?: readonly string[];
  first?: number;
  after?: string;
  /** What the query asks for; by default everything. */
  selection?: ConnectionSelection;
}

type KeyColumn = "legal_basis_agreement_id" | "counterpart_country_code";

const EVERYTHING: ConnectionSelection = { totalCount: true, page: true, nodeFields: ["*"] };

export class MlaRequestService {
  constructor(private readonly dataSource: DataSource) {}

  async list(args: PageArgs): Promise<Connection<MlaRequest>> {
    return (await this.listGrouped(null, [null], args))[0];
  }

  /**
   * Pages of requests for many keys at once (every agreement on a page of agreements), in one statement
   * that computes only what the query asks for: the counts (GROUP BY the key) and the rows on each key's
   * page (LATERAL per key, read through the list-order index, only the columns the fields need).
   */
  async listGrouped(keyColumn: KeyColumn | null, keys: readonly (string | null)[], { filter = {}, first, after, orderBy, countryOrder, selection = EVERYTHING }: PageArgs): Promise<Connection<MlaRequest>[]> {
    const size = pageSize(first);
    const offset = offsetFromCursor(after);
    const { totals, pages } = selection.page
      ? await this.pages(keyColumn, keys, filter, { offset, size, fields: selection.nodeFields, count: selection.totalCount, order: requestOrderSql(orderBy, countryOrder) })
      : { totals: selection.totalCount ? await this.count(keyColumn, keys, filter) : new Map<string | null, number>(), pages: new Map<string | null, MlaRequest[]>() };
    return keys.map((key) =>
      toConnection(pages.get(key) ?? [], size, { hasPreviousPage: offset > 0, totalCount: totals.get(key) ?? 0, position: (_n, i) => [offset + i + 1] }),
    );
  }

  private async count(keyColumn: KeyColumn | null, keys: readonly (string | null)[], filter: MlaRequestFilter): Promise<Map<string | null, number>> {
    const params: unknown[] = [];
    const rows: { key: string | null; total: string }[] = await this.dataSource.query(countSql(keyColumn, keys, filter, params), params);
    return new Map(rows.map((row) => [row.key, Number(row.total)]));
  }

  private async pages(
    keyColumn: KeyColumn | null,
    keys: readonly (string | null)[],
    filter: MlaRequestFilter,
    page: { offset: number; size: number; fields: readonly string[]; count: boolean; order: string },
  ): Promise<{ totals: Map<string | null, number>; pages: Map<string | null, MlaRequest[]> }> {
    const params: unknown[] = [];
    const counts = page.count ? countSql(keyColumn, keys, filter, params) : `SELECT NULL::text AS key, NULL::bigint AS total`;
    const where = requestConditions(filter, params);
    params.push(page.offset, page.size + 1);
    const slice = `ORDER BY ${page.order} OFFSET $${params.length - 1} LIMIT $${params.length}`;
    let matches = "";
    if (keyColumn) {
      params.push([...keys]);
      matches = `AND s.${keyColumn} = k.key`;
    }
    const keyList = keyColumn ? `unnest($${params.length}::${keyType(keyColumn)}[])` : `(VALUES (NULL::text))`;
    // One row per key even when its page is empty (past the end), so its count still comes back.
    const rows: ({ page_key: string | null; page_total: string | null; id: string | null } & Record<string, unknown>)[] = await this.dataSource.query(
      `WITH counts AS (${counts})
       SELECT k.key::text AS page_key, c.total AS page_total, p.*
         FROM ${keyList} AS k(key)
         LEFT JOIN counts c ON c.key IS NOT DISTINCT FROM k.key::text
         LEFT JOIN LATERAL (SELECT ${requestColumns(this.dataSource, page.fields)} FROM mla.mla_request_state s
                             WHERE ${where} ${matches} ${slice}) p ON true`,
      params,
    );
    const totals = new Map<string | null, number>();
    const pages = new Map<string | null, MlaRequest[]>();
    for (const { page_key: key, page_total: total, ...row } of rows) {
      totals.set(key, Number(total ?? 0));
      if (row.id === null) continue;
      const page = pages.get(key) ?? [];
      page.push(toRequest(row));
      pages.set(key, page);
    }
    return { totals, pages };
  }
}

// The figures keep a count per status (mla.cooperation_request_counts).
const STATUS_COUNTS: Record<MlaStatus, string> = {
  DRAFT: "draft",
  SENT: "sent",
  RECEIVED: "received",
  IN_PROGRESS: "in_progress",
  ADDITIONAL_INFO_REQUESTED: "additional_info_requested",
  EXECUTED: "executed",
  PARTIALLY_EXECUTED: "partially_executed",
  REFUSED: "refused",
  WITHDRAWN: "withdrawn",
};

/**
 * Requests per key (or in all) matching the filter. A filter on what the cooperation figures are kept
 * by (direction, status, synthetic, agreement, country) is counted from their all-time rows: a few rows
 * per key, whatever the number of requests. Other filters (dates, overdue, case, text) count the requests by
 * GROUP BY, reading the index and the filter's columns only.
 */
function countSql(keyColumn: KeyColumn | null, keys: readonly (string | null)[], filter: MlaRequestFilter, params: unknown[]): string {
  // An agreement filter starting with '#' would meet the figures' keys of requests without an agreement.
  const fromFigures = !filter.openedFrom && !filter.openedTo && (filter.overdue ?? null) === null && !filter.caseId && !filter.text && !filter.legalBasisAgreementId?.startsWith("#");
  if (fromFigures) return figureCountSql(keyColumn, keys, filter, params);
  const where = requestConditions(filter, params);
  if (!keyColumn) return `SELECT NULL::text AS key, count(*) AS total FROM mla.mla_request_state s WHERE ${where}`;
  params.push([...keys]);
  return `SELECT s.${keyColumn}::text AS key, count(*) AS total FROM mla.mla_request_state s
           WHERE ${where} AND s.${keyColumn} = ANY($${params.length}::${keyType(keyColumn)}[]) GROUP BY 1`;
}

function figureCountSql(keyColumn: KeyColumn | null, keys: readonly (string | null)[], filter: MlaRequestFilter, params: unknown[]): string {
  requestConditions(filter, []); // the same validation as a count over the requests
  const add = (value: unknown, type: string) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const byAgreement = keyColumn === "legal_basis_agreement_id";
  const byCountry = keyColumn === "counterpart_country_code";
  const agreement = byAgreement ? `= ANY(${add([...keys], "text[]")})` : filter.legalBasisAgreementId ? `= ${add(filter.legalBasisAgreementId, "text")}` : "= ''";
  const country = byCountry
    ? `= ANY(${add([...keys], "text[]")})`
    : filter.counterpartCountry
      ? `= ${add(filter.counterpartCountry.toUpperCase(), "text")}`
      : // Every request is counted once under its country: all of them, when nothing narrows the subject.
        !byAgreement && !filter.legalBasisAgreementId ? "<> ''" : "= ''";
  const conditions = ["t.month = 'infinity'", `t.agreement_id ${agreement}`, `t.country_code ${country}`];
  if (filter.direction) conditions.push(`t.direction = ${add(filter.direction, "text")}`);
  if ((filter.synthetic ?? null) !== null) conditions.push(`t.synthetic = ${add(filter.synthetic, "boolean")}`);
  const counted = filter.status?.length ? [...new Set(filter.status)].map((status) => `t.${STATUS_COUNTS[status]}`).join(" + ") : "t.requests";
  const key = byAgreement ? "t.agreement_id" : byCountry ? "t.country_code" : "NULL::text";
  return `SELECT ${key} AS key, sum(${counted}) AS total FROM mla.cooperation_request_counts t WHERE ${conditions.join(" AND ")} GROUP BY 1`;
}

function keyType(keyColumn: KeyColumn): string {
  return keyColumn === "counterpart_country_code" ? "char(2)" : "text";
}
