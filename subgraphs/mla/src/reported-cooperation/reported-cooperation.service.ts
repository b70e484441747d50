import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import type { MlaContext } from "../loaders";
import { ReportedCooperation, type ReportedCooperationFilter } from "./reported-cooperation";

interface Row {
  id: string;
  kind: ReportedCooperation["kind"];
  direction: ReportedCooperation["direction"];
  counterpart_country_code: string | null;
  counterpart_organization_id: string | null;
  counterpart_as_written: string;
  year: number | null;
  count: number | null;
  count_as_written: string | null;
  reported_as_written: string;
  source: string;
}

const COLUMNS = `id, kind, direction, counterpart_country_code, counterpart_organization_id, counterpart_as_written, year, count,
  count_as_written, reported_as_written, source`;

function toFact(row: Row): ReportedCooperation {
  return Object.assign(new ReportedCooperation(), {
    id: row.id,
    kind: row.kind,
    direction: row.direction,
    counterpartCountry: row.counterpart_country_code ? { code: row.counterpart_country_code } : null,
    counterpartOrganization: row.counterpart_organization_id ? { id: row.counterpart_organization_id } : null,
    counterpartAsWritten: row.counterpart_as_written,
    year: row.year,
    count: row.count,
    countAsWritten: row.count_as_written,
    reportedAsWritten: row.reported_as_written,
    source: row.source,
  });
}

export async function listReportedCooperation(dataSource: DataSource, filter: ReportedCooperationFilter = {}): Promise<ReportedCooperation[]> {
  const country = filter.counterpartCountry?.trim().toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) throw new UserInputError("filter.counterpartCountry", "must be an ISO 3166-1 alpha-2 code");
  const rows: Row[] = await dataSource.query(
    `SELECT ${COLUMNS} FROM mla.reported_cooperation
      WHERE ($1::text IS NULL OR counterpart_country_code = $1) AND ($2::text IS NULL OR counterpart_organization_id = $2)
        AND ($3::text IS NULL OR kind = $3)
      ORDER BY year NULLS FIRST, id`,
    [country ?? null, filter.counterpartOrganizationId ?? null, filter.kind ?? null],
  );
  return rows.map(toFact);
}

// One loader per request (the request's context object), so Country.reportedCooperation for a page of
// countries is one statement.
const byCountryLoaders = new WeakMap<object, DataLoader<string, ReportedCooperation[]>>();

export function reportedCooperationByCountry(context: MlaContext): DataLoader<string, ReportedCooperation[]> {
  let loader = byCountryLoaders.get(context);
  if (!loader) {
    loader = new DataLoader<string, ReportedCooperation[]>(async (codes) => {
      const rows: Row[] = await context.db.query(
        `SELECT ${COLUMNS} FROM mla.reported_cooperation WHERE counterpart_country_code = ANY($1) ORDER BY year NULLS FIRST, id`,
        [[...codes]],
      );
      return codes.map((code) => rows.filter((row) => row.counterpart_country_code === code).map(toFact));
    });
    byCountryLoaders.set(context, loader);
  }
  return loader;
}
