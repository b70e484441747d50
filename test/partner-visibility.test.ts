import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  buildSchema, getNamedType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, Kind,
  type GraphQLField, type GraphQLInputType, type GraphQLObjectType, type GraphQLSchema,
} from "graphql";
import { IDENTITY_HEADER, signIdentity } from "#shared/auth/gateway-signature";
import type { Identity } from "#shared/auth/identity";
import { isPartnerVisible, partnerVisibleFields } from "#shared/auth/partner-visibility";
import type { SubgraphName } from "#shared/config";
import { partnerOperationsDir, supergraphPath } from "#shared/paths";
import { partnerOperationProblems } from "../gateway/src/partner-operations";
import { agreementsSubgraph } from "../subgraphs/agreements/src/subgraph";
import { loadSyntheticCooperation } from "../subgraphs/mla/src/demo/synthetic-cooperation";
import { mlaSubgraph } from "../subgraphs/mla/src/subgraph";
import { recommendationsSubgraph } from "../subgraphs/recommendations/src/subgraph";
import { startTestHub, type TestHub } from "./support/test-hub";

// Default-deny for partner keys (Criminal Code art. 316-1): every field of every subgraph schema is
// enumerated from the schema itself; none is listed here by hand.

/** Planted in every free-text column that may hold victim data, notes or officers' names. */
const SENTINEL = "VICTIM-SENTINEL";
const MODULES = { agreements: agreementsSubgraph, mla: mlaSubgraph, recommendations: recommendationsSubgraph } as const;
const PARTNER: Identity = { kind: "partner", subject: "key:test", name: "partner IOM", roles: ["partner"], organization: "IOM" };
const STAFF: Identity = { kind: "staff", subject: "staff:test", name: "Test Viewer", roles: ["viewer"] };
const MIN_CELL = 5;

let hub: TestHub;
let partnerKey: string;
let requestId: string;
let caseId: string;

beforeAll(async () => {
  hub = await startTestHub();
  partnerKey = await hub.partnerKey("IOM");
  await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 300);
  requestId = (await hub.pool.query(`SELECT id FROM mla.mla_request WHERE synthetic AND legal_basis_agreement_id = 'az-tr-cooperation' LIMIT 1`)).rows[0].id;
  caseId = (await hub.pool.query(`SELECT case_id FROM mla.mla_request WHERE id = $1`, [requestId])).rows[0].case_id;
  // Figures count real records only unless a client asks for demo data (and partners never do): the
  // generated requests stand in for real ones here, so the partner's figures have cells to withhold.
  await hub.pool.query(`UPDATE mla.mla_request SET synthetic = false WHERE synthetic`);
  const officer = { role: "officer" as const };
  // Staff activity that leaves free text everywhere it can: notes, evidence, names, history.
  const update = await hub.query(
    `mutation { recordStatusUpdate(recommendationId: "needs-assessment-ch3:O", expectedVersion: 1, input: { status: IN_PROGRESS, reportingPeriod: "2024", note: "n",
       evidence: [{ kind: AGREEMENT, agreementId: "az-tr-cooperation", note: "n" }, { kind: MLA_REQUEST, mlaRequestId: "${requestId}", note: "n" },
                  { kind: DOCUMENT, documentTitle: "t", note: "n" }] }) { id } }`,
    undefined,
    officer,
  );
  expect(update.body.errors).toBeUndefined();
  await hub.query(`mutation { assessIndicator(itemId: "5.4-OPERATIONAL-1", input: { reportingPeriod: "2024", status: NOT_MET, note: "n" }) { id } }`, undefined, officer);
  await hub.query(`mutation { updateAgreement(id: "az-tr-cooperation", expectedVersion: 1, input: { titleEn: "Azerbaijan-Turkey" }) { id } }`, undefined, { role: "admin" });
  for (const [table, columns] of Object.entries({
    "mla.criminal_case": ["summary", "victim_details", "internal_notes"],
    "mla.mla_request": ["internal_note"],
    "mla.mla_request_transition": ["note", "changed_by_name"],
    "mla.case_outcome": ["note"],
    "recommendations.status_update": ["note", "recorded_by_name"],
    "recommendations.evidence": ["note", "document_title"],
    "recommendations.indicator_assessment": ["note", "recorded_by_name"],
    "agreements.agreement_history": ["changed_by_name"],
  })) {
    const triggers = table.endsWith("transition") || table.endsWith("history") || table.endsWith("status_update") || table.endsWith("evidence") || table.endsWith("assessment");
    if (triggers) await hub.pool.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    // A document title exists only on DOCUMENT evidence (a check constraint says so): planted where it is.
    const value = (c: string) => (c === "document_title" ? `CASE WHEN ${c} IS NULL THEN NULL ELSE '${SENTINEL} ${c}' END` : `'${SENTINEL} ${c}'`);
    await hub.pool.query(`UPDATE ${table} SET ${columns.map((c) => `${c} = ${value(c)}`).join(", ")}`);
    if (triggers) await hub.pool.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  }
}, 120_000);
afterAll(() => hub?.stop());

/** Ids of real records for the arguments that name one, by field and argument. */
function realId(coordinate: string): string | undefined {
  return {
    "case.id": caseId, "mlaRequest.id": requestId, "agreement.id": "az-tr-cooperation", "recommendation.id": "needs-assessment-ch3:O",
    "organization.id": "CIS", "country.code": "TR",
  }[coordinate];
}

/** A value of an input type that passes coercion (ids of real records where one is needed). */
function sample(type: GraphQLInputType, coordinate = ""): unknown {
  if (isNonNullType(type)) return sample(type.ofType, coordinate);
  if (isListType(type)) return [sample(type.ofType, coordinate)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  if (isScalarType(type)) return realId(coordinate) ?? ({ Int: 1, Float: 1, Boolean: true, LocalDate: "2024-01-01", ID: requestId, String: "TR" } as Record<string, unknown>)[type.name] ?? "x";
  return null;
}

/** Field with its required arguments, as a selection (with `__typename` inside when it is an object). */
function select(field: GraphQLField<unknown, unknown>, inner = ""): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${JSON.stringify(sample(a.type, `${field.name}.${a.name}`)).replace(/"([A-Za-z_][A-Za-z0-9_]*)":/g, "$1:")}`).join(", ")})` : "";
  const composite = isCompositeType(getNamedType(field.type));
  return `${field.name}${argText}${composite ? ` { __typename ${inner} }` : ""}`;
}

const KEYS: Record<string, Record<string, string>> = {
  Agreement: { id: "az-tr-cooperation" },
  Country: { code: "TR" },
  Organization: { id: "CIS" },
  Measure: { id: "1" },
  Recommendation: { id: "needs-assessment-ch3:O" },
};

/** The @key of an entity type in a subgraph schema (its first field), or null. */
function keyOf(type: GraphQLObjectType): string | null {
  const key = type.astNode?.directives?.find((d) => d.name.value === "key");
  const fields = key?.arguments?.find((a) => a.name.value === "fields")?.value;
  return fields?.kind === Kind.STRING ? fields.value.split(" ")[0] : null;
}

/**
 * A query reaching `Type.field` in one subgraph: at the root, through `_entities` for an entity, or
 * along the shortest chain of fields from those (found breadth-first over the schema).
 */
function queryFor(schema: GraphQLSchema, type: GraphQLObjectType, fieldName: string): { query: string; variables?: Record<string, unknown> } {
  const target = select(type.getFields()[fieldName]);
  const starts: { type: GraphQLObjectType; wrap: (inner: string) => string; variables?: Record<string, unknown> }[] = [
    { type: schema.getQueryType()!, wrap: (inner) => `{ ${inner} }` },
  ];
  for (const candidate of Object.values(schema.getTypeMap())) {
    if (!isObjectType(candidate) || candidate.name.startsWith("_")) continue;
    const key = keyOf(candidate);
    if (!key) continue;
    const representation = { __typename: candidate.name, [key]: KEYS[candidate.name]?.[key] ?? requestId };
    starts.push({
      type: candidate,
      wrap: (inner) => `query Q($r: [_Any!]!) { _entities(representations: $r) { ... on ${candidate.name} { ${inner} } } }`,
      variables: { r: [representation] },
    });
  }
  const queue = starts.map((start) => ({ ...start, depth: 0 }));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const step = queue.shift()!;
    if (step.type === type) return { query: step.wrap(target), variables: step.variables };
    if (seen.has(step.type.name) || step.depth > 6) continue;
    seen.add(step.type.name);
    for (const field of Object.values(step.type.getFields())) {
      const named = getNamedType(field.type);
      if (!isObjectType(named) || field.name === "_entities") continue;
      queue.push({ type: named, depth: step.depth + 1, variables: step.variables, wrap: (inner) => step.wrap(select(field, inner)) });
    }
  }
  throw new Error(`no path to ${type.name}.${fieldName}`);
}

async function direct(name: SubgraphName, identity: Identity, request: { query: string; variables?: Record<string, unknown> }) {
  const response = await fetch(hub.subgraphs[name].url, {
    method: "POST",
    headers: { "content-type": "application/json", [IDENTITY_HEADER]: await signIdentity(hub.internalSecret, identity) },
    body: JSON.stringify(request),
  });
  return { status: response.status, text: await response.text() };
}

interface FieldCase {
  subgraph: SubgraphName;
  coordinate: string;
  visible: boolean;
  type: GraphQLObjectType;
  field: string;
}

async function enumerate(): Promise<{ cases: FieldCase[]; schemas: Record<SubgraphName, GraphQLSchema> }> {
  const cases: FieldCase[] = [];
  const schemas = {} as Record<SubgraphName, GraphQLSchema>;
  for (const [name, module] of Object.entries(MODULES) as [SubgraphName, (typeof MODULES)[SubgraphName]][]) {
    const { schema } = await module.buildSchema();
    schemas[name] = schema;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__") || type === schema.getMutationType()) continue;
      for (const field of Object.values(type.getFields())) {
        cases.push({ subgraph: name, coordinate: `${type.name}.${field.name}`, visible: isPartnerVisible(field), type, field: field.name });
      }
    }
  }
  return { cases, schemas };
}

describe("default-deny for partner keys, enumerated from every subgraph schema", () => {
  let cases: FieldCase[];
  let schemas: Record<SubgraphName, GraphQLSchema>;
  beforeAll(async () => {
    ({ cases, schemas } = await enumerate());
  });

  it("finds every field (and some of each kind)", () => {
    expect(cases.length).toBeGreaterThan(200);
    expect(cases.filter((c) => c.visible).length).toBeGreaterThan(60);
    expect(cases.filter((c) => !c.visible).length).toBeGreaterThan(60);
  });

  it("directly at each subgraph: a partner identity gets FORBIDDEN naming every field not marked partner-visible, and never a marked one", async () => {
    const failures: string[] = [];
    for (const entry of cases) {
      if (entry.coordinate === "Query._entities") continue;
      const request = queryFor(schemas[entry.subgraph], entry.type, entry.field);
      const partner = await direct(entry.subgraph, PARTNER, request);
      const body = JSON.parse(partner.text) as { errors?: { extensions?: { code?: string; fields?: string[] } }[] };
      const named = (body.errors ?? []).some((e) => e.extensions?.code === "FORBIDDEN" && e.extensions.fields?.includes(entry.coordinate));
      if (named !== !entry.visible) failures.push(`${entry.subgraph} ${entry.coordinate}: ${entry.visible ? "visible but refused" : "hidden but not refused"}`);
      if (partner.text.includes(SENTINEL)) failures.push(`${entry.subgraph} ${entry.coordinate}: planted victim text reached a partner`);
      const staff = await direct(entry.subgraph, STAFF, request);
      if (staff.text.includes('"FORBIDDEN"')) failures.push(`${entry.subgraph} ${entry.coordinate}: refused to staff`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("the planted victim text is there for staff (so its absence above means something)", async () => {
    const request = queryFor(schemas.mla, schemas.mla.getType("Case") as GraphQLObjectType, "victimDetails");
    expect((await direct("mla", STAFF, request)).text).toContain(SENTINEL);
  });

  it("marks no free text about people partner-visible, and every partner-visible number is a suppressed figure or not a count", () => {
    const supergraph = buildSchema(readFileSync(supergraphPath(), "utf8"));
    const visible = partnerVisibleFields(supergraph);
    const fieldOf = (coordinate: string) => {
      const [typeName, fieldName] = coordinate.split(".");
      return (supergraph.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
    };
    const freeTextAboutPeople = visible.filter((coordinate) => getNamedType(fieldOf(coordinate).type).name === "String" && /note|summary|victim|internal|ByName$|changedBy|recordedBy/i.test(coordinate.split(".")[1]));
    expect(freeTextAboutPeople).toEqual([]);
    // Numbers partners may read that count no people and no records they cannot see.
    const notCounts = new Set([
      "Measure.position", "LegalActMeasure.position", "Deadline.relativeMonths", "RecommendationSource.year", "Statistic.year", "IndicatorItem.level",
      "CooperationRankingRow.rank", "AgreementConnection.totalCount", "RecommendationConnection.totalCount", "LegalActConnection.totalCount",
    ]);
    const unprotected = visible.filter((coordinate) => {
      const [typeName, fieldName] = coordinate.split(".");
      const type = supergraph.getType(typeName) as GraphQLObjectType;
      const named = getNamedType(type.getFields()[fieldName].type);
      const numeric = named.name === "Int" || named.name === "Float";
      return numeric && !("suppressed" in type.getFields()) && !notCounts.has(coordinate);
    });
    expect(unprotected).toEqual([]);
  });
});

/** Every object carrying `suppressed`: its numbers are 0, null (withheld, and named) or at least k. */
function smallCells(data: unknown, where = "data"): string[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => smallCells(item, `${where}[${i}]`));
  if (!data || typeof data !== "object") return [];
  const object = data as Record<string, unknown>;
  const problems: string[] = [];
  if (Array.isArray(object.suppressed)) {
    for (const [key, value] of Object.entries(object)) {
      if (typeof value === "number" && value > 0 && value < MIN_CELL) problems.push(`${where}.${key} = ${value}`);
      if (value === null && !(object.suppressed as string[]).includes(key) && key !== "medianDaysToExecute") problems.push(`${where}.${key} null, not named`);
    }
  }
  return problems.concat(Object.entries(object).flatMap(([key, value]) => smallCells(value, `${where}.${key}`)));
}

const YEAR = { period: { from: "2022-01-01", to: "2022-12-31" } };
const VARIABLES: Record<string, Record<string, unknown>> = {
  AgreementsPage: { first: 100 },
  Agreement: { id: "az-tr-cooperation" },
  AgreementCooperation: { id: "az-tr-cooperation", ...YEAR },
  CooperationRanking: { ...YEAR, first: 100 },
  CountriesCooperation: YEAR,
  Recommendations: { first: 100 },
  Recommendation: { id: "needs-assessment-ch3:O" },
  RecommendationProgress: {},
  Indicators: {},
  Statistics: {},
  Measures: {},
  LegalActs: { first: 100 },
  PartnerOverview: YEAR,
  SignInCheck: {},
};

describe("partner keys through the gateway: registered operations only", () => {
  const files = readdirSync(partnerOperationsDir()).filter((f) => f.endsWith(".graphql"));

  it("every registered document validates against the supergraph and selects only partner-visible fields", () => {
    const supergraph = buildSchema(readFileSync(supergraphPath(), "utf8"));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      expect([file, partnerOperationProblems(supergraph, readFileSync(path.join(partnerOperationsDir(), file), "utf8"), file.replace(/\.graphql$/, ""))]).toEqual([file, []]);
    }
  });

  it.each(files.map((f) => f.replace(/\.graphql$/, "")))(
    "%s answers a partner with data, no victim text, no individual MLA request or case, no count from 1 to k-1",
    async (name) => {
      const { status, body } = await hub.registered(name, VARIABLES[name] ?? {}, { "x-api-key": partnerKey });
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      const text = JSON.stringify(body);
      expect(text).not.toContain(SENTINEL);
      expect(text).not.toMatch(/SYN-|"reference"|"caseId"|"internalNote"/);
      expect(smallCells(body.data)).toEqual([]);
    },
  );

  it("staff get the exact figures the partner saw withheld, and the partner's unwithheld figures equal them", async () => {
    const partner = await hub.registered<{ cooperationRanking: { agreement: { id: string }; cooperation: Record<string, unknown> }[] }>("CooperationRanking", VARIABLES.CooperationRanking, { "x-api-key": partnerKey });
    const staff = await hub.registered<typeof partner.body.data & object>("CooperationRanking", VARIABLES.CooperationRanking, { authorization: `Bearer ${await hub.token("viewer")}` });
    const withheld = partner.body.data!.cooperationRanking.flatMap((row) => row.cooperation.suppressed as string[]);
    expect(withheld.length).toBeGreaterThan(0);
    for (const [index, row] of partner.body.data!.cooperationRanking.entries()) {
      const exact = staff.body.data!.cooperationRanking[index].cooperation;
      expect(exact.suppressed).toEqual([]);
      for (const [key, value] of Object.entries(row.cooperation)) {
        if (typeof value === "number") expect([row.agreement.id, key, value]).toEqual([row.agreement.id, key, exact[key]]);
        if ((row.cooperation.suppressed as string[]).includes(key)) expect(typeof exact[key]).toBe("number");
      }
    }
  });

  it("a partner asks for cooperation figures one calendar year at a time", async () => {
    const { body } = await hub.registered("CooperationRanking", { period: { from: "2022-01-01", to: "2023-06-30" } }, { "x-api-key": partnerKey });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "period" });
  });
});
