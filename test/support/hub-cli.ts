import { execFile } from "node:child_process";
import path from "node:path";
import { repoRoot } from "#shared/paths";
import type { TestHub } from "./test-hub";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `npm run --silent hub -- …` as a user runs it: the compiled CLI (npm test builds dist/ first), talking to
 * the test hub (HUB_URL) with its secrets; output as text, or as bytes with `encoding: "buffer"`.
 */
export function hubCli(hub: TestHub, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot(), "dist/hub/src/cli.js"), ...args], {
      env: { PATH: process.env.PATH, HUB_URL: hub.gatewayOrigin, HUB_STAFF_TOKEN_SECRET: hub.staffTokenSecret, HUB_INTERNAL_SECRET: hub.internalSecret,
        DATABASE_URL: hub.databaseUrl, ...env },
      encoding: "utf8",
    }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}
