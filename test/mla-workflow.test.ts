import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const CREATE = `mutation C($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id reference status version nextStatuses } }`;
const MOVE = `mutation T($id: ID!, $v: Int!, $input: TransitionInput!) { transitionMlaRequest(id: $id, expectedVersion: $v, input: $input) { status version closedOn refusalGround } }`;
const READ = `query R($id: ID!) { mlaRequest(id: $id) { status version openedOn acknowledgedOn closedOn overdue daysOpen
  history { from to refusalGround note changedByName } } }`;

type Created = { createMlaRequest: { id: string; reference: string; status: string; version: number; nextStatuses: string[] } };
type Read = { mlaRequest: { status: string; version: number; openedOn: string | null; acknowledgedOn: string | null; closedOn: string | null; overdue: boolean; daysOpen: number | null;
  history: { from: string | null; to: string; refusalGround: string | null; note: string | null; changedByName: string }[] } };

const outgoing = (reference: string, extra: Record<string, unknown> = {}) => ({
  idempotencyKey: `key-${reference}`,
  reference,
  direction: "OUTGOING",
  counterpartCountry: "tr",
  legalBasisKind: "AGREEMENT",
  legalBasisAgreementId: "az-tr-cooperation",
  assistanceTypes: ["EVIDENCE", "WITNESS_VICTIM_INTERVIEW"],
  ...extra,
});
const create = async (input: Record<string, unknown>) => (await hub.query<Created>(CREATE, { input }, { role: "officer" })).body;
const read = async (id: string) => (await hub.query<Read>(READ, { id })).body.data!.mlaRequest;
const move = (id: string, v: number, input: Record<string, unknown>) => hub.query<{ transitionMlaRequest: { status: string; version: number } }>(MOVE, { id, v, input }, { role: "officer" });
const countRequests = async () => Number((await hub.pool.query(`SELECT count(*) FROM mla.mla_request`)).rows[0].count);

describe("MLA request workflow", () => {
  it("creates an outgoing request as a draft and walks it to executed, keeping every step", async () => {
    const { data, errors } = await create(outgoing("OUT-2026-001"));
    expect(errors).toBeUndefined();
    const { id, status, version, nextStatuses } = data!.createMlaRequest;
    expect(status).toBe("DRAFT");
    expect(nextStatuses).toEqual(["SENT", "WITHDRAWN"]);
    let v = version;
    for (const [to, on] of [["SENT", "2026-01-10"], ["IN_PROGRESS", "2026-01-20"], ["EXECUTED", "2026-03-01"]]) {
      const { body } = await move(id, v, { to, on, note: `step ${to}` });
      expect(body.errors).toBeUndefined();
      v = body.data!.transitionMlaRequest.version;
    }
    const request = await read(id);
    expect(request).toMatchObject({ status: "EXECUTED", openedOn: "2026-01-10", acknowledgedOn: "2026-01-20", closedOn: "2026-03-01", overdue: false, daysOpen: 50 });
    expect(request.history.map((h) => [h.from, h.to])).toEqual([[null, "DRAFT"], ["DRAFT", "SENT"], ["SENT", "IN_PROGRESS"], ["IN_PROGRESS", "EXECUTED"]]);
    expect(request.history.every((h) => h.changedByName === "Test officer")).toBe(true);
  });

  it("refuses an illegal transition naming the field, and changes nothing", async () => {
    const { data } = await create(outgoing("OUT-2026-002"));
    const { id, version } = data!.createMlaRequest;
    const { body } = await move(id, version, { to: "EXECUTED" });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.to" });
    expect(body.errors?.[0].message).toContain("cannot go from DRAFT to EXECUTED; allowed: SENT, WITHDRAWN");
    expect(await read(id)).toMatchObject({ status: "DRAFT", version });
    expect((await read(id)).history).toHaveLength(1);
  });

  it("refuses a stale expectedVersion with CONFLICT, and changes nothing", async () => {
    const { data } = await create(outgoing("OUT-2026-003"));
    const { id, version } = data!.createMlaRequest;
    expect((await move(id, version, { to: "SENT" })).body.errors).toBeUndefined();
    const stale = await move(id, version, { to: "WITHDRAWN" });
    expect(stale.body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "expectedVersion", currentVersion: version + 1 });
    expect(await read(id)).toMatchObject({ status: "SENT", version: version + 1 });
  });

  it("requires a ground for a refusal, and keeps it", async () => {
    const { data } = await create({ ...outgoing("IN-2026-004"), direction: "INCOMING", openedOn: "2026-02-01" });
    const { id, version, status } = data!.createMlaRequest;
    expect(status).toBe("RECEIVED");
    const bare = await move(id, version, { to: "REFUSED" });
    expect(bare.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.refusalGround" });
    const refused = await move(id, version, { to: "REFUSED", refusalGround: "Dual criminality not met", on: "2026-02-15" });
    expect(refused.body.errors).toBeUndefined();
    const request = await read(id);
    expect(request).toMatchObject({ status: "REFUSED", closedOn: "2026-02-15", daysOpen: 14 });
    expect(request.history.at(-1)).toMatchObject({ from: "RECEIVED", to: "REFUSED", refusalGround: "Dual criminality not met" });
    // A final status has no way out.
    expect((await move(id, version + 1, { to: "IN_PROGRESS" })).body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("is idempotent under retry: the same key and content return the same request, once", async () => {
    const before = await countRequests();
    const input = outgoing("OUT-2026-005");
    const results = await Promise.all([create(input), create(input), create(input)]);
    const ids = new Set(results.map((r) => r.data!.createMlaRequest.id));
    expect(ids.size).toBe(1);
    expect(await countRequests()).toBe(before + 1);
    const reused = await create({ ...input, reference: "OUT-2026-999" });
    expect(reused.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    expect(await countRequests()).toBe(before + 1);
  });

  it("refuses a duplicate reference in the same direction, but not in the other", async () => {
    await create(outgoing("REF-7"));
    const again = await create({ ...outgoing("REF-7"), idempotencyKey: "another-key" });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "input.reference" });
    const incoming = await create({ ...outgoing("REF-7"), idempotencyKey: "incoming-key", direction: "INCOMING" });
    expect(incoming.errors).toBeUndefined();
  });

  it.each([
    [{ counterpartCountry: "Turkey" }, "input.counterpartCountry"],
    [{ legalBasisKind: "RECIPROCITY" }, "input.legalBasisAgreementId"],
    [{ reference: "  " }, "input.reference"],
    [{ openedOn: "2026-05-01", dueOn: "2026-04-01" }, "input.dueOn"],
    [{ caseId: "not-a-case" }, "input.caseId"],
  ])("refuses bad input %j naming %s", async (change, field) => {
    const before = await countRequests();
    const { errors } = await create({ ...outgoing(`BAD-${field}`), ...change });
    expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await countRequests()).toBe(before);
  });

  it("refuses MLA mutations to a viewer", async () => {
    const { body } = await hub.query(CREATE, { input: outgoing("OUT-VIEWER") }, { role: "viewer" });
    expect(body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("deadlines, computed in SQL", () => {
  it("flags an open request past its due date as overdue, and filters by it", async () => {
    const { data } = await create({ ...outgoing("IN-LATE-1"), direction: "INCOMING", openedOn: "2025-01-01", dueOn: "2025-02-01" });
    const late = await read(data!.createMlaRequest.id);
    expect(late.overdue).toBe(true);
    const expectedDays = Math.round((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse("2025-01-01")) / 86_400_000);
    expect(late.daysOpen).toBe(expectedDays);
    const { body } = await hub.query<{ mlaRequests: { edges: { node: { reference: string; overdue: boolean } }[] } }>(
      `{ mlaRequests(filter: { overdue: true }, first: 100) { edges { node { reference overdue } } } }`,
    );
    const overdue = body.data!.mlaRequests.edges.map((e) => e.node);
    expect(overdue.map((r) => r.reference)).toContain("IN-LATE-1");
    expect(overdue.every((r) => r.overdue)).toBe(true);
    const { rows } = await hub.pool.query(`SELECT count(*) FROM mla.mla_request WHERE status NOT IN ('EXECUTED','PARTIALLY_EXECUTED','REFUSED','WITHDRAWN','DRAFT') AND due_on < current_date`);
    expect(overdue).toHaveLength(Number(rows[0].count));
  });

  it("keeps the transition history append-only", async () => {
    await expect(hub.pool.query(`DELETE FROM mla.mla_request_transition`)).rejects.toThrow(/append-only/);
  });
});
