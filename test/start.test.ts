import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { issueStaffToken } from "#shared/auth/staff-token";
import { repoRoot } from "#shared/paths";
import { compiledHubPorts } from "./support/ports";

// `npm start` as a user runs it: the compiled hub (npm test builds dist/ first), an embedded PostgreSQL
// in its own data directory, four child processes, on this file's block of test/support/ports.ts.
const ports = compiledHubPorts("start");
const dataDir = mkdtempSync(path.join(tmpdir(), "hub-start-"));
chmodSync(dataDir, 0o755);
const env = {
  ...process.env,
  DATABASE_URL: "",
  HUB_DATA_DIR: dataDir,
  ...ports.env,
  AGREEMENTS_URL: "",
  MLA_URL: "",
  RECOMMENDATIONS_URL: "",
  LOG_LEVEL: "warn",
};
const GATEWAY = ports.gatewayUrl;

const started: ChildProcess[] = [];

function startHub(): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [path.join(repoRoot(), "dist/hub/src/start.js")], { env, stdio: ["ignore", "ignore", "inherit", "ipc"] });
  started.push(child);
  return { child, exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))) };
}

async function waitForHealth(exited: Promise<number | null>): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  for (let i = 0; i < 600 && !done; i++) {
    try {
      if ((await fetch(`${GATEWAY}/health`)).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("hub did not become healthy");
}

/** PostgreSQL processes serving this test's data directory, found through /proc. */
function postgresProcesses(): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(path.join(dataDir, "pg"));
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function countAgreements(): Promise<number> {
  const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { staffTokenSecret: string };
  const token = await issueStaffToken(secrets.staffTokenSecret, { name: "Start Test", role: "viewer" });
  const response = await fetch(`${GATEWAY}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ agreements { totalCount } recommendations { totalCount } mlaRequests { totalCount } }" }),
  });
  const body = (await response.json()) as { data: { agreements: { totalCount: number }; recommendations: { totalCount: number }; mlaRequests: { totalCount: number } } };
  return body.data.agreements.totalCount * 1_000_000 + body.data.recommendations.totalCount * 1_000 + body.data.mlaRequests.totalCount;
}

afterAll(() => {
  // A hub left running by a failed assertion stops when its IPC channel closes.
  for (const child of started) if (child.connected) child.disconnect();
  for (const pid of postgresProcesses()) process.kill(pid, "SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("runs the whole hub on an embedded PostgreSQL, stops cleanly on SIGTERM, and restarts with the same data", async () => {
    expect(existsSync(path.join(repoRoot(), "dist/hub/src/start.js"))).toBe(true);

    const first = startHub();
    await waitForHealth(first.exited);
    const counts = await countAgreements();
    expect(counts).toBeGreaterThan(0);
    expect(postgresProcesses().length).toBeGreaterThan(0);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(postgresProcesses()).toEqual([]);

    const second = startHub();
    await waitForHealth(second.exited);
    expect(await countAgreements()).toBe(counts);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect(postgresProcesses()).toEqual([]);
  }, 180_000);
});
