import { randomBytes } from "node:crypto";
import { Client } from "pg";

export const TEMPLATE_DATABASE = "hub_test_template";

/** The admin URL globalSetup leaves in the environment (a database on the test server we may CREATE on). */
export function adminUrl(): string {
  const url = process.env.HUB_TEST_ADMIN_URL;
  if (!url) throw new Error("HUB_TEST_ADMIN_URL is not set: run tests through jest (globalSetup starts the database)");
  return url;
}

export function databaseUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file: a copy of the migrated and seeded template, isolated from the rest. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hub_test_${randomBytes(6).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  return {
    url: databaseUrl(adminUrl(), name),
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export { withAdmin };
