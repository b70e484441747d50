import type { DataSource } from "typeorm";
import { MlaRequest } from "./mla-request";

/**
 * Fields of MlaRequest that resolvers compute from another property (the rest are properties of the
 * entity, or need only the id: history, contributedTo).
 */
const RESOLVED_FROM: Record<string, (keyof MlaRequest)[]> = {
  legalBasis: ["legalBasisAgreementId"],
  counterpartCountry: ["counterpartCountryCode"],
  case: ["caseId"],
  nextStatuses: ["status"],
  letterCheck: ["direction", "legalBasisKind", "legalBasisAgreementId", "caseId", "factsSummary", "assistanceTypes", "assistanceSought",
    "counterpartAuthority", "requestingAuthority", "contactName", "contactPhone", "contactEmail"],
  refusalGroundCode: ["refusalGroundCode", "status", "refusalGround"],
};

/**
 * The view's columns a selection of MlaRequest fields needs, as `s.column AS "property"`: the id always
 * (the key of the entity and of its loaders), then only what the fields read ("*": every column).
 */
export function requestColumns(dataSource: DataSource, fields: readonly string[]): string {
  const metadata = dataSource.getMetadata(MlaRequest);
  const properties = new Set<string>(["id"]);
  if (fields.includes("*")) metadata.columns.forEach((column) => properties.add(column.propertyName));
  for (const field of fields) {
    for (const property of RESOLVED_FROM[field] ?? [field]) properties.add(property);
  }
  return [...properties]
    .map((property) => metadata.findColumnWithPropertyName(property))
    .filter((column) => column !== undefined)
    .map((column) => `s.${column.databaseName} AS "${column.propertyName}"`)
    .join(", ");
}

export function toRequest(row: Record<string, unknown>): MlaRequest {
  return Object.assign(new MlaRequest(), row);
}
