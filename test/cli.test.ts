import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { decodeJwt } from "jose";
import { repoRoot } from "#shared/paths";

// `npm run hub -- token` as a user runs it (the compiled CLI; npm test builds dist/ first).
const dataDir = mkdtempSync(path.join(tmpdir(), "hub-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function token(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot(), "dist/hub/src/cli.js"), "token", ...args], {
    env: { ...process.env, HUB_DATA_DIR: dataDir, DATABASE_URL: "" },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

describe("hub token", () => {
  it("names the person by a subject derived from the name, the same on every token, with an expiry", () => {
    const first = decodeJwt(token("--role", "officer", "--name", "A. Officer").stdout);
    const second = decodeJwt(token("--role", "viewer", "--name", "A. Officer").stdout);
    expect(first.sub).toBe("staff:a-officer");
    expect(second.sub).toBe(first.sub);
    expect(first.exp).toBeGreaterThan(Date.now() / 1000);
  });

  it("takes --subject for a stable id of the organisation's own, and refuses a malformed one", () => {
    expect(decodeJwt(token("--role", "admin", "--name", "A. Officer", "--subject", "emp-1042").stdout).sub).toBe("emp-1042");
    expect(token("--role", "admin", "--name", "A. Officer", "--subject", "a b").status).toBe(2);
  });
});
