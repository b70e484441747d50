import { setMaxListeners } from "node:events";
import { createServer, type RequestListener } from "node:http";
import { IDENTITY_HEADER, signIdentity } from "#shared/auth/gateway-signature";
import type { Identity } from "#shared/auth/identity";
import { resolveSecrets } from "#shared/auth/secrets";
import { createStaffTokenVerifier } from "#shared/auth/staff-token";
import { loadConfig, SUBGRAPH_NAMES } from "#shared/config";
import { supergraphPath } from "#shared/paths";

/**
 * Hive Gateway (`@graphql-hive/gateway`'s runtime) serving schema/supergraph.graphql unchanged against the
 * bench's subgraphs, in its own process as our gateway is in its own. Like ours it verifies the caller's
 * staff token once per request and sends each subgraph a freshly signed identity; it does none of our
 * gateway's other work (query limits, rate limits, audit). HIVE_PORT picks the port; HIVE_DEDUPLICATE=true
 * turns on its in-flight de-duplication, inbound (identical client requests share one execution) and
 * outbound (identical subgraph fetches share one request); off, both are off.
 */
interface HiveRuntimeOptions {
  supergraph: string;
  transportEntries: Record<string, { location?: string; options?: Record<string, unknown> }>;
  inboundInflightRequestDeduplication: boolean;
  propagateHeaders: { fromClientToSubgraphs: (payload: { request: Request }) => Promise<Record<string, string>> };
  logging: string;
  landingPage: boolean;
  graphiql: boolean;
}
type HiveRuntime = RequestListener & { dispose(): Promise<void> | void };
// Loaded untyped on purpose: Hive's type declarations augment graphql-js' error types for the whole
// program (GraphQLError `extensions.http.headers` becomes a Record), which breaks the hub's own code.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createGatewayRuntime } = require("@graphql-hive/gateway") as { createGatewayRuntime: (options: HiveRuntimeOptions) => HiveRuntime };

// Hive's fetch hangs one abort listener per subgraph fetch on the client request's signal: a federated
// page makes more than Node's default of 10, which is expected here, not a leak worth a warning (0: no limit).
setMaxListeners(0);

const config = loadConfig();
const secrets = resolveSecrets(config);
const deduplicate = process.env.HIVE_DEDUPLICATE === "true";
const verify = createStaffTokenVerifier({ secret: secrets.staffTokenSecret });
const identities = new WeakMap<Request, Promise<Identity>>();

function identityOf(request: Request): Promise<Identity> {
  let identity = identities.get(request);
  if (!identity) {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
    identity = verify(token);
    identities.set(request, identity);
  }
  return identity;
}

const gateway = createGatewayRuntime({
  supergraph: supergraphPath(),
  transportEntries: {
    "*.http": { options: { deduplicateInflightRequests: deduplicate } },
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { location: config.subgraphs[name].url }])),
  },
  inboundInflightRequestDeduplication: deduplicate,
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request }) => ({ [IDENTITY_HEADER]: await signIdentity(secrets.internalSecret, await identityOf(request)) }),
  },
  logging: "error",
  landingPage: false,
  graphiql: false,
});

const port = Number(process.env.HIVE_PORT);
const server = createServer(gateway);
server.listen(port, "127.0.0.1", () => process.send?.("ready"));
const stop = () => server.close(() => void Promise.resolve(gateway.dispose()).finally(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("disconnect", stop);
