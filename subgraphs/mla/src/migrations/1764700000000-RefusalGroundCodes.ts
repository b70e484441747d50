import type { MigrationInterface, QueryRunner } from "typeorm";

const CODES = ["SOVEREIGNTY_SECURITY", "POLITICAL_OFFENCE", "CONTRARY_TO_LAW", "NO_DUAL_CRIMINALITY", "NE_BIS_IN_IDEM", "INSUFFICIENT_INFORMATION", "OTHER"];

/**
 * The Azerbaijani words the console's first version wrote at the start of a refusal ground ("İkili
 * cinayətkarlıq yoxdur: …"), one per listed ground: rows that start so get that code; any other ground
 * in words is OTHER. The words themselves are kept as they were written.
 */
const CONSOLE_WORDS: [string, string][] = [
  ["POLITICAL_OFFENCE", "Siyasi cinayət"],
  ["SOVEREIGNTY_SECURITY", "Suverenliyə, təhlükəsizliyə və ya ictimai qaydaya zərər"],
  ["CONTRARY_TO_LAW", "Sorğu olunan dövlətin qanunvericiliyinə ziddir"],
  ["NO_DUAL_CRIMINALITY", "İkili cinayətkarlıq yoxdur"],
  ["NE_BIS_IN_IDEM", "Eyni əmələ görə artıq hökm var (ne bis in idem)"],
  ["INSUFFICIENT_INFORMATION", "Məlumat kifayət deyil"],
];

const STATE_VIEW = `
  CREATE VIEW mla.mla_request_state AS
  SELECT r.*,
         r.status IN ('EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN') AS closed,
         (r.status NOT IN ('EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN', 'DRAFT')
           AND r.due_on IS NOT NULL AND r.due_on < current_date) AS overdue,
         CASE WHEN r.opened_on IS NULL THEN NULL ELSE coalesce(r.closed_on, current_date) - r.opened_on END AS days_open
    FROM mla.mla_request r`;

// The refusal ground as cooperation_request_image (1764200000001) reports it, and as it reports it now.
const GROUND_AS_TEXT = "THEN r.refusal_ground END";
const GROUND_AS_CODE = "THEN coalesce(r.refusal_ground_code, 'OTHER') END";

/**
 * Refusal grounds as codes (issue 15): a request and each history entry keep a code beside the words
 * (now the details), and the cooperation figures count refusals per code. Old rows stay readable: their
 * words are untouched, and the code is read from them where the console wrote a listed ground first.
 */
export class RefusalGroundCodes1764700000000 implements MigrationInterface {
  name = "RefusalGroundCodes1764700000000";

  async up(db: QueryRunner): Promise<void> {
    const codes = CODES.map((code) => `'${code}'`).join(", ");
    await db.query(`
      ALTER TABLE mla.mla_request
        ADD COLUMN refusal_ground_code text CHECK (refusal_ground_code IN (${codes})),
        ADD CONSTRAINT mla_request_refusal_code_check CHECK (refusal_ground_code IS NULL OR status = 'REFUSED'),
        DROP CONSTRAINT mla_request_refusal_check,
        -- A refusal states its ground: a code, words, or both.
        ADD CONSTRAINT mla_request_refusal_check CHECK (status <> 'REFUSED' OR refusal_ground IS NOT NULL OR refusal_ground_code IS NOT NULL)`);
    await db.query(`ALTER TABLE mla.mla_request_transition ADD COLUMN refusal_ground_code text CHECK (refusal_ground_code IN (${codes}))`);

    const words = `(VALUES ${CONSOLE_WORDS.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(", ")}) AS w(code, words)`;
    const codeOf = (column: string) =>
      `coalesce((SELECT w.code FROM ${words} WHERE ${column} = w.words OR starts_with(${column}, w.words || ': ')), 'OTHER')`;
    const params = CONSOLE_WORDS.flat();
    await db.query(`UPDATE mla.mla_request r SET refusal_ground_code = ${codeOf("r.refusal_ground")} WHERE r.status = 'REFUSED'`, params);
    // History is append-only (trigger); a code derived from what an entry already says is not a change of it.
    await db.query(`ALTER TABLE mla.mla_request_transition DISABLE TRIGGER mla_request_transition_append_only`);
    await db.query(
      `UPDATE mla.mla_request_transition t SET refusal_ground_code = ${codeOf("t.refusal_ground")} WHERE t.to_status = 'REFUSED' AND t.refusal_ground IS NOT NULL`,
      params,
    );
    await db.query(`ALTER TABLE mla.mla_request_transition ENABLE TRIGGER mla_request_transition_append_only`);

    // The view's r.* is expanded when it is created: rebuilt with the same definition to show the code.
    await db.query(`DROP VIEW mla.mla_request_state`);
    await db.query(STATE_VIEW);

    await this.replaceGround(db, GROUND_AS_TEXT, GROUND_AS_CODE);
    await db.query(`SELECT mla.recompute_cooperation()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await this.replaceGround(db, GROUND_AS_CODE, GROUND_AS_TEXT);
    await db.query(`DROP VIEW mla.mla_request_state`);
    await db.query(`ALTER TABLE mla.mla_request_transition DROP COLUMN refusal_ground_code`);
    // Refusals recorded with a code alone get their code as words, so the old rule holds.
    await db.query(`UPDATE mla.mla_request SET refusal_ground = refusal_ground_code WHERE status = 'REFUSED' AND refusal_ground IS NULL`);
    await db.query(`
      ALTER TABLE mla.mla_request
        DROP CONSTRAINT mla_request_refusal_check,
        DROP CONSTRAINT mla_request_refusal_code_check,
        DROP COLUMN refusal_ground_code,
        ADD CONSTRAINT mla_request_refusal_check CHECK (status <> 'REFUSED' OR refusal_ground IS NOT NULL)`);
    await db.query(STATE_VIEW);
    await db.query(`SELECT mla.recompute_cooperation()`);
  }

  /**
   * Replaces the refusal-ground expression inside the current definition of cooperation_request_image, so
   * whatever else a later migration changed in that function (another branch may redefine its legal-basis
   * key) stays as it is.
   */
  private async replaceGround(db: QueryRunner, from: string, to: string): Promise<void> {
    const [{ definition }]: { definition: string }[] = await db.query(
      `SELECT pg_get_functiondef('mla.cooperation_request_image(mla.mla_request)'::regprocedure) AS definition`,
    );
    if (!definition.includes(from)) throw new Error(`mla.cooperation_request_image does not read the refusal ground as "${from}"`);
    await db.query(definition.replace(from, to));
  }
}
