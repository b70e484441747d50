import { readFileSync } from "node:fs";
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLInputType,
} from "graphql";
import { IDENTITY_HEADER, signIdentity } from "#shared/auth/gateway-signature";
import { supergraphPath } from "#shared/paths";
import { agreementsSubgraph } from "../subgraphs/agreements/src/subgraph";
import { loadSyntheticCooperation } from "../subgraphs/mla/src/demo/synthetic-cooperation";
import { mlaSubgraph } from "../subgraphs/mla/src/subgraph";
import { recommendationsSubgraph } from "../subgraphs/recommendations/src/subgraph";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
let partnerKey: string;
let caseId: string;
beforeAll(async () => {
  hub = await startTestHub();
  partnerKey = await hub.partnerKey("IOM");
  await loadSyntheticCooperation(hub.subgraphs.mla.dataSource, 30);
  caseId = (await hub.pool.query(`SELECT id FROM mla.criminal_case WHERE synthetic ORDER BY reference LIMIT 1`)).rows[0].id;
  // Staff activity that leaves confidential traces: notes, names, history.
  const officer = { role: "officer" as const };
  const { rows } = await hub.pool.query(`SELECT id, version FROM mla.mla_request WHERE synthetic AND status = 'RECEIVED' LIMIT 1`);
  await hub.query(`mutation T($id: ID!, $v: Int!) { transitionMlaRequest(id: $id, expectedVersion: $v, input: { to: IN_PROGRESS, note: "spoke to the victim's family" }) { id } }`, { id: rows[0].id, v: rows[0].version }, officer);
  await hub.query(`mutation { recordStatusUpdate(recommendationId: "needs-assessment-ch3:P", expectedVersion: 1, input: { status: IN_PROGRESS, reportingPeriod: "2024", note: "internal" }) { id } }`, undefined, officer);
  await hub.query(`mutation { assessIndicator(itemId: "5.4-OPERATIONAL-1", input: { reportingPeriod: "2024", status: NOT_MET, note: "internal" }) { id } }`, undefined, officer);
  await hub.query(`mutation { updateAgreement(id: "echr-1950", expectedVersion: 1, input: { titleEn: "ECHR" }) { id } }`, undefined, { role: "admin" });
  await hub.pool.query(`UPDATE mla.mla_request SET internal_note = 'internal', facts_summary = 'names', assistance_sought = 'names',
    contact_name = 'officer', contact_phone = '+994', contact_email = 'a@b.az' WHERE id = $1`, [rows[0].id]);
  await hub.pool.query(`UPDATE mla.criminal_case SET summary = 'names', internal_notes = 'internal' WHERE id = $1`, [caseId]);
  await hub.pool.query(
    `INSERT INTO mla.case_outcome (case_id, kind, quantity, recorded_on, note, recorded_by) VALUES ($1, 'VICTIMS_IDENTIFIED', 1, '2024-01-01', 'names', 'test')`,
    [caseId],
  );
});
afterAll(() => hub?.stop());

const asPartner = () => ({ headers: { "x-api-key": partnerKey } });

/** Row counts and version sums of every table: what "nothing changed" means. */
async function fingerprint(): Promise<string> {
  const { rows } = await hub.pool.query(
    `SELECT table_schema || '.' || table_name AS t FROM information_schema.tables
      WHERE table_schema IN ('agreements', 'mla', 'recommendations') AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const parts: string[] = [];
  for (const { t } of rows) parts.push(`${t}:${(await hub.pool.query(`SELECT count(*) FROM ${t}`)).rows[0].count}`);
  const versions = await hub.pool.query(`SELECT (SELECT sum(version) FROM agreements.agreement) a, (SELECT sum(version) FROM mla.mla_request) m,
    (SELECT sum(version) FROM recommendations.recommendation) r, (SELECT string_agg(status, ',' ORDER BY id) FROM mla.mla_request) s`);
  return `${parts.join(" ")} ${JSON.stringify(versions.rows[0])}`;
}

/** A value of the argument's type that passes GraphQL coercion, so only authorisation can refuse it. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  if (isScalarType(type)) {
    return ({ Int: 1, Float: 1, Boolean: true, LocalDate: "2024-01-01", ID: "00000000-0000-4000-8000-000000000001" } as Record<string, unknown>)[type.name] ?? "x";
  }
  return null;
}

function mutationFor(name: string, args: readonly GraphQLArgument[], returnsScalar: boolean): { query: string; variables: Record<string, unknown> } {
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const query = `mutation Probe${declared ? `(${declared})` : ""} { ${name}${passed ? `(${passed})` : ""}${returnsScalar ? "" : " { __typename }"} }`;
  return { query, variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type)])) };
}

describe("every mutation of the supergraph", () => {
  const supergraph = buildSchema(readFileSync(supergraphPath(), "utf8"));
  const mutations = Object.values(supergraph.getMutationType()!.getFields());

  it("is enumerated from the schema (and there are some)", () => {
    expect(mutations.length).toBeGreaterThanOrEqual(10);
  });

  it.each(mutations.map((m) => [m.name, m] as const))("%s is FORBIDDEN to a partner key and to a viewer, and changes nothing", async (_name, mutation) => {
    const { query, variables } = mutationFor(mutation.name, mutation.args, isScalarType(getNamedType(mutation.type)));
    const before = await fingerprint();
    for (const options of [asPartner(), { role: "viewer" as const }]) {
      const { body } = await hub.query(query, variables, options);
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
    // Sent straight to the subgraphs with a valid gateway signature of a partner: the subgraph refuses too.
    const signed = await signIdentity(hub.internalSecret, { kind: "partner", subject: "key:test", name: "partner IOM", roles: ["partner"], organization: "IOM" });
    const codes: string[] = [];
    for (const subgraph of Object.values(hub.subgraphs)) {
      const response = await fetch(subgraph.url, { method: "POST", headers: { "content-type": "application/json", [IDENTITY_HEADER]: signed }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      codes.push(...(body.errors ?? []).map((e) => String(e.extensions?.code)));
    }
    expect(codes).toContain("FORBIDDEN");
    expect(await fingerprint()).toBe(before);
  });
});

/** For each confidential field, a query reaching it from its own subgraph's root fields. */
const CONFIDENTIAL_PATHS: Record<string, string> = {
  "AgreementChange.changedByName": `{ agreement(id: "echr-1950") { history { changedByName } } }`,
  "MlaRequest.internalNote": `{ mlaRequests(first: 100) { edges { node { internalNote } } } }`,
  "MlaRequest.factsSummary": `{ mlaRequests(first: 100) { edges { node { factsSummary } } } }`,
  "MlaRequest.assistanceSought": `{ mlaRequests(first: 100) { edges { node { assistanceSought } } } }`,
  "MlaRequest.contactName": `{ mlaRequests(first: 100) { edges { node { contactName } } } }`,
  "MlaRequest.contactPhone": `{ mlaRequests(first: 100) { edges { node { contactPhone } } } }`,
  "MlaRequest.contactEmail": `{ mlaRequests(first: 100) { edges { node { contactEmail } } } }`,
  "MlaRequestTransition.note": `{ mlaRequests(first: 100) { edges { node { history { note } } } } }`,
  "MlaRequestTransition.changedByName": `{ mlaRequests(first: 100) { edges { node { history { changedByName } } } } }`,
  "Case.summary": `{ case(id: "CASE") { summary } }`,
  "Case.victimDetails": `{ case(id: "CASE") { victimDetails } }`,
  "Case.internalNotes": `{ case(id: "CASE") { internalNotes } }`,
  "CaseOutcome.note": `{ case(id: "CASE") { outcomes { note } } }`,
  "StatusUpdate.note": `{ recommendation(id: "needs-assessment-ch3:P") { history { note } } }`,
  "StatusUpdate.recordedByName": `{ recommendation(id: "needs-assessment-ch3:P") { history { recordedByName } } }`,
  "IndicatorAssessment.note": `{ indicators { items { assessments { note } } } }`,
  "IndicatorAssessment.recordedByName": `{ indicators { items { assessments { recordedByName } } } }`,
};
const SUBGRAPH_OF: Record<string, "agreements" | "mla" | "recommendations"> = {
  AgreementChange: "agreements", MlaRequest: "mla", MlaRequestTransition: "mla", Case: "mla", CaseOutcome: "mla",
  StatusUpdate: "recommendations", IndicatorAssessment: "recommendations",
};

function values(data: unknown, field: string): unknown[] {
  if (Array.isArray(data)) return data.flatMap((d) => values(d, field));
  if (data && typeof data === "object") {
    return Object.entries(data).flatMap(([key, inner]) => (key === field ? [inner] : values(inner, field)));
  }
  return [];
}

describe("confidential fields (Criminal Code art. 316-1)", () => {
  it("are exactly the fields marked confidential in the code, each with a path in this test", async () => {
    const marked: string[] = [];
    for (const module of [agreementsSubgraph, mlaSubgraph, recommendationsSubgraph]) {
      const { typeGraphQLSchema } = await module.buildSchema();
      for (const type of Object.values(typeGraphQLSchema.getTypeMap())) {
        if (type.name.startsWith("__") || !("getFields" in type) || isInputObjectType(type)) continue;
        for (const field of Object.values((type as { getFields(): Record<string, { name: string; extensions: Record<string, unknown>; type: GraphQLInputType }> }).getFields())) {
          if (field.extensions?.confidential) {
            marked.push(`${type.name}.${field.name}`);
            expect(`${type.name}.${field.name} nullable: ${!isNonNullType(field.type)}`).toBe(`${type.name}.${field.name} nullable: true`);
          }
        }
      }
    }
    expect(marked.sort()).toEqual(Object.keys(CONFIDENTIAL_PATHS).sort());
  });

  it.each(Object.entries(CONFIDENTIAL_PATHS))("%s: staff read it, a partner key gets none of it, through the gateway and directly", async (field, path) => {
    const query = path.replace("CASE", caseId);
    const name = field.split(".")[1];
    const staff = await hub.query(query, undefined, { role: "viewer" });
    expect(staff.body.errors).toBeUndefined();
    expect(values(staff.body.data, name).some((v) => v !== null)).toBe(true);

    const partner = await hub.query(query, undefined, asPartner());
    expect(values(partner.body.data, name).every((v) => v === null)).toBe(true);
    expect(partner.body.errors?.every((e) => e.extensions?.code === "FORBIDDEN")).toBe(true);

    const subgraph = hub.subgraphs[SUBGRAPH_OF[field.split(".")[0]]];
    const signed = await signIdentity(hub.internalSecret, { kind: "partner", subject: "key:test", name: "partner IOM", roles: ["partner"], organization: "IOM" });
    const direct = await fetch(subgraph.url, { method: "POST", headers: { "content-type": "application/json", [IDENTITY_HEADER]: signed }, body: JSON.stringify({ query }) });
    const body = (await direct.json()) as { data?: unknown };
    expect(values(body.data, name).every((v) => v === null)).toBe(true);
  });

  it("lets a partner read agreements, measures, recommendations and aggregate cooperation figures", async () => {
    const { body } = await hub.query(
      `{ agreements(first: 3) { totalCount } measures(filter: { executorId: "CIS-SQKS" }) { number } recommendations(first: 1) { totalCount }
         cooperationRanking(first: 3) { rank cooperation { executed level } } }`,
      undefined,
      asPartner(),
    );
    expect(body.errors).toBeUndefined();
  });
});

describe("partner keys", () => {
  it("are refused once revoked or expired", async () => {
    const key = await hub.partnerKey("OSCE");
    const ask = () => hub.query(`{ countries { code } }`, undefined, { headers: { "x-api-key": key } });
    expect((await ask()).status).toBe(200);
    await hub.pool.query(`UPDATE gateway.api_key SET expires_at = now() - interval '1 day' WHERE organization = 'OSCE'`);
    expect((await ask()).status).toBe(401);
    const other = await hub.partnerKey("UN");
    await hub.pool.query(`UPDATE gateway.api_key SET revoked_at = now() WHERE organization = 'UN'`);
    const revoked = await hub.query(`{ countries { code } }`, undefined, { headers: { "x-api-key": other } });
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("are stored hashed only", async () => {
    const key = await hub.partnerKey("INTERPOL");
    const { rows } = await hub.pool.query(`SELECT * FROM gateway.api_key WHERE organization = 'INTERPOL'`);
    expect(JSON.stringify(rows)).not.toContain(key.slice(10));
  });

  it("cannot introspect; staff can", async () => {
    const query = `{ __schema { queryType { name } } }`;
    expect((await hub.query(query, undefined, asPartner())).body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await hub.query(query, undefined, { role: "viewer" })).body.errors).toBeUndefined();
  });
});

describe("limits", () => {
  it("refuse a query nested too deep, with too many aliases, or a body too large", async () => {
    let deep = "code";
    for (let i = 0; i < 10; i++) deep = `parties { agreement { ${i % 2 ? "id" : ""} ${deep.replace("code", "id")} } }`;
    const tooDeep = await hub.query(`{ agreement(id: "echr-1950") { ${deep} } }`);
    expect(tooDeep.body.errors?.[0].message).toMatch(/depth|cost/i);
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: countries { code }`).join(" ");
    expect((await hub.query(`{ ${aliases} }`)).body.errors?.[0].message).toMatch(/alias/i);
    const response = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await hub.token("viewer")}` },
      body: JSON.stringify({ query: `{ countries { code } }`, variables: { pad: "x".repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it("answer 429 with Retry-After past the per-key rate limit", async () => {
    const limited = await startTestHub({ rateLimits: { staff: 3, partner: 2 } });
    try {
      const token = await limited.token("viewer");
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const response = await fetch(limited.gatewayUrl, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: "{ countries { code } }" }),
        });
        statuses.push(response.status);
        retryAfter = response.headers.get("retry-after") ?? retryAfter;
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    } finally {
      await limited.stop();
    }
  });
});

describe("errors", () => {
  it("mask internal failures: no SQL, table name or stack reaches the client", async () => {
    await hub.pool.query(`ALTER TABLE agreements.country RENAME TO country_moved`);
    try {
      const { body } = await hub.query(`{ countries { code } }`);
      expect(body.errors?.[0]).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
      const text = JSON.stringify(body);
      for (const leak of ["country", "relation", "SELECT", "stacktrace", "at "]) expect(text).not.toContain(leak);
    } finally {
      await hub.pool.query(`ALTER TABLE agreements.country_moved RENAME TO country`);
    }
  });
});

describe("audit", () => {
  it("records each mutation (confidential values redacted) and each partner read; admins read it, others cannot", async () => {
    const officer = { role: "officer" as const };
    await hub.query(
      `mutation NewCase($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
      { input: { reference: "AUDIT-1", articles: ["144-1"], victimDetails: "Jane Doe, born 1990", internalNotes: "secret" } },
      officer,
    );
    await hub.query(`query PartnerLook { countries { code } }`, undefined, asPartner());
    const forbidden = await fetch(`${hub.gatewayOrigin}/audit`, { headers: { authorization: `Bearer ${await hub.token("officer")}` } });
    expect(forbidden.status).toBe(403);
    const response = await fetch(`${hub.gatewayOrigin}/audit?limit=1000`, { headers: { authorization: `Bearer ${await hub.token("admin")}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain("Jane Doe");
    expect(text).not.toContain("secret");
    const { entries } = JSON.parse(text) as { entries: { operationName: string; operationType: string; actorKind: string; outcome: string; variables: { input?: Record<string, unknown> } }[] };
    const created = entries.find((e) => e.operationName === "NewCase")!;
    expect(created).toMatchObject({ operationType: "mutation", actorKind: "staff", outcome: "OK" });
    expect(created.variables.input).toMatchObject({ reference: "AUDIT-1", victimDetails: "[redacted]", internalNotes: "[redacted]" });
    expect(entries.find((e) => e.operationName === "PartnerLook")).toMatchObject({ actorKind: "partner", operationType: "query" });
    // Refused mutations are recorded too.
    expect(entries.some((e) => e.operationName === "Probe" && e.outcome === "ERROR")).toBe(true);
    await expect(hub.pool.query(`DELETE FROM gateway.audit_log`)).rejects.toThrow(/append-only/);
  });
});
