import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The daily digest (issue 16): staff addresses with a role, managed by admins, and one delivery row per
 * recipient and day. The row's primary key is what makes a digest go out once a day however many
 * gateways run: a gateway sends only after claiming the row (docs/deadlines.md).
 */
export class DailyDigest1764600000000 implements MigrationInterface {
  name = "DailyDigest1764600000000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE gateway.digest_recipient (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email ~ '^[^@\\s]+@[^@\\s]+$'),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (role IN ('viewer', 'officer', 'admin')),
        lang text NOT NULL DEFAULT 'az' CHECK (lang IN ('az', 'en', 'ru')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX digest_recipient_email_idx ON gateway.digest_recipient (lower(email))`);
    // status: CLAIMED (a gateway is sending), SENT, EMPTY (nothing due: no mail), FAILED (retried up to 3 attempts).
    await db.query(`
      CREATE TABLE gateway.digest_delivery (
        day date NOT NULL,
        recipient_id uuid NOT NULL REFERENCES gateway.digest_recipient (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('CLAIMED', 'SENT', 'EMPTY', 'FAILED')),
        claimed_by text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 1,
        finished_at timestamptz,
        items integer,
        error_code text,
        PRIMARY KEY (day, recipient_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE gateway.digest_delivery, gateway.digest_recipient`);
  }
}
