import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { issueStaffToken } from "#shared/auth/staff-token";
import { repoRoot } from "#shared/paths";
import { tracingExecArgv } from "#shared/telemetry/tracing-switch";
import { compiledHubPorts } from "./support/ports";

// The compiled `npm start` with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a real OTLP/HTTP receiver (JSON
// encoding) on an ephemeral port; the hub's own ports are this file's block of test/support/ports.ts.
const ports = compiledHubPorts("tracing");
const dataDir = mkdtempSync(path.join(tmpdir(), "hub-tracing-"));
chmodSync(dataDir, 0o755);
const GATEWAY = ports.gatewayUrl;

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: OtlpValue }[];
}
interface ExportRequest {
  resourceSpans: { resource: { attributes: { key: string; value: OtlpValue }[] }; scopeSpans: { scope: { name: string }; spans: OtlpSpan[] }[] }[];
}
interface ReceivedSpan extends OtlpSpan {
  service: string;
  scope: string;
}

const received: ReceivedSpan[] = [];
const contentTypes = new Set<string>();
let receiver: Server;
let hub: ChildProcess | undefined;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks);
      const body = JSON.parse((request.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8")) as ExportRequest;
      contentTypes.add(`${request.method} ${request.url} ${request.headers["content-type"]}`);
      for (const resourceSpans of body.resourceSpans) {
        const service = resourceSpans.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue ?? "";
        for (const scopeSpans of resourceSpans.scopeSpans) {
          for (const span of scopeSpans.spans) received.push({ ...span, service, scope: scopeSpans.scope.name });
        }
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  if (hub?.connected) hub.disconnect();
  await new Promise((resolve) => receiver.close(resolve));
  // A hub that failed an assertion leaves its PostgreSQL: stop it through /proc, as start.test.ts does.
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(path.join(dataDir, "pg"))) process.kill(Number(pid), "SIGKILL");
    } catch {
      // gone already
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitForHealth(exited: Promise<unknown>): Promise<void> {
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

const attribute = (span: OtlpSpan, key: string) => span.attributes?.find((a) => a.key === key)?.value;

describe("OpenTelemetry traces", () => {
  it("tracing is off unless an OTLP endpoint is set: no preload at all", () => {
    expect(tracingExecArgv({})).toEqual([]);
    expect(tracingExecArgv({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "true" })).toEqual([]);
    expect(tracingExecArgv({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toEqual(["--require", expect.stringMatching(/telemetry[/\\]register\.js$/)]);
  });

  it("one federated query gives one trace with spans from the gateway, a subgraph and its SQL, without parameters", async () => {
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const env = {
      ...process.env,
      DATABASE_URL: "",
      HUB_DATA_DIR: dataDir,
      ...ports.env,
      AGREEMENTS_URL: "",
      MLA_URL: "",
      RECOMMENDATIONS_URL: "",
      HUB_SEED_DEMO: "false",
      LOG_LEVEL: "warn",
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    };
    hub = spawn(process.execPath, [path.join(repoRoot(), "dist/hub/src/start.js")], { env, stdio: ["ignore", "ignore", "inherit", "ipc"] });
    const exited = new Promise<number | null>((resolve) => hub!.once("exit", (code) => resolve(code)));
    await waitForHealth(exited);

    const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { staffTokenSecret: string };
    const token = await issueStaffToken(secrets.staffTokenSecret, { name: "Trace Test", role: "viewer" });
    const secret = "zz-trace-search-text";
    const response = await fetch(`${GATEWAY}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query TraceProbe($text: String) { agreements(first: 3, filter: { text: $text }) { totalCount } all: agreements(first: 2) { edges { node { id mlaRequests { totalCount } } } } }`,
        variables: { text: secret },
      }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    // Each service sends the spans it still buffers before it exits, so once the hub is down all are here.
    hub.kill("SIGTERM");
    expect(await exited).toBe(0);

    expect([...contentTypes].every((line) => line === "POST /v1/traces application/json")).toBe(true);
    const gatewaySpan = received.find((span) => span.service === "hub-gateway" && span.name.startsWith("POST"));
    expect(gatewaySpan).toBeDefined();
    const trace = received.filter((span) => span.traceId === gatewaySpan!.traceId);
    const services = new Set(trace.map((span) => span.service));
    expect(services).toEqual(new Set(["hub-gateway", "hub-agreements", "hub-mla"]));
    const sql = trace.filter((span) => span.scope === "@opentelemetry/instrumentation-pg" && attribute(span, "db.query.text")?.stringValue);
    // The gateway has SQL of its own too (its rate-limit counter).
    expect([...new Set(sql.map((span) => span.service))]).toEqual(expect.arrayContaining(["hub-agreements", "hub-mla"]));
    // The SQL span hangs under its subgraph's request, which hangs under the gateway's.
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    const ancestors = (span: ReceivedSpan) => {
      const chain: ReceivedSpan[] = [];
      for (let parent = byId.get(span.parentSpanId ?? ""); parent; parent = byId.get(parent.parentSpanId ?? "")) chain.push(parent);
      return chain;
    };
    const mlaStatement = sql.find((span) => span.service === "hub-mla")!;
    expect(ancestors(mlaStatement).map((span) => span.service)).toEqual(expect.arrayContaining(["hub-mla", "hub-gateway"]));

    const everything = JSON.stringify(received);
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(token);
    expect(received.some((span) => span.name.includes("/health") || attribute(span, "url.path")?.stringValue === "/health")).toBe(false);
  }, 180_000);
});
