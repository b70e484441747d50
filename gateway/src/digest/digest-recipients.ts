import type { Pool } from "pg";
import { isStaffRole, type StaffRole } from "#shared/auth/identity";

export type DigestLanguage = "az" | "en" | "ru";

export interface DigestRecipient {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  lang: DigestLanguage;
  active: boolean;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
}

export interface RecipientInput {
  email?: unknown;
  name?: unknown;
  role?: unknown;
  lang?: unknown;
  active?: unknown;
}

/** A recipient that cannot be saved as given: the field and what to fix (an admin route answers 400 or 409). */
export class RecipientProblem extends Error {
  constructor(readonly code: "BAD_USER_INPUT" | "CONFLICT" | "NOT_FOUND", readonly field: string | undefined, message: string) {
    super(message);
  }
}

const COLUMNS = `id, email, name, role, lang, active, created_at AS "createdAt", created_by AS "createdBy", updated_at AS "updatedAt"`;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The fields of an input, checked; `partial` for an update (only what is given). */
function checked(input: RecipientInput, partial: boolean): Partial<Pick<DigestRecipient, "email" | "name" | "role" | "lang" | "active">> {
  const out: Partial<Pick<DigestRecipient, "email" | "name" | "role" | "lang" | "active">> = {};
  if (input.email !== undefined || !partial) {
    if (typeof input.email !== "string" || input.email.length > 254 || !EMAIL.test(input.email.trim())) {
      throw new RecipientProblem("BAD_USER_INPUT", "email", "email must be an e-mail address (at most 254 characters)");
    }
    out.email = input.email.trim();
  }
  if (input.name !== undefined || !partial) {
    if (typeof input.name !== "string" || input.name.trim().length === 0 || input.name.trim().length > 200) {
      throw new RecipientProblem("BAD_USER_INPUT", "name", "name must be 1-200 characters");
    }
    out.name = input.name.trim();
  }
  if (input.role !== undefined || !partial) {
    if (typeof input.role !== "string" || !isStaffRole(input.role)) throw new RecipientProblem("BAD_USER_INPUT", "role", "role must be viewer, officer or admin");
    out.role = input.role;
  }
  if (input.lang !== undefined) {
    if (input.lang !== "az" && input.lang !== "en" && input.lang !== "ru") throw new RecipientProblem("BAD_USER_INPUT", "lang", "lang must be az, en or ru");
    out.lang = input.lang;
  }
  if (input.active !== undefined) {
    if (typeof input.active !== "boolean") throw new RecipientProblem("BAD_USER_INPUT", "active", "active must be true or false");
    out.active = input.active;
  }
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function duplicate(error: unknown): never {
  if ((error as { code?: string }).code === "23505") throw new RecipientProblem("CONFLICT", "email", "a recipient with this address exists already");
  throw error;
}

/** Staff addresses that receive the daily digest, each with the role its digest is built as (gateway schema). */
export class DigestRecipients {
  constructor(private readonly pool: Pool) {}

  async list(options: { activeOnly?: boolean } = {}): Promise<DigestRecipient[]> {
    const { rows } = await this.pool.query(`SELECT ${COLUMNS} FROM gateway.digest_recipient ${options.activeOnly ? "WHERE active" : ""} ORDER BY lower(email)`);
    return rows;
  }

  async get(id: string): Promise<DigestRecipient> {
    const { rows } = UUID.test(id) ? await this.pool.query(`SELECT ${COLUMNS} FROM gateway.digest_recipient WHERE id = $1`, [id]) : { rows: [] };
    if (!rows[0]) throw new RecipientProblem("NOT_FOUND", undefined, `no digest recipient ${id.slice(0, 64)}`);
    return rows[0];
  }

  async create(input: RecipientInput, createdBy: string): Promise<DigestRecipient> {
    const fields = checked(input, false);
    const { rows } = await this.pool
      .query(
        `INSERT INTO gateway.digest_recipient (email, name, role, lang, active, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
        [fields.email, fields.name, fields.role, fields.lang ?? "az", fields.active ?? true, createdBy],
      )
      .catch(duplicate);
    return rows[0];
  }

  async update(id: string, input: RecipientInput): Promise<DigestRecipient> {
    const current = await this.get(id);
    const fields = { ...current, ...checked(input, true) };
    const { rows } = await this.pool
      .query(
        `UPDATE gateway.digest_recipient SET email = $2, name = $3, role = $4, lang = $5, active = $6, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, fields.email, fields.name, fields.role, fields.lang, fields.active],
      )
      .catch(duplicate);
    return rows[0];
  }

  async remove(id: string): Promise<DigestRecipient> {
    const current = await this.get(id);
    await this.pool.query(`DELETE FROM gateway.digest_recipient WHERE id = $1`, [id]);
    return current;
  }
}
