import { RefusalGroundCodes1764700000000 } from "../subgraphs/mla/src/migrations/1764700000000-RefusalGroundCodes";
import { startTestHub, type TestHub } from "./support/test-hub";

// Refusal grounds as codes (issue 15): a refusal names a listed ground and details in words; grounds
// recorded in words only (before codes, or by a client that gives none) read as OTHER and keep their words.
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.stop());

const officer = { role: "officer" as const };
const MOVE = `mutation T($id: ID!, $v: Int!, $input: TransitionInput!) {
  transitionMlaRequest(id: $id, expectedVersion: $v, input: $input) { status refusalGroundCode refusalGround } }`;
const READ = `query R($id: ID!) { mlaRequest(id: $id) { refusalGroundCode refusalGround history { to refusalGroundCode refusalGround } } }`;
const FIGURES = `query F($id: ID!) { agreement(id: $id) { cooperation { refused refusalGrounds { ground refused } } } }`;

type Read = { mlaRequest: { refusalGroundCode: string | null; refusalGround: string | null; history: { to: string; refusalGroundCode: string | null; refusalGround: string | null }[] } };

async function received(reference: string, agreement = "az-bg-cooperation", country = "BG"): Promise<string> {
  const { body } = await hub.query<{ createMlaRequest: { id: string } }>(
    `mutation C($input: CreateMlaRequestInput!) { createMlaRequest(input: $input) { id } }`,
    { input: { idempotencyKey: reference, reference, direction: "INCOMING", counterpartCountry: country, legalBasisKind: "AGREEMENT", legalBasisAgreementId: agreement, openedOn: "2025-02-01" } },
    officer,
  );
  return body.data!.createMlaRequest.id;
}

const refuse = (id: string, input: Record<string, unknown>) => hub.query<{ transitionMlaRequest: { status: string; refusalGroundCode: string | null; refusalGround: string | null } }>(MOVE, { id, v: 1, input: { to: "REFUSED", ...input } }, officer);
const read = async (id: string) => (await hub.query<Read>(READ, { id }, officer)).body.data!.mlaRequest;

describe("refusal grounds as codes", () => {
  it("records a listed ground with its details, on the request and in its history", async () => {
    const id = await received("RG-1");
    const { body } = await refuse(id, { refusalGroundCode: "NE_BIS_IN_IDEM", refusalGround: "convicted in Tbilisi in 2024" });
    expect(body.errors).toBeUndefined();
    expect(body.data!.transitionMlaRequest).toEqual({ status: "REFUSED", refusalGroundCode: "NE_BIS_IN_IDEM", refusalGround: "convicted in Tbilisi in 2024" });
    expect((await read(id)).history.at(-1)).toEqual({ to: "REFUSED", refusalGroundCode: "NE_BIS_IN_IDEM", refusalGround: "convicted in Tbilisi in 2024" });
  });

  it("takes a listed ground without words, but OTHER only with words; a ground only on a refusal", async () => {
    const id = await received("RG-2");
    const other = await refuse(id, { refusalGroundCode: "OTHER" });
    expect(other.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.refusalGround" });
    const notRefusing = await hub.query(MOVE, { id, v: 1, input: { to: "IN_PROGRESS", refusalGroundCode: "POLITICAL_OFFENCE" } }, officer);
    expect(notRefusing.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.refusalGroundCode" });
    const coded = await refuse(id, { refusalGroundCode: "SOVEREIGNTY_SECURITY" });
    expect(coded.body.data!.transitionMlaRequest).toMatchObject({ refusalGroundCode: "SOVEREIGNTY_SECURITY", refusalGround: null });
  });

  it("records a ground given in words only as OTHER, keeping the words", async () => {
    const id = await received("RG-3");
    const { body } = await refuse(id, { refusalGround: "the file was incomplete" });
    expect(body.data!.transitionMlaRequest).toMatchObject({ refusalGroundCode: "OTHER", refusalGround: "the file was incomplete" });
    // A row written around the API with words and no code reads the same.
    await hub.pool.query(`INSERT INTO mla.mla_request (reference, direction, counterpart_country_code, legal_basis_kind, legal_basis_agreement_id, status, opened_on, refusal_ground)
      VALUES ('RG-SQL', 'INCOMING', 'BG', 'AGREEMENT', 'az-bg-cooperation', 'REFUSED', '2025-02-03', 'by hand')`);
    const [{ id: sqlId }] = (await hub.pool.query(`SELECT id FROM mla.mla_request WHERE reference = 'RG-SQL'`)).rows;
    expect(await read(sqlId)).toMatchObject({ refusalGroundCode: "OTHER", refusalGround: "by hand" });
  });

  it("counts refusals per code in the maintained figures", async () => {
    const a = await received("RG-F1", "az-ro-cooperation", "RO");
    const b = await received("RG-F2", "az-ro-cooperation", "RO");
    const c = await received("RG-F3", "az-ro-cooperation", "RO");
    await refuse(a, { refusalGroundCode: "INSUFFICIENT_INFORMATION" });
    await refuse(b, { refusalGroundCode: "INSUFFICIENT_INFORMATION", refusalGround: "no address" });
    await refuse(c, { refusalGround: "words only" });
    const { body } = await hub.query<{ agreement: { cooperation: { refused: number; refusalGrounds: { ground: string; refused: number }[] } } }>(FIGURES, { id: "az-ro-cooperation" });
    expect(body.data!.agreement.cooperation).toEqual({ refused: 3, refusalGrounds: [{ ground: "INSUFFICIENT_INFORMATION", refused: 2 }, { ground: "OTHER", refused: 1 }] });
    const recomputed = await hub.pool.query(`SELECT mla.recompute_cooperation() AS summary`);
    expect(recomputed.rows[0].summary.differences).toBe(0);
  });

  it("reads the code of grounds the first console wrote in words, and leaves every word as it was", async () => {
    // The database as it was before codes: the migration taken back, then refusals written as the first console wrote them.
    const grounds: [string, string][] = [
      ["RG-OLD-1", "İkili cinayətkarlıq yoxdur: the act is not an offence there"],
      ["RG-OLD-2", "Məlumat kifayət deyil"],
      ["RG-OLD-3", "refused for reasons of its own"],
    ];
    const ids: Record<string, string> = {};
    for (const [reference] of grounds) ids[reference] = await received(reference, "az-lv-cooperation", "LV");
    const runner = hub.subgraphs.mla.dataSource.createQueryRunner();
    const migration = new RefusalGroundCodes1764700000000();
    try {
      await migration.down(runner);
      for (const [reference, ground] of grounds) {
        await runner.query(`UPDATE mla.mla_request SET status = 'REFUSED', refusal_ground = $2, version = 2 WHERE id = $1`, [ids[reference], ground]);
        await runner.query(`INSERT INTO mla.mla_request_transition (request_id, from_status, to_status, refusal_ground, changed_by, changed_by_name)
          VALUES ($1, 'RECEIVED', 'REFUSED', $2, 'test', 'Test')`, [ids[reference], ground]);
      }
      await migration.up(runner);
      expect(await read(ids["RG-OLD-1"])).toMatchObject({ refusalGroundCode: "NO_DUAL_CRIMINALITY", refusalGround: "İkili cinayətkarlıq yoxdur: the act is not an offence there" });
      expect((await read(ids["RG-OLD-1"])).history.at(-1)).toMatchObject({ refusalGroundCode: "NO_DUAL_CRIMINALITY" });
      expect(await read(ids["RG-OLD-2"])).toMatchObject({ refusalGroundCode: "INSUFFICIENT_INFORMATION", refusalGround: "Məlumat kifayət deyil" });
      expect(await read(ids["RG-OLD-3"])).toMatchObject({ refusalGroundCode: "OTHER", refusalGround: "refused for reasons of its own" });
      const { body } = await hub.query<{ agreement: { cooperation: { refusalGrounds: { ground: string; refused: number }[] } } }>(FIGURES, { id: "az-lv-cooperation" });
      expect(body.data!.agreement.cooperation.refusalGrounds).toEqual([
        { ground: "INSUFFICIENT_INFORMATION", refused: 1 },
        { ground: "NO_DUAL_CRIMINALITY", refused: 1 },
        { ground: "OTHER", refused: 1 },
      ]);
    } finally {
      await runner.release();
    }
  });
});
