import { Pool } from "pg";
import { ApiKeyService } from "../../gateway/src/api-key/api-key.service";
import { migrateGatewaySchema } from "../../gateway/src/gateway-database";
import { resolveSecrets } from "#shared/auth/secrets";
import { isStaffRole, STAFF_ROLES } from "#shared/auth/identity";
import { issueStaffToken } from "#shared/auth/staff-token";
import { loadConfig } from "#shared/config";
import { openHubDatabase } from "#shared/database/hub-database";
import { createLogger } from "#shared/logger";
import { option } from "./commands/hub-client";
import { DRAFT_USAGE, draftCommand } from "./commands/draft";
import { IMPORT_USAGE, importCommand } from "./commands/import";
import { recompute } from "./commands/recompute";
import { DIGEST_USAGE, digestCommand } from "./commands/digest";
import { REPORT_USAGE, reportCommand } from "./commands/report";

const USAGE = `usage:
  npm run --silent hub -- token --role <${STAFF_ROLES.join("|")}> --name "<name>" [--subject <stable id>] [--expires 12h]
  npm run --silent hub -- key create --org <organisation> --name "<name>" [--expires-days 365]
  npm run --silent hub -- key list
  npm run --silent hub -- key revoke <id>
${IMPORT_USAGE}
  npm run --silent hub -- recompute
${DRAFT_USAGE}
${DIGEST_USAGE}
${REPORT_USAGE}`;

/** `hub token`: prints a staff token, and only the token, so a shell can capture it. */
async function token(args: string[]): Promise<number> {
  const role = option(args, "role");
  const name = option(args, "name");
  if (!role || !isStaffRole(role)) {
    console.error(`--role must be one of ${STAFF_ROLES.join(", ")}\n${USAGE}`);
    return 2;
  }
  if (!name || name.trim() === "") {
    console.error(`--name is required\n${USAGE}`);
    return 2;
  }
  // The audit names the token's subject: one per person, stable across tokens (default: from the name).
  const subject = option(args, "subject");
  if (subject !== undefined && !/^[A-Za-z0-9][A-Za-z0-9:._@-]{0,99}$/.test(subject)) {
    console.error(`--subject must be 1-100 letters, digits or : . _ @ -\n${USAGE}`);
    return 2;
  }
  const secrets = resolveSecrets(loadConfig());
  process.stdout.write(`${await issueStaffToken(secrets.staffTokenSecret, { name, role, subject, expiresIn: option(args, "expires") })}\n`);
  return 0;
}

/** `hub key …`: partner keys, in the hub's database (embedded or DATABASE_URL). */
async function key(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const config = loadConfig();
  const log = createLogger("hub-cli", "warn");
  const database = await openHubDatabase(config, log);
  const pool = new Pool({ connectionString: database.url, max: 1 });
  try {
    await migrateGatewaySchema(database.url, log);
    const keys = new ApiKeyService(pool);
    if (action === "create") {
      const org = option(rest, "org");
      const name = option(rest, "name");
      if (!org || !name) {
        console.error(`--org and --name are required\n${USAGE}`);
        return 2;
      }
      const created = await keys.create(org, name, Number(option(rest, "expires-days") ?? 365), "cli");
      // The key is shown once: only its hash is stored.
      process.stdout.write(`${created.key}\n`);
      console.error(`key ${created.record.id} for ${org}, expires ${created.record.expiresAt.toISOString()}; it will not be shown again`);
      return 0;
    }
    if (action === "list") {
      for (const record of await keys.list()) {
        const state = record.revokedAt ? "revoked" : record.expiresAt < new Date() ? "expired" : "active";
        process.stdout.write(`${record.id}\t${record.organization}\t${record.name}\t${record.prefix}…\t${state}\texpires ${record.expiresAt.toISOString()}\n`);
      }
      return 0;
    }
    if (action === "revoke" && rest[0]) {
      if (await keys.revoke(rest[0])) {
        process.stdout.write(`revoked ${rest[0]}\n`);
        return 0;
      }
      console.error(`no active key ${rest[0]}`);
      return 1;
    }
    console.error(USAGE);
    return 2;
  } finally {
    await pool.end();
    await database.close();
  }
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === "token") return token(rest);
  if (command === "key") return key(rest);
  if (command === "import") return importCommand(rest);
  if (command === "recompute") return recompute();
  if (command === "draft") return draftCommand(rest);
  if (command === "digest") return digestCommand(rest);
  if (command === "report") return reportCommand(rest);
  console.error(USAGE);
  return 2;
}

void main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
