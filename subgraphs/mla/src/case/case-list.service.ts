import type { DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import { offsetFromCursor, pageSize, toConnection, type Connection } from "#shared/subgraph/connection";
import { orderTerm } from "#shared/subgraph/sort-direction";
import { ARTICLE } from "./case.service";
import { CaseOrderField, type CaseFilter, type CaseOrder } from "./case.filter";
import { CriminalCase } from "./criminal-case";

const REQUESTS_OF_CASE = "(SELECT count(*) FROM mla.mla_request r WHERE r.case_id = c.id)";

const EXPRESSIONS: Record<CaseOrderField, string> = {
  REFERENCE: "c.reference",
  OPENED_ON: "c.opened_on",
  REQUESTS: REQUESTS_OF_CASE,
};

function conditions(filter: CaseFilter, params: unknown[]): string {
  const where = ["true"];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace("?", `$${params.length}`));
  };
  const reference = filter.reference?.trim();
  if (reference) {
    if (reference.length > 100) throw new UserInputError("filter.reference", "must be at most 100 characters");
    // A substring of the number, case-insensitive; LIKE's wildcards in what was typed are taken literally.
    add("c.reference ILIKE ?", `%${reference.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
  }
  if (filter.article) {
    if (!ARTICLE.test(filter.article.trim())) throw new UserInputError("filter.article", "write a Criminal Code article like 144-1 or 144-2.2");
    add("? = ANY (c.articles)", filter.article.trim());
  }
  if (filter.synthetic !== undefined && filter.synthetic !== null) add("c.synthetic = ?", filter.synthetic);
  if (filter.openedFrom && filter.openedTo && filter.openedFrom > filter.openedTo) throw new UserInputError("filter.openedTo", "must not be before openedFrom");
  if (filter.openedFrom) add("c.opened_on >= ?::date", filter.openedFrom);
  if (filter.openedTo) add("c.opened_on <= ?::date", filter.openedTo);
  return where.join(" AND ");
}

/** The list of national cases: filtered, sorted on the server, paged by offset (cases number in the thousands). */
export class CaseList {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: CaseFilter = {}, first?: number, after?: string, orderBy?: CaseOrder | null): Promise<Connection<CriminalCase>> {
    const size = pageSize(first);
    const offset = offsetFromCursor(after);
    const params: unknown[] = [];
    const where = conditions(filter, params);
    const order = orderBy ? `${orderTerm(EXPRESSIONS[orderBy.field], orderBy.direction)}, c.reference, c.id` : "c.opened_on DESC NULLS LAST, c.reference, c.id";
    params.push(offset, size + 1);
    // One statement: the window count is taken before OFFSET/LIMIT, so it is the whole list's.
    const rows: (Record<string, unknown> & { total: string })[] = await this.dataSource.query(
      `SELECT c.id, c.reference, c.articles, c.opened_on AS "openedOn", c.summary, c.victim_details AS "victimDetails",
              c.internal_notes AS "internalNotes", c.synthetic, c.version, count(*) OVER () AS total
         FROM mla.criminal_case c WHERE ${where}
        ORDER BY ${order} OFFSET $${params.length - 1} LIMIT $${params.length}`,
      params,
    );
    let totalCount = Number(rows[0]?.total ?? 0);
    if (rows.length === 0 && offset > 0) {
      const [{ total }]: { total: string }[] = await this.dataSource.query(`SELECT count(*) AS total FROM mla.criminal_case c WHERE ${where}`, params.slice(0, -2));
      totalCount = Number(total);
    }
    const nodes = rows.map(({ total: _total, ...row }) => Object.assign(new CriminalCase(), row));
    return toConnection(nodes, size, { hasPreviousPage: offset > 0, totalCount, position: (_n, i) => [offset + i + 1] });
  }
}
