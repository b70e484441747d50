import path from "node:path";

/** Where the hub's services listen and how they find each other and the database. */
export interface HubConfig {
  /** External PostgreSQL; when absent `npm start` runs an embedded one. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** Embedded PostgreSQL data, generated secrets. */
  dataDir: string;
  embeddedPgPort: number;
  host: string;
  logLevel: string;
  gateway: {
    port: number;
    maxBodyBytes: number;
    rateLimits: { staff: number; partner: number };
    /** Failed authentications a minute per source address before 429 (counted in the database, shared by gateways). */
    authFailuresPerMinute: number;
    /** Longest a subgraph fetch may take before the gateway answers without that subgraph's part. */
    subgraphTimeoutMs: number;
  };
  /** Largest spreadsheet `POST /import/:kind` accepts (the gateway answers 413 beyond; subgraphs take the same). */
  maxImportBytes: number;
  /** Where the `hub` CLI finds the running hub's gateway (`hub import`). */
  hubUrl: string;
  /** Small-cell suppression: counts from 1 to partnerMinCell - 1 are withheld from partner keys. */
  partnerMinCell: number;
  subgraphs: Record<SubgraphName, { port: number; url: string }>;
  /** Load the deterministic synthetic demo set on start (see issue 4); defaults on only for embedded. */
  seedDemo: boolean;
  secrets: { staffTokenSecret: string | undefined; internalSecret: string | undefined };
  /** Optional OIDC issuer for staff tokens; when set its JWKS verifies them instead of the HS256 secret. */
  oidc: { issuer: string | undefined; jwksUrl: string | undefined; audience: string | undefined };
  /** The daily e-mail digest of deadlines (issue 16): off while `smtpUrl` is undefined. */
  digest: DigestConfig;
}

export interface DigestConfig {
  /** smtp:// or smtps:// URL nodemailer sends through (credentials in it, if any). */
  smtpUrl: string | undefined;
  /** The From header of every digest. */
  from: string;
  /** The hour of the day (0-23, in `timeZone`) from which each day's digest goes out. */
  hour: number;
  /** IANA time zone the hour and "today" are read in. */
  timeZone: string;
  /** What counts as soon due: the next N days. */
  withinDays: number;
}

/** 10 MB: a register of tens of thousands of requests as .xlsx. */
export const DEFAULT_MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const SUBGRAPH_NAMES = ["agreements", "mla", "recommendations"] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Every variable the config reads, with its default; README and docker-compose are checked against it. */
export const ENVIRONMENT_VARIABLES = {
  DATABASE_URL: "(none: embedded PostgreSQL)",
  DATABASE_POOL_SIZE: "5",
  HUB_DATA_DIR: ".data",
  EMBEDDED_PG_PORT: "54329",
  HOST: "127.0.0.1",
  LOG_LEVEL: "info",
  PORT: "4000",
  MAX_BODY_BYTES: "102400",
  RATE_LIMIT_STAFF_PER_MINUTE: "600",
  RATE_LIMIT_PARTNER_PER_MINUTE: "120",
  MAX_IMPORT_BYTES: "10485760",
  HUB_URL: "http://127.0.0.1:<PORT>",
  AUTH_FAILURES_PER_MINUTE: "20",
  SUBGRAPH_TIMEOUT_MS: "10000",
  PARTNER_MIN_CELL: "5",
  AGREEMENTS_PORT: "4001",
  MLA_PORT: "4002",
  RECOMMENDATIONS_PORT: "4003",
  AGREEMENTS_URL: "http://127.0.0.1:4001/graphql",
  MLA_URL: "http://127.0.0.1:4002/graphql",
  RECOMMENDATIONS_URL: "http://127.0.0.1:4003/graphql",
  HUB_SEED_DEMO: "true with the embedded database, false with DATABASE_URL",
  HUB_STAFF_TOKEN_SECRET: "(generated into HUB_DATA_DIR/secrets.json)",
  HUB_INTERNAL_SECRET: "(generated into HUB_DATA_DIR/secrets.json)",
  OIDC_ISSUER: "(none)",
  OIDC_JWKS_URL: "(none: <issuer>/.well-known/jwks.json)",
  OIDC_AUDIENCE: "(none)",
  SMTP_URL: "(none: no digest is sent)",
  DIGEST_FROM: "Cooperation Hub <cooperation-hub@localhost>",
  DIGEST_HOUR: "8",
  DIGEST_TIME_ZONE: "Asia/Baku",
  DIGEST_WITHIN_DAYS: "30",
} as const;
export type EnvironmentVariable = keyof typeof ENVIRONMENT_VARIABLES;

export class ConfigError extends Error {
  constructor(readonly variable: EnvironmentVariable, message: string) {
    super(`${variable}: ${message}`);
    this.name = "ConfigError";
  }
}

type Env = Partial<Record<string, string>>;

function port(env: Env, name: EnvironmentVariable, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  // 0 lets the OS choose, which tests rely on.
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(name, `must be a port number (0-65535), got "${raw}"`);
  }
  return value;
}

function positiveInt(env: Env, name: EnvironmentVariable, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(name, `must be a positive integer, got "${raw}"`);
  return value;
}

function flag(env: Env, name: EnvironmentVariable, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function optional(env: Env, name: EnvironmentVariable): string | undefined {
  const raw = env[name];
  return raw === undefined || raw === "" ? undefined : raw;
}

/** The digest settings of an environment (defaults: off, 08:00 in Baku, the next 30 days). */
export function digestConfig(env: Env = {}): DigestConfig {
  const smtpUrl = optional(env, "SMTP_URL");
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/]/.test(smtpUrl)) throw new ConfigError("SMTP_URL", "must be an smtp:// or smtps:// URL");
  const hour = Number(optional(env, "DIGEST_HOUR") ?? 8);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new ConfigError("DIGEST_HOUR", `must be an hour 0-23, got "${env.DIGEST_HOUR}"`);
  const timeZone = optional(env, "DIGEST_TIME_ZONE") ?? "Asia/Baku";
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new ConfigError("DIGEST_TIME_ZONE", `must be an IANA time zone such as Asia/Baku, got "${timeZone}"`);
  }
  const withinDays = positiveInt(env, "DIGEST_WITHIN_DAYS", 30);
  if (withinDays > 366) throw new ConfigError("DIGEST_WITHIN_DAYS", "must be at most 366");
  const from = optional(env, "DIGEST_FROM") ?? ENVIRONMENT_VARIABLES.DIGEST_FROM;
  if (!/@/.test(from) || /[\r\n]/.test(from)) throw new ConfigError("DIGEST_FROM", "must be an e-mail address, optionally with a name: Hub <hub@example.org>");
  return { smtpUrl, from, hour, timeZone, withinDays };
}

export function loadConfig(env: Env = process.env): HubConfig {
  const databaseUrl = optional(env, "DATABASE_URL");
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError("DATABASE_URL", "must start with postgres:// or postgresql://");
  }
  const host = optional(env, "HOST") ?? "127.0.0.1";
  const subgraphPorts: Record<SubgraphName, number> = {
    agreements: port(env, "AGREEMENTS_PORT", 4001),
    mla: port(env, "MLA_PORT", 4002),
    recommendations: port(env, "RECOMMENDATIONS_PORT", 4003),
  };
  const gatewayPort = port(env, "PORT", 4000);
  const hubUrl = optional(env, "HUB_URL") ?? `http://127.0.0.1:${gatewayPort}`;
  if (!/^https?:\/\//.test(hubUrl)) throw new ConfigError("HUB_URL", "must be an http(s) URL");
  const urlVariable = { agreements: "AGREEMENTS_URL", mla: "MLA_URL", recommendations: "RECOMMENDATIONS_URL" } as const;
  const subgraphs = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => {
      const url = optional(env, urlVariable[name]) ?? `http://127.0.0.1:${subgraphPorts[name]}/graphql`;
      if (!/^https?:\/\//.test(url)) throw new ConfigError(urlVariable[name], "must be an http(s) URL");
      return [name, { port: subgraphPorts[name], url }];
    }),
  ) as HubConfig["subgraphs"];

  return Object.freeze({
    databaseUrl,
    databasePoolSize: positiveInt(env, "DATABASE_POOL_SIZE", 5),
    dataDir: path.resolve(optional(env, "HUB_DATA_DIR") ?? ".data"),
    embeddedPgPort: port(env, "EMBEDDED_PG_PORT", 54329),
    host,
    logLevel: optional(env, "LOG_LEVEL") ?? "info",
    gateway: {
      port: gatewayPort,
      maxBodyBytes: positiveInt(env, "MAX_BODY_BYTES", 102400),
      rateLimits: { staff: positiveInt(env, "RATE_LIMIT_STAFF_PER_MINUTE", 600), partner: positiveInt(env, "RATE_LIMIT_PARTNER_PER_MINUTE", 120) },
      authFailuresPerMinute: positiveInt(env, "AUTH_FAILURES_PER_MINUTE", 20),
      subgraphTimeoutMs: positiveInt(env, "SUBGRAPH_TIMEOUT_MS", 10_000),
    },
    maxImportBytes: positiveInt(env, "MAX_IMPORT_BYTES", DEFAULT_MAX_IMPORT_BYTES),
    hubUrl: hubUrl.replace(/\/+$/, ""),
    partnerMinCell: positiveInt(env, "PARTNER_MIN_CELL", 5),
    subgraphs,
    seedDemo: flag(env, "HUB_SEED_DEMO", databaseUrl === undefined),
    secrets: {
      staffTokenSecret: optional(env, "HUB_STAFF_TOKEN_SECRET"),
      internalSecret: optional(env, "HUB_INTERNAL_SECRET"),
    },
    oidc: {
      issuer: optional(env, "OIDC_ISSUER"),
      jwksUrl: optional(env, "OIDC_JWKS_URL"),
      audience: optional(env, "OIDC_AUDIENCE"),
    },
    digest: digestConfig(env),
  });
}
