import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { repoRoot } from "#shared/paths";

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

const CONSOLE = path.join(repoRoot(), "gateway", "console");

/** Self-hosted GraphiQL: the UMD builds its npm packages ship, no CDN. */
const GRAPHIQL_ASSETS: Record<string, string> = {
  "/graphiql/assets/graphiql.min.js": "graphiql/graphiql.min.js",
  "/graphiql/assets/graphiql.min.css": "graphiql/graphiql.min.css",
  "/graphiql/assets/react.production.min.js": "react/umd/react.production.min.js",
  "/graphiql/assets/react-dom.production.min.js": "react-dom/umd/react-dom.production.min.js",
};

/**
 * The staff console: static files from gateway/console, served at / (index) and /console/<file>. Returns
 * false for any other path. Only plain file names under that folder are served.
 */
export async function serveConsole(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  let file: string;
  if (pathname === "/" || pathname === "/index.html") file = path.join(CONSOLE, "index.html");
  else if (pathname === "/graphiql") file = path.join(CONSOLE, "graphiql.html");
  else if (/^\/console\/(pages\/)?[a-z0-9-]+\.(js|css|html)$/.test(pathname)) file = path.join(CONSOLE, pathname.slice("/console/".length));
  else if (GRAPHIQL_ASSETS[pathname]) file = path.join(repoRoot(), "node_modules", GRAPHIQL_ASSETS[pathname]);
  else return false;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return false;
  }
  // GraphiQL's editor sets style attributes; only its page allows inline styles.
  const csp = pathname === "/graphiql" ? { "content-security-policy": HEADERS["content-security-policy"].replace("style-src 'self'", "style-src 'self' 'unsafe-inline'") } : {};
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-cache", ...HEADERS, ...csp });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
