import { existsSync } from "node:fs";
import path from "node:path";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { repoRoot } from "#shared/paths";

// Same origin only, no inline script, no framing: the console talks to /graphql and nothing else.
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:", "blob:"],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
};

/** Security headers on every answer of the gateway (helmet's defaults, with the console's strict CSP). */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    // The console and GraphiQL load nothing cross-origin; these defaults would only break embedding tools.
    crossOriginEmbedderPolicy: false,
  });
  // Every answer depends on who asks, and the console is small and changes with each release: browsers
  // and proxies revalidate every time.
  app.addHook("onRequest", async (_request, reply) => {
    reply.header("cache-control", "no-cache");
  });
}

/**
 * The console as the hub's build leaves it (hub/build-console.cjs): index.html, console.js, console.css,
 * and GraphiQL's page. Built from gateway/console/src; nothing is served from the sources.
 */
const CONSOLE = path.join(repoRoot(), "dist", "console");
const NODE_MODULES = path.join(repoRoot(), "node_modules");

/** Self-hosted GraphiQL: the UMD builds its npm packages ship, no CDN. */
const GRAPHIQL_ASSETS: Record<string, string> = {
  "graphiql.min.js": "graphiql/graphiql.min.js",
  "graphiql.min.css": "graphiql/graphiql.min.css",
  "react.production.min.js": "react/umd/react.production.min.js",
  "react-dom.production.min.js": "react-dom/umd/react-dom.production.min.js",
};

// Cache-Control is set once for every answer (registerSecurityHeaders), not by the static file plugin.
const NO_CACHE = { cacheControl: false } as const;

/**
 * The staff console: dist/console at / (index) and /console/<file>, and GraphiQL at /graphiql with its
 * assets from node_modules. Without a build, / says how to make one instead of failing.
 */
export async function registerConsole(app: FastifyInstance): Promise<void> {
  if (!existsSync(path.join(CONSOLE, "index.html"))) {
    const missing = (_request: unknown, reply: FastifyReply) => reply.code(503).type("text/plain; charset=utf-8").send("The staff console is not built: run `npm run build`.\n");
    app.get("/", missing);
    app.get("/graphiql", missing);
    return;
  }
  await app.register(fastifyStatic, { root: CONSOLE, prefix: "/console/", index: false, ...NO_CACHE });
  app.get("/", (_request, reply) => reply.sendFile("index.html", CONSOLE, NO_CACHE));
  app.get("/index.html", (_request, reply) => reply.sendFile("index.html", CONSOLE, NO_CACHE));
  // GraphiQL's editor sets style attributes; only its page allows inline styles.
  app.get("/graphiql", { helmet: { contentSecurityPolicy: { useDefaults: false, directives: { ...CSP_DIRECTIVES, styleSrc: ["'self'", "'unsafe-inline'"] } } } }, (_request, reply) =>
    reply.sendFile("graphiql.html", CONSOLE, NO_CACHE),
  );
  app.get<{ Params: { asset: string } }>("/graphiql/assets/:asset", (request, reply) => {
    const asset = GRAPHIQL_ASSETS[request.params.asset];
    if (!asset) return reply.code(404).send({ error: "not found" });
    return reply.sendFile(asset, NODE_MODULES, NO_CACHE);
  });
}
