import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { issueStaffToken } from "#shared/auth/staff-token";
import { repoRoot } from "#shared/paths";
import { compiledHubPorts } from "./support/ports";

// Faults under `npm start` (the compiled hub, as a user runs it): a subgraph killed with SIGKILL, a
// subgraph frozen with SIGSTOP, the gateway killed, the embedded PostgreSQL killed. Ports: this file's
// block of test/support/ports.ts.
const ports = compiledHubPorts("faults");
const dataDir = mkdtempSync(path.join(tmpdir(), "hub-faults-"));
chmodSync(dataDir, 0o755);
const TIMEOUT_MS = 2000;
const env = {
  ...process.env,
  DATABASE_URL: "",
  HUB_DATA_DIR: dataDir,
  ...ports.env,
  AGREEMENTS_URL: "",
  MLA_URL: "",
  RECOMMENDATIONS_URL: "",
  SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
  HUB_SEED_DEMO: "false",
  LOG_LEVEL: "fatal",
};
const GATEWAY = ports.gatewayUrl;
/** The bound the issue sets for coming back without a person; the loops below stop waiting there. */
const RECOVERY_MS = 30_000;

let hub: ChildProcess;
let exited: Promise<number | null>;
let token: string;

function processes(): { pid: number; ppid: number; cmdline: string }[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        return [{ pid: Number(pid), ppid, cmdline: readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ") }];
      } catch {
        return [];
      }
    });
}

/** The hub's child process whose command line contains `marker`. */
function child(marker: string): number {
  const found = processes().find((p) => p.ppid === hub.pid && p.cmdline.includes(marker));
  if (!found) throw new Error(`no child process ${marker}`);
  return found.pid;
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");

async function until<T>(what: string, probe: () => Promise<T | undefined>, deadlineMs: number): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${deadlineMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function health(): Promise<{ status: number; body: { status: string; database: string; subgraphs: Record<string, string> } }> {
  const response = await fetch(`${GATEWAY}/health`);
  return { status: response.status, body: (await response.json()) as never };
}

async function ask(query: string) {
  const response = await fetch(`${GATEWAY}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

/** A query across subgraphs whose mla part is nullable: the rest must arrive whatever mla does. */
const ACROSS = `{ agreement(id: "az-tr-cooperation") { id kind } mlaRequest(id: "00000000-0000-4000-8000-000000000000") { id } }`;

beforeAll(async () => {
  hub = spawn(process.execPath, [path.join(repoRoot(), "dist/hub/src/start.js")], { env, stdio: ["ignore", process.env.FAULTS_DEBUG ? "inherit" : "ignore", "inherit", "ipc"] });
  exited = new Promise((resolve) => hub.once("exit", (code) => resolve(code)));
  await until("hub healthy", async () => ((await health()).status === 200 ? true : undefined), 180_000);
  const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { staffTokenSecret: string };
  token = await issueStaffToken(secrets.staffTokenSecret, { name: "Fault Test", role: "viewer" });
}, 200_000);

afterAll(async () => {
  for (const p of processes().filter((p) => p.ppid === hub?.pid)) process.kill(p.pid, "SIGCONT");
  if (hub?.connected) hub.disconnect();
  for (const p of processes().filter((p) => p.cmdline.includes(path.join(dataDir, "pg")))) process.kill(p.pid, "SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("one fault does not take the hub down", () => {
  it("kill -9 of a subgraph: the others answer with partial data naming it, and the hub heals by itself", async () => {
    const mla = child("subgraphs/mla/src/main.js");
    process.kill(mla, "SIGKILL");
    await until("mla gone", async () => (alive(mla) ? undefined : true), 10_000);
    const { status, body } = await ask(ACROSS);
    expect(status).toBe(200);
    expect(body.data).toEqual({ agreement: { id: "az-tr-cooperation", kind: "BILATERAL" }, mlaRequest: null });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "mla" } });
    expect((await health()).body).toMatchObject({ status: "degraded", subgraphs: { mla: "down", agreements: "up" } });
    await until("healthy again", async () => ((await health()).status === 200 ? true : undefined), RECOVERY_MS);
    expect(child("subgraphs/mla/src/main.js")).not.toBe(mla);
    expect((await ask(`{ mlaRequests { totalCount } }`)).body).toEqual({ data: { mlaRequests: { totalCount: expect.any(Number) } } });
  }, 60_000);

  it("SIGSTOP of a subgraph costs a query at most SUBGRAPH_TIMEOUT_MS: partial data arrives, naming it", async () => {
    const recommendations = child("subgraphs/recommendations/src/main.js");
    process.kill(recommendations, "SIGSTOP");
    try {
      const { status, body } = await ask(`{ agreement(id: "az-tr-cooperation") { id } recommendation(id: "needs-assessment-ch3:O") { id } }`);
      expect(status).toBe(200);
      expect(body.data).toEqual({ agreement: { id: "az-tr-cooperation" }, recommendation: null });
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: "SUBGRAPH_UNAVAILABLE", service: "recommendations" } });
      expect(body.errors?.[0].message).toContain("timed out");
      expect((await health()).body).toMatchObject({ status: "degraded", subgraphs: { recommendations: "down" } });
    } finally {
      process.kill(recommendations, "SIGCONT");
    }
    await until("healthy again", async () => ((await health()).status === 200 ? true : undefined), RECOVERY_MS);
  }, 60_000);

  it("kill -9 of the gateway: it is restarted", async () => {
    const gateway = child("gateway/src/main.js");
    process.kill(gateway, "SIGKILL");
    await until("gateway gone", async () => (alive(gateway) ? undefined : true), 10_000);
    await until("gateway back", async () => ((await health()).status === 200 ? true : undefined), RECOVERY_MS);
    expect(child("gateway/src/main.js")).not.toBe(gateway);
  }, 60_000);

  it("kill -9 of the embedded PostgreSQL: it is restarted on the same data and every service reconnects", async () => {
    const before = (await ask(`{ agreements { totalCount } }`)).body;
    const postmaster = processes().find((p) => p.ppid === hub.pid && p.cmdline.includes(path.join(dataDir, "pg")))!;
    process.kill(postmaster.pid, "SIGKILL");
    await until("postgres gone", async () => (alive(postmaster.pid) ? undefined : true), 10_000);
    await until("healthy again", async () => ((await health()).status === 200 ? true : undefined), 60_000);
    await until("answers again", async () => {
      const { body } = await ask(`{ agreements { totalCount } }`);
      return body.errors ? undefined : body;
    }, RECOVERY_MS);
    expect((await ask(`{ agreements { totalCount } }`)).body).toEqual(before);
  }, 120_000);

  it("still stops cleanly on SIGTERM afterwards", async () => {
    hub.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(processes().filter((p) => p.cmdline.includes(path.join(dataDir, "pg")))).toEqual([]);
  }, 60_000);
});
