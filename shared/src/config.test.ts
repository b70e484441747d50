import path from "node:path";
import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("defaults to the embedded database, local ports and demo data", () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.embeddedPgPort).toBe(54329);
    expect(config.dataDir).toBe(path.resolve(".data"));
    expect(config.gateway.port).toBe(4000);
    expect(config.subgraphs.mla).toEqual({ port: 4002, url: "http://127.0.0.1:4002/graphql" });
    expect(config.seedDemo).toBe(true);
    expect(config.partnerMinCell).toBe(5);
    expect(config.gateway).toMatchObject({ subgraphTimeoutMs: 10_000, authFailuresPerMinute: 20 });
  });

  it("loads no synthetic data by default against an external DATABASE_URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/hub" }).seedDemo).toBe(false);
  });

  it("derives subgraph URLs from their ports unless given", () => {
    const config = loadConfig({ AGREEMENTS_PORT: "5001", MLA_URL: "http://mla:4002/graphql" });
    expect(config.subgraphs.agreements.url).toBe("http://127.0.0.1:5001/graphql");
    expect(config.subgraphs.mla.url).toBe("http://mla:4002/graphql");
  });

  it.each([
    ["PORT", "eighty"],
    ["EMBEDDED_PG_PORT", "70000"],
    ["DATABASE_URL", "mysql://x"],
    ["HUB_SEED_DEMO", "maybe"],
    ["DATABASE_POOL_SIZE", "0"],
    ["PARTNER_MIN_CELL", "0"],
    ["SUBGRAPH_TIMEOUT_MS", "soon"],
  ])("names the variable when %s=%s is invalid", (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^${variable}: `));
  });

  it("limits imports to 10 MB and finds the hub for the CLI at PORT unless HUB_URL says otherwise", () => {
    expect(loadConfig({}).maxImportBytes).toBe(10 * 1024 * 1024);
    expect(loadConfig({ PORT: "4100" }).hubUrl).toBe("http://127.0.0.1:4100");
    expect(loadConfig({ HUB_URL: "https://hub.example/" }).hubUrl).toBe("https://hub.example");
    expect(() => loadConfig({ MAX_IMPORT_BYTES: "0" })).toThrow(/^MAX_IMPORT_BYTES: /);
    expect(() => loadConfig({ HUB_URL: "hub.example" })).toThrow(/^HUB_URL: /);
  });

  it("sends no digest without SMTP_URL and reads the digest's hour in Baku's time unless told otherwise", () => {
    expect(loadConfig({}).digest).toEqual({ smtpUrl: undefined, from: "Cooperation Hub <cooperation-hub@localhost>", hour: 8, timeZone: "Asia/Baku", withinDays: 30 });
    const digest = loadConfig({ SMTP_URL: "smtp://mail.example:25", DIGEST_HOUR: "0", DIGEST_TIME_ZONE: "Europe/Berlin", DIGEST_WITHIN_DAYS: "14" }).digest;
    expect(digest).toMatchObject({ smtpUrl: "smtp://mail.example:25", hour: 0, timeZone: "Europe/Berlin", withinDays: 14 });
    expect(() => loadConfig({ SMTP_URL: "mail.example" })).toThrow(/^SMTP_URL: /);
    expect(() => loadConfig({ DIGEST_HOUR: "24" })).toThrow(/^DIGEST_HOUR: /);
    expect(() => loadConfig({ DIGEST_TIME_ZONE: "Baku" })).toThrow(/^DIGEST_TIME_ZONE: /);
    expect(() => loadConfig({ DIGEST_WITHIN_DAYS: "400" })).toThrow(/^DIGEST_WITHIN_DAYS: /);
    expect(() => loadConfig({ DIGEST_FROM: "hub" })).toThrow(/^DIGEST_FROM: /);
  });
});
