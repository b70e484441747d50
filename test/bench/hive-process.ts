import { fork } from "node:child_process";
import path from "node:path";
import type { DeployedHub } from "./deployed-hub";

export interface RunningHive {
  url: string;
  stop(): Promise<void>;
}

/** Hive Gateway in a process of its own (hive-gateway.ts), in front of the deployed hub's subgraphs. */
export async function startHiveGateway(hub: DeployedHub, port: number, deduplicate: boolean): Promise<RunningHive> {
  const child = fork(path.join(__dirname, "hive-gateway.js"), [], {
    env: { ...hub.env, NODE_ENV: "production", HIVE_PORT: String(port), HIVE_DEDUPLICATE: String(deduplicate) },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<void>((resolve) => child.once("message", () => resolve()));
  const outcome = await Promise.race([ready.then(() => "ready" as const), exited.then(() => "exited" as const)]);
  if (outcome === "exited") throw new Error(`Hive Gateway (de-duplication ${deduplicate ? "on" : "off"}) exited during start-up`);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
