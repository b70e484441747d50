import { createHash, randomBytes } from "node:crypto";
import type { Pool } from "pg";
import type { Identity } from "#shared/auth/identity";

export const API_KEY_PREFIX = "hubk_";

export interface ApiKeyRecord {
  id: string;
  organization: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export class InvalidApiKeyError extends Error {}

function hash(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Read-only partner keys: bound to one organisation, stored hashed, shown once, expiring, revocable. */
export class ApiKeyService {
  constructor(private readonly pool: Pool) {}

  async create(organization: string, name: string, expiresInDays: number, createdBy: string): Promise<{ key: string; record: ApiKeyRecord }> {
    if (!organization.trim()) throw new Error("--org is required");
    if (!name.trim()) throw new Error("--name is required");
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 3650) throw new Error("--expires-days must be 1-3650");
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
    const { rows } = await this.pool.query(
      `INSERT INTO gateway.api_key (organization, name, key_hash, prefix, expires_at, created_by)
       VALUES ($1, $2, $3, $4, now() + make_interval(days => $5), $6)
       RETURNING id, organization, name, prefix, created_at, expires_at, revoked_at`,
      [organization.trim(), name.trim(), hash(key), key.slice(0, API_KEY_PREFIX.length + 6), expiresInDays, createdBy],
    );
    return { key, record: toRecord(rows[0]) };
  }

  async list(): Promise<ApiKeyRecord[]> {
    const { rows } = await this.pool.query(`SELECT id, organization, name, prefix, created_at, expires_at, revoked_at FROM gateway.api_key ORDER BY created_at`);
    return rows.map(toRecord);
  }

  async revoke(id: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
    const { rowCount } = await this.pool.query(`UPDATE gateway.api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
    return (rowCount ?? 0) > 0;
  }

  /** The partner identity of a valid key; revoked, expired or unknown keys are refused alike. */
  async verify(key: string): Promise<Identity> {
    if (!key.startsWith(API_KEY_PREFIX) || key.length > 100) throw new InvalidApiKeyError("API key is invalid, expired or revoked");
    const { rows } = await this.pool.query(
      `SELECT id, organization FROM gateway.api_key WHERE key_hash = $1 AND revoked_at IS NULL AND expires_at > now()`,
      [hash(key)],
    );
    if (rows.length === 0) throw new InvalidApiKeyError("API key is invalid, expired or revoked");
    return { kind: "partner", subject: `key:${rows[0].id}`, name: `partner ${rows[0].organization}`, roles: ["partner"], organization: rows[0].organization };
  }
}

function toRecord(row: Record<string, unknown>): ApiKeyRecord {
  return {
    id: String(row.id),
    organization: String(row.organization),
    name: String(row.name),
    prefix: String(row.prefix),
    createdAt: row.created_at as Date,
    expiresAt: row.expires_at as Date,
    revokedAt: (row.revoked_at as Date | null) ?? null,
  };
}
