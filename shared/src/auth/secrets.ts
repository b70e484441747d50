import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { HubConfig } from "../config";

export interface HubSecrets {
  /** HS256 key for staff tokens issued by `npm run hub -- token`. */
  staffTokenSecret: string;
  /** HS256 key the gateway signs forwarded identities with; subgraphs accept nothing else. */
  internalSecret: string;
  /** Password of the embedded PostgreSQL superuser. */
  embeddedPgPassword: string;
}

function generate(): HubSecrets {
  const key = () => randomBytes(32).toString("base64url");
  return { staffTokenSecret: key(), internalSecret: key(), embeddedPgPassword: key() };
}

/**
 * Secrets come from the environment when set (deployment) and otherwise from `secrets.json` in the data
 * directory, created on first start with mode 600. Created with `wx` so two processes starting at once
 * agree on one file instead of overwriting each other.
 */
export function resolveSecrets(config: HubConfig): HubSecrets {
  const { staffTokenSecret, internalSecret } = config.secrets;
  if (staffTokenSecret && internalSecret && config.databaseUrl) {
    return { staffTokenSecret, internalSecret, embeddedPgPassword: "" };
  }
  const file = path.join(config.dataDir, "secrets.json");
  let stored: HubSecrets;
  try {
    stored = JSON.parse(readFileSync(file, "utf8")) as HubSecrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(config.dataDir, { recursive: true });
    const fresh = generate();
    try {
      writeFileSync(file, JSON.stringify(fresh, null, 2) + "\n", { mode: 0o600, flag: "wx" });
      stored = fresh;
    } catch (raceError) {
      if ((raceError as NodeJS.ErrnoException).code !== "EEXIST") throw raceError;
      stored = JSON.parse(readFileSync(file, "utf8")) as HubSecrets;
    }
  }
  return {
    staffTokenSecret: staffTokenSecret ?? stored.staffTokenSecret,
    internalSecret: internalSecret ?? stored.internalSecret,
    embeddedPgPassword: stored.embeddedPgPassword,
  };
}
