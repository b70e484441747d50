import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

type Request = { id: string; version: number; case: { reference: string } | null; history: { kind: string; origin: string; from: string | null; to: string; case: { reference: string } | null }[] };
const READ = `query R($id: ID!) { mlaRequest(id: $id) { id version case { reference } history { kind origin from to case { reference } } } }`;
const ATTACH = `mutation A($id: ID!, $v: Int!, $caseId: ID!) { attachRequestToCase(id: $id, expectedVersion: $v, input: { caseId: $caseId }) { version case { reference } } }`;
const DETACH = `mutation D($id: ID!, $v: Int!) { detachRequestFromCase(id: $id, expectedVersion: $v) { version case { reference } } }`;
const OUTCOME = `mutation O($caseId: ID!, $requestIds: [ID!]!) { recordCaseOutcome(caseId: $caseId, input: { kind: SUSPECTS_ARRESTED, quantity: 2, recordedOn: "2025-03-01", requestIds: $requestIds }) { id } }`;

const read = async (id: string) => (await hub.query<{ mlaRequest: Request }>(READ, { id }, { role: "officer" })).body.data!.mlaRequest;
const officer = { role: "officer" as const };

async function newRequest(reference: string): Promise<string> {
  const { body } = await hub.query<{ createMlaRequest: { id: string } }>(
    `mutation C($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
    { input: { idempotencyKey: reference, reference, direction: "INCOMING", counterpartCountry: "TR", legalBasisKind: "AGREEMENT", legalBasisAgreementId: "az-tr-cooperation", openedOn: "2025-01-10" } },
    officer,
  );
  return body.data!.createMlaRequest.id;
}

async function newCase(reference: string): Promise<string> {
  const { body } = await hub.query<{ createCase: { id: string } }>(`mutation { createCase(input: { reference: "${reference}", articles: ["144-1"] }) { id } }`, undefined, officer);
  return body.data!.createCase.id;
}

describe("attaching existing requests to cases", () => {
  it("attaches a request made before its case, so results on the case can be credited to it", async () => {
    const id = await newRequest("ATT-1");
    const caseId = await newCase("ATT-CASE-1");
    // Before: the outcome cannot name the request, which serves no case.
    const refused = await hub.query(OUTCOME, { caseId, requestIds: [id] }, officer);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.requestIds" });
    const { version } = await read(id);
    const attached = await hub.query<{ attachRequestToCase: { version: number; case: { reference: string } } }>(ATTACH, { id, v: version, caseId }, officer);
    expect(attached.body.errors).toBeUndefined();
    expect(attached.body.data!.attachRequestToCase).toEqual({ version: version + 1, case: { reference: "ATT-CASE-1" } });
    expect((await hub.query(OUTCOME, { caseId, requestIds: [id] }, officer)).body.errors).toBeUndefined();
    expect((await read(id)).history.map((h) => [h.kind, h.origin, h.from, h.to, h.case?.reference ?? null])).toEqual([
      ["STATUS", "API", null, "RECEIVED", null],
      ["CASE_ATTACHED", "API", "RECEIVED", "RECEIVED", "ATT-CASE-1"],
    ]);
  });

  it("refuses a stale version with CONFLICT, and a request serving another case with BAD_USER_INPUT, changing nothing", async () => {
    const id = await newRequest("ATT-2");
    const [first, second] = [await newCase("ATT-CASE-2A"), await newCase("ATT-CASE-2B")];
    const { version } = await read(id);
    expect((await hub.query(ATTACH, { id, v: version, caseId: first }, officer)).body.errors).toBeUndefined();
    const stale = await hub.query(ATTACH, { id, v: version, caseId: second }, officer);
    expect(stale.body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "expectedVersion" });
    const busy = await hub.query(ATTACH, { id, v: version + 1, caseId: second }, officer);
    expect(busy.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseId" });
    expect(busy.body.errors?.[0].message).toContain("already serves case ATT-CASE-2A: detach it first");
    expect(await read(id)).toMatchObject({ version: version + 1, case: { reference: "ATT-CASE-2A" } });
  });

  it("detaches a request, kept in history, unless it is credited with results of the case", async () => {
    const [free, credited] = [await newRequest("ATT-3A"), await newRequest("ATT-3B")];
    const caseId = await newCase("ATT-CASE-3");
    for (const id of [free, credited]) expect((await hub.query(ATTACH, { id, v: (await read(id)).version, caseId }, officer)).body.errors).toBeUndefined();
    expect((await hub.query(OUTCOME, { caseId, requestIds: [credited] }, officer)).body.errors).toBeUndefined();

    const detached = await hub.query<{ detachRequestFromCase: { case: null } }>(DETACH, { id: free, v: (await read(free)).version }, officer);
    expect(detached.body.errors).toBeUndefined();
    expect(detached.body.data!.detachRequestFromCase.case).toBeNull();
    expect((await read(free)).history.at(-1)).toEqual({ kind: "CASE_DETACHED", origin: "API", from: "RECEIVED", to: "RECEIVED", case: { reference: "ATT-CASE-3" } });

    const before = await read(credited);
    const refused = await hub.query(DETACH, { id: credited, v: before.version }, officer);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "id" });
    expect(refused.body.errors?.[0].message).toBe("the request is credited with results of case ATT-CASE-3: it cannot leave that case");
    expect(await read(credited)).toEqual(before);
  });

  it("is for officers: a viewer is refused", async () => {
    const id = await newRequest("ATT-4");
    const caseId = await newCase("ATT-CASE-4");
    const { body } = await hub.query(ATTACH, { id, v: (await read(id)).version, caseId }, { role: "viewer" });
    expect(body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await read(id)).case).toBeNull();
  });
});
