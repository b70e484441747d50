import { In, type DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import { isUuid } from "#shared/database/uuid";
import { offsetFromCursor, pageSize, toConnection, type Connection } from "#shared/subgraph/connection";
import { MlaRequest } from "./mla-request";
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
  if (filter.caseId) {
    if (!isUuid(filter.caseId)) throw new UserInputError("filter.caseId", "is not a case id");
    add("s.case_id = ?::uuid", filter.caseId);
  }
  if (filter.overdue !== undefined && filter.overdue !== null) add("s.overdue = ?", filter.overdue);
  if (filter.synthetic !== undefined && filter.synthetic !== null) add("s.synthetic = ?", filter.synthetic);
  if (filter.openedFrom && filter.openedTo && filter.openedFrom > filter.openedTo) throw new UserInputError("filter.openedTo", "must not be before openedFrom");
  if (filter.openedFrom) add("s.opened_on >= ?::date", filter.openedFrom);
  if (filter.openedTo) add("s.opened_on <= ?::date", filter.openedTo);
  return conditions.join(" AND ");
}

// Newest first; requests without a date last; reference breaks ties so pages are stable.
const ORDER = "s.opened_on DESC NULLS LAST, s.reference, s.id";

export interface PageArgs {
  filter?: MlaRequestFilter;
  first?: number;
  after?: string;
}

export class MlaRequestService {
  constructor(private readonly dataSource: DataSource) {}

  async list({ filter = {}, first, after }: PageArgs): Promise<Connection<MlaRequest>> {
    return (await this.listGrouped(null, [null], { filter, first, after }))[0];
  }

  /**
   * Pages of requests for many keys at once (every agreement on a page of agreements): one statement
   * numbers the rows per key with a window function, a second loads the requests on the pages.
   */
  async listGrouped(
    keyColumn: "legal_basis_agreement_id" | "counterpart_country_code" | null,
    keys: readonly (string | null)[],
    { filter = {}, first, after }: PageArgs,
  ): Promise<Connection<MlaRequest>[]> {
    const size = pageSize(first);
    const offset = offsetFromCursor(after);
    const params: unknown[] = [];
    let where = requestConditions(filter, params);
    let partition = "";
    if (keyColumn) {
      params.push([...keys]);
      where += ` AND s.${keyColumn} = ANY($${params.length})`;
      partition = `PARTITION BY s.${keyColumn}`;
    }
    params.push(offset, offset + size + 1);
    // Row 1 of every key always comes back, so a page past the end still knows the key's total.
    const rows: { id: string; key: string | null; total: string; n: string }[] = await this.dataSource.query(
      `SELECT id, key, total, n FROM (
         SELECT s.id, ${keyColumn ? `s.${keyColumn}` : "NULL::text"} AS key,
                row_number() OVER (${partition} ORDER BY ${ORDER}) AS n,
                count(*) OVER (${partition}) AS total
           FROM mla.mla_request_state s WHERE ${where}) numbered
        WHERE (n > $${params.length - 1} AND n <= $${params.length}) OR n = 1 ORDER BY key, n`,
      params,
    );
    const onPage = rows.filter((row) => Number(row.n) > offset);
    const ids = onPage.map((row) => row.id);
    const requests = ids.length ? await this.dataSource.getRepository(MlaRequest).findBy({ id: In(ids) }) : [];
    const byId = new Map(requests.map((r) => [r.id, r]));
    return keys.map((key) => {
      const mine = rows.filter((row) => row.key === key);
      const nodes = onPage
        .filter((row) => row.key === key)
        .map((row) => byId.get(row.id))
        .filter((r): r is MlaRequest => r !== undefined);
      const totalCount = mine.length > 0 ? Number(mine[0].total) : 0;
      return toConnection(nodes, size, { hasPreviousPage: offset > 0, totalCount, position: (_n, i) => [offset + i + 1] });
    });
  }
}
