import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { repoRoot } from "../../shared/src/paths";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

// Same origin only, no inline script, no framing: the console talks to /graphql and nothing else.
const HEADERS = {
  "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

/**
 * The staff console: static files from gateway/console, served at / (index) and /console/<file>. Returns
 * false for any other path. Only plain file names under that folder are served.
 */
export async function serveConsole(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  let relative: string;
  if (pathname === "/" || pathname === "/index.html") relative = "index.html";
  else if (/^\/console\/(pages\/)?[a-z0-9-]+\.(js|css|html)$/.test(pathname)) relative = pathname.slice("/console/".length);
  else return false;
  const file = path.join(repoRoot(), "gateway", "console", relative);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return false;
  }
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-cache", ...HEADERS });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
