import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLInputType,
} from "graphql";
import { IDENTITY_HEADER, signIdentity } from "#shared/auth/gateway-signature";
import { partnerOperationsDir, repoRoot, supergraphPath } from "#shared/paths";
import { PartnerOperations } from "../gateway/src/partner-operations";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
let partnerKey: string;
beforeAll(async () => {
  hub = await startTestHub();
  partnerKey = await hub.partnerKey("IOM");
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

describe("partner keys", () => {
  it("are refused once revoked or expired", async () => {
    const key = await hub.partnerKey("OSCE");
    const ask = () => hub.registered("Indicators", {}, { "x-api-key": key });
    expect((await ask()).status).toBe(200);
    await hub.pool.query(`UPDATE gateway.api_key SET expires_at = now() - interval '1 day' WHERE organization = 'OSCE'`);
    expect((await ask()).status).toBe(401);
    const other = await hub.partnerKey("UN");
    await hub.pool.query(`UPDATE gateway.api_key SET revoked_at = now() WHERE organization = 'UN'`);
    const revoked = await hub.registered("Indicators", {}, { "x-api-key": other });
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("are stored hashed only", async () => {
    const key = await hub.partnerKey("INTERPOL");
    const { rows } = await hub.pool.query(`SELECT * FROM gateway.api_key WHERE organization = 'INTERPOL'`);
    expect(JSON.stringify(rows)).not.toContain(key.slice(10));
  });

  it("cannot introspect, even by a document of their own; staff can", async () => {
    const query = `{ __schema { queryType { name } } }`;
    const partner = await hub.query(query, undefined, asPartner());
    expect(partner.status).toBe(403);
    expect(partner.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await hub.query(query, undefined, { role: "viewer" })).body.errors).toBeUndefined();
  });
});

describe("trusted documents", () => {
  const document = (name: string) => readFileSync(path.join(partnerOperationsDir(), `${name}.graphql`), "utf8");

  it("a partner runs a registered operation by its hash, or by its exact text", async () => {
    const byHash = await hub.registered<{ indicators: unknown[] }>("Indicators", {}, { "x-api-key": partnerKey });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data!.indicators.length).toBeGreaterThan(0);
    const byText = await hub.query<{ indicators: unknown[] }>(document("Indicators"), undefined, asPartner());
    expect(byText.status).toBe(200);
    expect(byText.body.data!.indicators).toEqual(byHash.body.data!.indicators);
  });

  it("a partner's own document is refused with 403, an unknown hash with 400 PERSISTED_QUERY_NOT_FOUND, and both are audited", async () => {
    const own = await hub.query(`{ countries { code } }`, undefined, asPartner());
    expect(own.status).toBe(403);
    expect(own.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const unknown = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": partnerKey },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const { rows } = await hub.pool.query(
      `SELECT o.error_codes FROM gateway.audit_log l JOIN gateway.audit_outcome o ON o.audit_id = l.id
        WHERE l.actor_kind = 'partner' AND l.operation_type = 'unregistered' ORDER BY l.id`,
    );
    expect(rows.map((r) => r.error_codes)).toEqual(expect.arrayContaining([["FORBIDDEN"], ["PERSISTED_QUERY_NOT_FOUND"]]));
  });

  it("a hash sent with a different text is refused; GET works with the hash and CSRF's header", async () => {
    const mismatch = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": partnerKey },
      body: JSON.stringify({ query: "{ countries { code } }", extensions: { persistedQuery: { version: 1, sha256Hash: (await listed()).Indicators } } }),
    });
    expect(mismatch.status).toBe(400);
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: (await listed()).Indicators } }));
    const get = await fetch(`${hub.gatewayUrl}?extensions=${extensions}`, { headers: { "x-api-key": partnerKey, "apollo-require-preflight": "true" } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: { indicators: unknown[] } }).data.indicators.length).toBeGreaterThan(0);
  });

  it("GET /partner-operations lists every registered operation (name, hash, text) to any valid credential only", async () => {
    expect((await fetch(`${hub.gatewayOrigin}/partner-operations`)).status).toBe(401);
    const names = Object.keys(await listed());
    expect(names).toEqual(expect.arrayContaining(["AgreementsPage", "Agreement", "CooperationRanking", "Recommendations", "Indicators", "Statistics"]));
  });

  it("GET /partner-operations says PARTNER_MIN_CELL, so a client can say what a withheld figure means", async () => {
    const response = await fetch(`${hub.gatewayOrigin}/partner-operations`, { headers: { "x-api-key": partnerKey } });
    expect(((await response.json()) as { partnerMinCell: number }).partnerMinCell).toBe(5);
  });

  it("staff keep free-form GraphQL and may use the registered hashes too", async () => {
    expect((await hub.query(`{ countries { code } }`)).body.errors).toBeUndefined();
    expect((await hub.registered("Indicators", {}, { authorization: `Bearer ${await hub.token("viewer")}` })).status).toBe(200);
  });

  it("the console's documents a partner key runs are registered operations (up to layout)", () => {
    const operations = PartnerOperations.load(partnerOperationsDir(), buildSchema(readFileSync(supergraphPath(), "utf8")));
    // The documents exactly as the console sends them (codegen's generated code, built by npm test).
    const generated = readFileSync(path.join(repoRoot(), "gateway/console/src/generated/graphql.ts"), "utf8");
    const sent = [...generated.matchAll(/new TypedDocumentString\(`([^`]*)`/g)].map((match) => match[1]);
    // The partner pages' documents are generated from partner-operations/ itself (gateway/console/src/generated/partner/).
    const partnerPages = readFileSync(path.join(repoRoot(), "gateway/console/src/generated/partner/graphql.ts"), "utf8");
    const partnerDocuments = [
      ...sent.filter((document) => /^\s*query (SignInCheck|Partner\w+)\b/.test(document)),
      ...[...partnerPages.matchAll(/new TypedDocumentString\(`([^`]*)`/g)].map((match) => match[1]).filter((document) => /^\s*query /.test(document)),
    ];
    expect(partnerDocuments.length).toBeGreaterThanOrEqual(10);
    for (const document of partnerDocuments) expect([document.slice(0, 40), operations.byText(document)?.name]).toEqual([document.slice(0, 40), expect.any(String)]);
  });

  async function listed(): Promise<Record<string, string>> {
    const response = await fetch(`${hub.gatewayOrigin}/partner-operations`, { headers: { "x-api-key": partnerKey } });
    const { operations } = (await response.json()) as { operations: { name: string; sha256: string }[] };
    return Object.fromEntries(operations.map((o) => [o.name, o.sha256]));
  }
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
