import { loadConfig } from "#shared/config";
import { callHub, commandToken, option } from "./hub-client";

export const DIGEST_USAGE = `  npm run --silent hub -- digest list | status
  npm run --silent hub -- digest add --email <address> --name "<name>" --role <viewer|officer|admin> [--lang az|en|ru]
  npm run --silent hub -- digest set <id> [--email …] [--name …] [--role …] [--lang …] [--active true|false]
  npm run --silent hub -- digest remove <id>
  npm run --silent hub -- digest preview <id> [--day YYYY-MM-DD]
  npm run --silent hub -- digest send      (today's digest now, if not sent yet today)`;

interface Answer {
  status: number;
  body: Record<string, unknown> & { message?: string };
}

/** One admin route of the running hub, as an admin named "digest (CLI)"; undefined (said on stderr) when it cannot run. */
async function adminRoute(args: string[], method: string, path: string, body?: unknown): Promise<Answer | undefined> {
  const config = loadConfig();
  const token = await commandToken(config, args, { name: "digest (CLI)", role: "admin", subject: "staff:digest-cli" });
  if (!token) return undefined;
  // Admin routes take POST bodies as JSON only (a cross-site form cannot send one).
  const json = body ?? (method === "POST" ? {} : undefined);
  const response = await callHub(config, path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(json ? { "content-type": "application/json" } : {}) },
    body: json ? JSON.stringify(json) : undefined,
  });
  if (!response) return undefined;
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Answer["body"] };
}

/** The fields given on the command line, for add and set (`--active` as a boolean). */
function fields(args: string[]): Record<string, unknown> {
  const given: Record<string, unknown> = {};
  for (const name of ["email", "name", "role", "lang"]) if (option(args, name) !== undefined) given[name] = option(args, name);
  const active = option(args, "active");
  if (active !== undefined) given.active = active === "true" ? true : active === "false" ? false : active;
  return given;
}

/**
 * `hub digest …`: the daily digest's recipients and runs, a thin client of the running hub's admin routes
 * (`/admin/digest-recipients`, `/admin/digest`). Exit codes: 0 done, 1 refused (the message says why), 2
 * usage or the hub not running.
 */
export async function digestCommand(args: string[]): Promise<number> {
  const [action, id] = args;
  const encoded = encodeURIComponent(id ?? "");
  const routes: Record<string, () => Promise<Answer | undefined>> = {
    list: () => adminRoute(args, "GET", "/admin/digest-recipients"),
    status: () => adminRoute(args, "GET", "/admin/digest"),
    add: () => adminRoute(args, "POST", "/admin/digest-recipients", fields(args)),
    set: () => adminRoute(args, "PATCH", `/admin/digest-recipients/${encoded}`, fields(args)),
    remove: () => adminRoute(args, "DELETE", `/admin/digest-recipients/${encoded}`),
    preview: () => adminRoute(args, "GET", `/admin/digest-recipients/${encoded}/preview${option(args, "day") ? `?day=${encodeURIComponent(option(args, "day")!)}` : ""}`),
    send: () => adminRoute(args, "POST", "/admin/digest/run"),
  };
  const needsId = ["set", "remove", "preview"].includes(action ?? "");
  if (!action || !(action in routes) || (needsId && (!id || id.startsWith("--")))) {
    console.error(`usage:\n${DIGEST_USAGE}`);
    return 2;
  }
  const answer = await routes[action]();
  if (!answer) return 2;
  if (answer.status >= 400) {
    console.error(`the hub refused (HTTP ${answer.status}): ${answer.body.message ?? "no detail"}`);
    return 1;
  }
  if (action === "list") {
    for (const r of answer.body.recipients as { id: string; email: string; name: string; role: string; lang: string; active: boolean }[]) {
      process.stdout.write(`${r.id}\t${r.email}\t${r.name}\t${r.role}\t${r.lang}\t${r.active ? "active" : "paused"}\n`);
    }
  } else if (action === "preview") {
    process.stdout.write(`Subject: ${String(answer.body.subject)}\n\n${String(answer.body.text)}`);
  } else if (action === "add") {
    process.stdout.write(`${String(answer.body.id)}\n`);
  } else {
    process.stdout.write(`${JSON.stringify(answer.body)}\n`);
  }
  return 0;
}
