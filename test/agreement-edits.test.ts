import { startTestHub, type TestHub } from "./support/test-hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const CREATE = `mutation Create($input: CreateAgreementInput!) { createAgreement(input: $input) { id version title } }`;
const UPDATE = `mutation Update($id: ID!, $v: Int!, $input: AgreementFields!) { updateAgreement(id: $id, expectedVersion: $v, input: $input) { id version title(lang: EN) } }`;
const SET_PARTY = `mutation P($id: ID!, $v: Int!, $input: PartyInput!) { setPartyStatus(agreementId: $id, expectedVersion: $v, input: $input) { version parties { status country { code } ratifiedOn } } }`;
const ADD_MEASURE = `mutation M($id: ID!, $v: Int!, $input: MeasureInput!) { addMeasure(agreementId: $id, expectedVersion: $v, input: $input) { number text executors { id } } }`;
const STATE = `query S($id: ID!) { agreement(id: $id) { version titleEn: title(lang: EN) parties { status country { code } } measures { text }
  history { version operation changes changedByName } } }`;

type State = { agreement: { version: number; titleEn: string | null; parties: unknown[]; measures: unknown[]; history: { version: number; operation: string; changes: Record<string, unknown>; changedByName: string }[] } | null };
const state = async (id: string) => (await hub.query<State>(STATE, { id }, { role: "viewer" })).body.data!.agreement;

const NEW = { id: "az-ge-police-2024", kind: "BILATERAL", instrumentType: "MEMORANDUM", titleEn: "Memorandum on police cooperation", source: "test: ministry file 12/2024" };

describe("staff edits of agreements", () => {
  it("creates an agreement and records who did it", async () => {
    const { body } = await hub.query(CREATE, { input: NEW }, { role: "admin" });
    expect(body.errors).toBeUndefined();
    const created = await state(NEW.id);
    expect(created).toMatchObject({ version: 1, titleEn: "Memorandum on police cooperation" });
    expect(created!.history).toEqual([expect.objectContaining({ version: 1, operation: "createAgreement", changedByName: "Test admin" })]);
  });

  it.each([
    [{ ...NEW, id: "Bad Id" }, "input.id"],
    [{ ...NEW, id: "x-untitled", titleEn: "  " }, "input.titleAz"],
    [{ ...NEW, id: "x-nosource", source: "" }, "input.source"],
    [{ ...NEW, id: "x-dates", signedOn: "2024-05-01", enteredIntoForceOn: "2024-01-01" }, "input.enteredIntoForceOn"],
    [{ ...NEW, id: "x-org", frameworkOrganizationId: "NOPE" }, "input.frameworkOrganizationId"],
    [{ ...NEW, id: "x-topic", topics: ["Not A Topic"] }, "input.topics[0]"],
    [{ ...NEW, id: "x-complete", partiesComplete: null }, "input.partiesComplete"],
  ])("refuses bad input naming the field (%#) and creates nothing", async (input, field) => {
    const { body } = await hub.query(CREATE, { input }, { role: "admin" });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(body.errors?.[0].message).toMatch(new RegExp(`^${field.replace(/[[\]]/g, "\\$&")}: `));
    expect(await state(input.id)).toBeNull();
  });

  it("refuses a malformed date before it reaches the service", async () => {
    const { body } = await hub.query(CREATE, { input: { ...NEW, id: "x-baddate", signedOn: "2024-13-45" } }, { role: "admin" });
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0].message).toContain("signedOn");
  });

  it("refuses a duplicate id with CONFLICT", async () => {
    const { body } = await hub.query(CREATE, { input: { ...NEW, titleEn: "again" } }, { role: "admin" });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "input.id" });
  });

  it("never lets two editors silently overwrite each other", async () => {
    const before = await state("palermo-protocol-2000");
    const first = await hub.query<{ updateAgreement: { version: number } }>(UPDATE, { id: "palermo-protocol-2000", v: before!.version, input: { titleEn: "Palermo Protocol" } }, { role: "admin" });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.updateAgreement.version).toBe(before!.version + 1);

    // The second editor still holds the old version.
    const second = await hub.query(UPDATE, { id: "palermo-protocol-2000", v: before!.version, input: { titleEn: "Trafficking Protocol" } }, { role: "admin" });
    expect(second.body.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "expectedVersion", currentVersion: before!.version + 1 });
    const after = await state("palermo-protocol-2000");
    expect(after!.titleEn).toBe("Palermo Protocol");
    expect(after!.history.map((h) => h.operation)).toEqual(["updateAgreement"]);
    expect(after!.history[0].changes).toEqual({ titleEn: { from: expect.stringContaining("Protocol to Prevent, Suppress and Punish"), to: "Palermo Protocol" } });
  });

  it("serialises concurrent edits: of two updates sent at once from the same version, exactly one wins", async () => {
    const { version } = (await state("echr-1950"))!;
    const results = await Promise.all(
      ["A", "B"].map((t) => hub.query(UPDATE, { id: "echr-1950", v: version, input: { titleEn: `ECHR ${t}` } }, { role: "admin" })),
    );
    const codes = results.map((r) => r.body.errors?.[0].extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    expect((await state("echr-1950"))!.version).toBe(version + 1);
  });

  it("records a ratification and keeps the history append-only", async () => {
    const { version } = (await state("palermo-protocol-2000"))!;
    const { body } = await hub.query<{ setPartyStatus: { version: number; parties: { status: string; country: { code: string }; ratifiedOn: string }[] } }>(
      SET_PARTY,
      { id: "palermo-protocol-2000", v: version, input: { countryCode: "az", status: "RATIFIED", ratifiedOn: "2003-01-01", source: "test: example ratification" } },
      { role: "admin" },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.setPartyStatus.parties).toContainEqual({ status: "RATIFIED", country: { code: "AZ" }, ratifiedOn: "2003-01-01" });
    await expect(hub.pool.query(`DELETE FROM agreements.agreement_history`)).rejects.toThrow(/append-only/);
    await expect(hub.pool.query(`UPDATE agreements.agreement_history SET operation = 'x'`)).rejects.toThrow(/append-only/);
  });

  it("refuses a party that is both a country and an organisation, or neither", async () => {
    const { version } = (await state("palermo-protocol-2000"))!;
    for (const input of [{ countryCode: "AZ", organizationId: "UN" }, {}]) {
      const { body } = await hub.query(SET_PARTY, { id: "palermo-protocol-2000", v: version, input: { ...input, status: "SIGNED", source: "t" } }, { role: "admin" });
      expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.countryCode" });
    }
    const unknown = await hub.query(SET_PARTY, { id: "palermo-protocol-2000", v: version, input: { countryCode: "ZZ", status: "SIGNED", source: "t" } }, { role: "admin" });
    expect(unknown.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.countryCode" });
    expect((await state("palermo-protocol-2000"))!.version).toBe(version);
  });

  it("adds a measure with executors, and refuses unknown executors without adding anything", async () => {
    const { version, measures } = (await state(NEW.id))!;
    const bad = await hub.query(ADD_MEASURE, { id: NEW.id, v: version, input: { text: "Exchange liaison officers", executorIds: ["NOPE"], source: "t" } }, { role: "admin" });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.executorIds" });
    expect((await state(NEW.id))!.measures).toHaveLength(measures.length);

    const good = await hub.query<{ addMeasure: { text: string; executors: { id: string }[] } }>(
      ADD_MEASURE,
      { id: NEW.id, v: version, input: { number: "1", text: "Exchange liaison officers", executorIds: ["INTERPOL"], deadlineTo: "2025-12-31", source: "t" } },
      { role: "admin" },
    );
    expect(good.body.errors).toBeUndefined();
    expect(good.body.data!.addMeasure.executors).toEqual([{ id: "INTERPOL" }]);
    expect((await state(NEW.id))!.version).toBe(version + 1);
  });

  it.each(["viewer", "officer"] as const)("refuses agreement mutations to a %s with FORBIDDEN and changes nothing", async (role) => {
    const before = await state("bsec-combating-crime");
    const { body } = await hub.query(UPDATE, { id: "bsec-combating-crime", v: before!.version, input: { titleEn: "x" } }, { role });
    expect(body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await state("bsec-combating-crime")).toEqual(before);
  });
});
