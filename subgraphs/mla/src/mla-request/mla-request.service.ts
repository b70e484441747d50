import type { DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import { decodeCursor, pageSize, toConnection, type Connection } from "#shared/subgraph/connection";
import type { ConnectionSelection } from "#shared/subgraph/selection";
import { MlaRequest } from "./mla-request";
import { requestColumns, toRequest } from "./mla-request.columns";
import type { MlaRequestFilter } from "./mla-request.filter";

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
  if (filter.caseId) add("s.case_id = ?::uuid", filter.caseId);
  if (filter.overdue !== undefined && filter.overdue !== null) add("s.overdue = ?", filter.overdue);
  if (filter.synthetic !== undefined && filter.synthetic !== null) add("s.synthetic = ?", filter.synthetic);
  if (filter.openedFrom && filter.openedTo && filter.openedFrom > filter.openedTo) throw new UserInputError("filter.openedTo", "must not be before openedFrom");
  if (filter.openedFrom) add("s.opened_on >= ?::date", filter.openedFrom);
  if (filter.openedTo) add("s.opened_on <= ?::date", filter.openedTo);
  return conditions.join(" AND ");
}

// Newest first; requests without a date last; reference breaks ties so pages are stable.
const ORDER = "s.opened_on DESC NULLS LAST, s.reference, s.id";

function offsetOf(after: string | undefined): number {
  if (!after) return 0;
  const offset = Number(decodeCursor(after)[0]);
  if (!Number.isInteger(offset) || offset < 0) throw new UserInputError("after", "is not a cursor returned by this API");
  return offset;
}

export interface PageArgs {
  filter?: MlaRequestFilter;
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
   * Pages of requests for many keys at once (every agreement on a page of agreements), one statement for
   * each part the query asks for: the counts (GROUP BY the key), the rows on each key's page (LATERAL,
   * reading only the page through the index in list order, only the columns the fields need).
   */
  async listGrouped(keyColumn: KeyColumn | null, keys: readonly (string | null)[], { filter = {}, first, after, selection = EVERYTHING }: PageArgs): Promise<Connection<MlaRequest>[]> {
    const size = pageSize(first);
    const offset = offsetOf(after);
    const [totals, pages] = await Promise.all([
      selection.totalCount ? this.count(keyColumn, keys, filter) : new Map<string | null, number>(),
      selection.page ? this.page(keyColumn, keys, filter, offset, size, selection.nodeFields) : new Map<string | null, MlaRequest[]>(),
    ]);
    return keys.map((key) =>
      toConnection(pages.get(key) ?? [], size, { hasPreviousPage: offset > 0, totalCount: totals.get(key) ?? 0, position: (_n, i) => [offset + i + 1] }),
    );
  }

  private async count(keyColumn: KeyColumn | null, keys: readonly (string | null)[], filter: MlaRequestFilter): Promise<Map<string | null, number>> {
    const params: unknown[] = [];
    const where = requestConditions(filter, params);
    if (!keyColumn) {
      const [{ total }]: { total: string }[] = await this.dataSource.query(`SELECT count(*) AS total FROM mla.mla_request_state s WHERE ${where}`, params);
      return new Map([[null, Number(total)]]);
    }
    params.push([...keys]);
    const rows: { key: string; total: string }[] = await this.dataSource.query(
      `SELECT s.${keyColumn}::text AS key, count(*) AS total FROM mla.mla_request_state s
        WHERE ${where} AND s.${keyColumn} = ANY($${params.length}::${keyType(keyColumn)}[]) GROUP BY 1`,
      params,
    );
    return new Map(rows.map((row) => [row.key, Number(row.total)]));
  }

  private async page(
    keyColumn: KeyColumn | null,
    keys: readonly (string | null)[],
    filter: MlaRequestFilter,
    offset: number,
    size: number,
    fields: readonly string[],
  ): Promise<Map<string | null, MlaRequest[]>> {
    const params: unknown[] = [];
    const where = requestConditions(filter, params);
    const columns = requestColumns(this.dataSource, fields);
    params.push(offset, size + 1);
    const window = `ORDER BY ${ORDER} OFFSET $${params.length - 1} LIMIT $${params.length}`;
    if (!keyColumn) {
      const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT ${columns} FROM mla.mla_request_state s WHERE ${where} ${window}`, params);
      return new Map([[null, rows.map(toRequest)]]);
    }
    params.push([...keys]);
    const rows: ({ page_key: string } & Record<string, unknown>)[] = await this.dataSource.query(
      `SELECT k.key::text AS page_key, p.*
         FROM unnest($${params.length}::${keyType(keyColumn)}[]) AS k(key)
         CROSS JOIN LATERAL (SELECT ${columns} FROM mla.mla_request_state s WHERE s.${keyColumn} = k.key AND ${where} ${window}) p`,
      params,
    );
    const pages = new Map<string | null, MlaRequest[]>();
    for (const { page_key: key, ...row } of rows) pages.set(key, [...(pages.get(key) ?? []), toRequest(row)]);
    return pages;
  }
}

function keyType(keyColumn: KeyColumn): string {
  return keyColumn === "counterpart_country_code" ? "char(2)" : "text";
}
