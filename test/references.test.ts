import { getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLOutputType, type GraphQLSchema } from "graphql";
import { ENTITY_OWNERS, type EntityName } from "#shared/subgraph/peers";
import { agreementsSubgraph } from "../subgraphs/agreements/src/subgraph";
import { mlaSubgraph } from "../subgraphs/mla/src/subgraph";
import { recommendationsSubgraph } from "../subgraphs/recommendations/src/subgraph";
import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
const MODULES = [agreementsSubgraph, mlaSubgraph, recommendationsSubgraph];
const schemas = new Map<string, GraphQLSchema>();
beforeAll(async () => {
  hub = await startTestHub();
  for (const module of MODULES) schemas.set(module.name, (await module.buildSchema()).typeGraphQLSchema);
});
afterAll(() => hub?.stop());

const MISSING_UUID = "00000000-0000-4000-8000-00000000dead";

/** Every input field marked @References, as "Type.field", from the schemas the subgraphs build. */
function markedFields(): Map<string, string> {
  const marked = new Map<string, string>();
  for (const schema of schemas.values()) {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.extensions?.references) marked.set(`${type.name}.${field.name}`, String(field.extensions.references));
      }
    }
  }
  return marked;
}

/** Input types the mutations take, with the input types nested in them. */
function writeInputTypes(): Set<string> {
  const names = new Set<string>();
  const visit = (typeName: string, schema: GraphQLSchema) => {
    const type = schema.getType(typeName);
    if (!isInputObjectType(type) || names.has(type.name)) return;
    names.add(type.name);
    for (const field of Object.values(type.getFields())) visit(getNamedType(field.type).name, schema);
  };
  for (const schema of schemas.values()) {
    for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) for (const arg of mutation.args) visit(getNamedType(arg.type).name, schema);
  }
  return names;
}

interface Probe {
  role: "officer" | "admin";
  query: string;
  variables: () => Promise<Record<string, unknown>>;
  field: string;
}

const agreementVersion = async (id: string) => Number((await hub.pool.query(`SELECT version FROM agreements.agreement WHERE id = $1`, [id])).rows[0].version);
const anyRequest = async () =>
  (await hub.pool.query(
    `INSERT INTO mla.mla_request (reference, direction, counterpart_country_code, legal_basis_kind, status)
     VALUES ('REF-REQ-' || gen_random_uuid(), 'INCOMING', 'TR', 'NOT_STATED', 'RECEIVED') RETURNING id, version`,
  )).rows[0] as { id: string; version: number };
async function aCase(): Promise<string> {
  const { rows } = await hub.pool.query(`INSERT INTO mla.criminal_case (reference, articles) VALUES ('REF-CASE-' || gen_random_uuid(), '{144-1}') RETURNING id`);
  return rows[0].id;
}
const recommendationVersion = async () => Number((await hub.pool.query(`SELECT version FROM recommendations.recommendation WHERE id = 'needs-assessment-ch3:O'`)).rows[0].version);

const CREATE_REQUEST = `mutation M($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`;
const request = (change: Record<string, unknown>) => ({
  idempotencyKey: `ref-${JSON.stringify(change)}`, reference: `REF-${JSON.stringify(change)}`, direction: "INCOMING", counterpartCountry: "TR",
  legalBasisKind: "AGREEMENT", legalBasisAgreementId: "az-tr-cooperation", ...change,
});
const RECORD_UPDATE = `mutation M($v: Int!, $input: StatusUpdateInput!) { recordStatusUpdate(recommendationId: "needs-assessment-ch3:O", expectedVersion: $v, input: $input) { id } }`;

/** For each reference-bearing input field: a write naming a record that does not exist, and the field the error must name. */
const PROBES: Record<string, Probe> = {
  "CreateAgreementInput.frameworkOrganizationId": {
    role: "admin",
    query: `mutation M($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }`,
    variables: async () => ({ input: { id: "ref-new-agreement", kind: "BILATERAL", instrumentType: "AGREEMENT", titleEn: "x", source: "test", frameworkOrganizationId: "NO-SUCH-ORG" } }),
    field: "input.frameworkOrganizationId",
  },
  "AgreementFields.frameworkOrganizationId": {
    role: "admin",
    query: `mutation M($v: Int!, $input: AgreementFields!) { updateAgreement(id: "az-tr-cooperation", expectedVersion: $v, input: $input) { id } }`,
    variables: async () => ({ v: await agreementVersion("az-tr-cooperation"), input: { frameworkOrganizationId: "NO-SUCH-ORG" } }),
    field: "input.frameworkOrganizationId",
  },
  "PartyInput.countryCode": {
    role: "admin",
    query: `mutation M($v: Int!, $input: PartyInput!) { setPartyStatus(agreementId: "az-tr-cooperation", expectedVersion: $v, input: $input) { id } }`,
    variables: async () => ({ v: await agreementVersion("az-tr-cooperation"), input: { countryCode: "ZZ", status: "SIGNED", source: "test" } }),
    field: "input.countryCode",
  },
  "PartyInput.organizationId": {
    role: "admin",
    query: `mutation M($v: Int!, $input: PartyInput!) { setPartyStatus(agreementId: "az-tr-cooperation", expectedVersion: $v, input: $input) { id } }`,
    variables: async () => ({ v: await agreementVersion("az-tr-cooperation"), input: { organizationId: "NO-SUCH-ORG", status: "SIGNED", source: "test" } }),
    field: "input.organizationId",
  },
  "MeasureInput.executorIds": {
    role: "admin",
    query: `mutation M($v: Int!, $input: MeasureInput!) { addMeasure(agreementId: "az-tr-cooperation", expectedVersion: $v, input: $input) { id } }`,
    variables: async () => ({ v: await agreementVersion("az-tr-cooperation"), input: { text: "x", source: "test", executorIds: ["NO-SUCH-ORG"] } }),
    field: "input.executorIds",
  },
  "CreateMlaRequestInput.counterpartCountry": { role: "officer", query: CREATE_REQUEST, variables: async () => ({ input: request({ counterpartCountry: "ZZ" }) }), field: "input.counterpartCountry" },
  "CreateMlaRequestInput.legalBasisAgreementId": {
    role: "officer", query: CREATE_REQUEST, variables: async () => ({ input: request({ legalBasisAgreementId: "no-such-agreement" }) }), field: "input.legalBasisAgreementId",
  },
  "MlaRequestDetailsInput.legalBasisAgreementId": {
    role: "officer",
    query: `mutation M($id: ID!, $v: Int!, $input: MlaRequestDetailsInput!) { updateMlaRequestDetails(id: $id, expectedVersion: $v, input: $input) { id } }`,
    variables: async () => {
      const { id, version } = await anyRequest();
      return { id, v: version, input: { legalBasisKind: "AGREEMENT", legalBasisAgreementId: "no-such-agreement" } };
    },
    field: "input.legalBasisAgreementId",
  },
  "CreateMlaRequestInput.caseId": { role: "officer", query: CREATE_REQUEST, variables: async () => ({ input: request({ caseId: MISSING_UUID }) }), field: "input.caseId" },
  "RecordOutcomeInput.requestIds": {
    role: "officer",
    query: `mutation M($caseId: ID!, $input: RecordOutcomeInput!) { recordCaseOutcome(caseId: $caseId, input: $input) { id } }`,
    variables: async () => ({ caseId: await aCase(), input: { kind: "CONVICTIONS", quantity: 1, recordedOn: "2024-01-01", requestIds: [MISSING_UUID] } }),
    field: "input.requestIds",
  },
  "CaseAttachmentInput.caseId": {
    role: "officer",
    query: `mutation M($id: ID!, $v: Int!, $input: CaseAttachmentInput!) { attachRequestToCase(id: $id, expectedVersion: $v, input: $input) { id } }`,
    variables: async () => {
      const { id, version } = await anyRequest();
      return { id, v: version, input: { caseId: MISSING_UUID } };
    },
    field: "input.caseId",
  },
  "StatusUpdateInput.correctsId": {
    role: "officer", query: RECORD_UPDATE, variables: async () => ({ v: await recommendationVersion(), input: { status: "IN_PROGRESS", reportingPeriod: "2024", correctsId: MISSING_UUID } }), field: "input.correctsId",
  },
  "EvidenceInput.agreementId": {
    role: "officer", query: RECORD_UPDATE, field: "input.evidence[1].agreementId",
    variables: async () => ({ v: await recommendationVersion(), input: { status: "IN_PROGRESS", reportingPeriod: "2024", evidence: [{ kind: "AGREEMENT", agreementId: "az-tr-cooperation" }, { kind: "AGREEMENT", agreementId: "no-such-agreement" }] } }),
  },
  "EvidenceInput.mlaRequestId": {
    role: "officer", query: RECORD_UPDATE, field: "input.evidence[0].mlaRequestId",
    variables: async () => ({ v: await recommendationVersion(), input: { status: "IN_PROGRESS", reportingPeriod: "2024", evidence: [{ kind: "MLA_REQUEST", mlaRequestId: MISSING_UUID }] } }),
  },
  "EvidenceInput.measureId": {
    role: "officer", query: RECORD_UPDATE, field: "input.evidence[0].measureId",
    variables: async () => ({ v: await recommendationVersion(), input: { status: "IN_PROGRESS", reportingPeriod: "2024", evidence: [{ kind: "MEASURE", measureId: "999999" }] } }),
  },
};

/** ID fields of write inputs that name the record being created, not another one. */
const OWN_IDS = new Set(["CreateAgreementInput.id"]);

async function writtenRows(): Promise<number> {
  const { rows } = await hub.pool.query(
    `SELECT (SELECT count(*) FROM agreements.agreement) + (SELECT count(*) FROM agreements.party) + (SELECT count(*) FROM agreements.measure)
          + (SELECT count(*) FROM mla.mla_request) + (SELECT count(*) FROM mla.case_outcome) + (SELECT count(*) FROM mla.mla_request_transition)
          + (SELECT count(*) FROM recommendations.status_update) AS n`,
  );
  return Number(rows[0].n);
}

describe("references to records owned elsewhere", () => {
  it("are marked on every input field that names a record, and each has a probe here", () => {
    const marked = markedFields();
    expect([...marked.keys()].sort()).toEqual(Object.keys(PROBES).sort());
    // A new ID field on a write input must be marked (or be the new record's own id): nothing escapes the probes.
    const inputs = writeInputTypes();
    const unmarked: string[] = [];
    for (const schema of schemas.values()) {
      for (const name of inputs) {
        const type = schema.getType(name);
        if (!isInputObjectType(type)) continue;
        for (const field of Object.values(type.getFields())) {
          const key = `${name}.${field.name}`;
          if (getNamedType(field.type).name === "ID" && !marked.has(key) && !OWN_IDS.has(key)) unmarked.push(key);
        }
      }
    }
    expect(unmarked).toEqual([]);
  });

  it.each(Object.entries(PROBES))("%s: a write naming a missing record is refused with BAD_USER_INPUT for the field, and changes nothing", async (_name, probe) => {
    const variables = await probe.variables();
    const before = await writtenRows();
    const { body } = await hub.query(probe.query, variables, { role: probe.role });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: probe.field });
    expect(await writtenRows()).toBe(before);
  });

  it("the same writes succeed when the records exist (the probes are not refused for another reason)", async () => {
    const { body } = await hub.query(CREATE_REQUEST, { input: request({ counterpartCountry: "ge", legalBasisAgreementId: "az-ge-tr-terrorism-organised-crime" }) }, { role: "officer" });
    expect(body.errors).toBeUndefined();
    const measure = String((await hub.pool.query(`SELECT id FROM agreements.measure ORDER BY id LIMIT 1`)).rows[0].id);
    const requestId = (body.data as { createMlaRequest: { id: string } }).createMlaRequest.id;
    const update = await hub.query(RECORD_UPDATE, {
      v: await recommendationVersion(),
      input: { status: "IN_PROGRESS", reportingPeriod: "2024", evidence: [{ kind: "MEASURE", measureId: measure }, { kind: "MLA_REQUEST", mlaRequestId: requestId }, { kind: "AGREEMENT", agreementId: "az-tr-cooperation" }] },
    }, { role: "officer" });
    expect(update.body.errors).toBeUndefined();
  });
});

/** The entity types a field returns, unwrapped, with whether the field and its list items may be null. */
function entityFields(schema: GraphQLSchema, owner: string): { field: string; entity: EntityName; nullable: boolean }[] {
  const found: { field: string; entity: EntityName; nullable: boolean }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("_")) continue;
    for (const field of Object.values(type.getFields())) {
      const entity = getNamedType(field.type).name;
      if (!(entity in ENTITY_OWNERS) || ENTITY_OWNERS[entity as EntityName].subgraph === owner) continue;
      let nullable = !isNonNullType(field.type);
      let inner: GraphQLOutputType = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (isListType(inner)) {
        inner = inner.ofType;
        nullable = !isNonNullType(inner);
      }
      found.push({ field: `${type.name}.${field.name}`, entity: entity as EntityName, nullable });
    }
  }
  return found;
}

describe("a dangling reference (a record gone from the subgraph that owned it)", () => {
  it("never makes a field non-null: every field returning another subgraph's entity may be null, list items too", () => {
    const fields = MODULES.flatMap((module) => entityFields(schemas.get(module.name)!, module.name));
    expect(fields.map((f) => f.field)).toEqual(expect.arrayContaining(["CooperationRankingRow.agreement", "MlaRequest.counterpartCountry", "Recommendation.cooperationAgreements"]));
    expect(fields.filter((f) => !f.nullable).map((f) => f.field)).toEqual([]);
  });

  it("leaves the ranking's other rows intact and shows the unknown reference on its row", async () => {
    await hub.pool.query(
      `INSERT INTO mla.mla_request (reference, direction, counterpart_country_code, legal_basis_kind, legal_basis_agreement_id, status, opened_on, synthetic)
       VALUES ('DANGLING-1', 'INCOMING', 'ZZ', 'AGREEMENT', 'no-such-agreement', 'EXECUTED', '2024-01-01', false),
              ('KNOWN-1', 'INCOMING', 'TR', 'AGREEMENT', 'az-tr-cooperation', 'EXECUTED', '2024-01-01', false),
              ('KNOWN-2', 'OUTGOING', 'RU', 'AGREEMENT', 'cis-legal-assistance-convention', 'SENT', '2024-01-02', false)`,
    );
    const { body } = await hub.query<{ cooperationRanking: { agreementId: string; agreement: { id: string; kind: string; title: string | null } | null; cooperation: { executed: number } }[] }>(
      `{ cooperationRanking(first: 100) { agreementId agreement { id kind title } cooperation { executed } } }`,
    );
    const rows = body.data!.cooperationRanking;
    expect(rows.find((r) => r.agreementId === "no-such-agreement")).toEqual({ agreementId: "no-such-agreement", agreement: null, cooperation: { executed: 1 } });
    expect(rows.find((r) => r.agreementId === "az-tr-cooperation")!.agreement).toMatchObject({ id: "az-tr-cooperation", kind: "BILATERAL" });
    expect(rows.find((r) => r.agreementId === "cis-legal-assistance-convention")!.agreement).toMatchObject({ kind: "MULTILATERAL" });
    expect(rows.filter((r) => r.agreement === null).map((r) => r.agreementId)).toEqual(["no-such-agreement"]);

    const requests = await hub.query<{ mlaRequests: { edges: { node: { reference: string; counterpartCountryCode: string; counterpartCountry: { nameAz: string } | null;
      legalBasisAgreementId: string | null; legalBasis: { kind: string } | null } }[] } }>(
      `{ mlaRequests(first: 100) { edges { node { reference counterpartCountryCode counterpartCountry { nameAz } legalBasisAgreementId legalBasis { kind } } } } }`,
    );
    const nodes = requests.body.data!.mlaRequests.edges.map((e) => e.node);
    expect(nodes.find((n) => n.reference === "DANGLING-1")).toEqual({ reference: "DANGLING-1", counterpartCountryCode: "ZZ", counterpartCountry: null, legalBasisAgreementId: "no-such-agreement", legalBasis: null });
    expect(nodes.find((n) => n.reference === "KNOWN-1")).toMatchObject({ counterpartCountry: { nameAz: "Türkiyə" }, legalBasis: { kind: "BILATERAL" } });
  });

  it("keeps a recommendation whose evidence names a vanished agreement, with the id shown on the evidence", async () => {
    const { rows } = await hub.pool.query(
      `INSERT INTO recommendations.status_update (recommendation_id, status, reporting_period, recorded_by, recorded_by_name)
       VALUES ('needs-assessment-ch3:P', 'IN_PROGRESS', '2025', 'test', 'Test') RETURNING id`,
    );
    await hub.pool.query(
      `INSERT INTO recommendations.evidence (status_update_id, kind, agreement_id) VALUES ($1, 'AGREEMENT', 'gone-agreement'), ($1, 'AGREEMENT', 'az-tr-cooperation')`,
      [rows[0].id],
    );
    const { body } = await hub.query<{ recommendation: { code: string; cooperationAgreements: ({ id: string; kind: string } | null)[]; evidence: { agreementId: string; agreement: { kind: string } | null }[] } }>(
      `{ recommendation(id: "needs-assessment-ch3:P") { code cooperationAgreements { id kind } evidence { agreementId agreement { kind } } } }`,
    );
    const recommendation = body.data!.recommendation;
    expect(recommendation.code).toBe("P");
    expect(recommendation.cooperationAgreements).toEqual(expect.arrayContaining([null, { id: "az-tr-cooperation", kind: "BILATERAL" }]));
    expect(recommendation.evidence).toEqual(expect.arrayContaining([{ agreementId: "gone-agreement", agreement: null }, { agreementId: "az-tr-cooperation", agreement: { kind: "BILATERAL" } }]));
  });
});
