import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Logger } from "../logger";

export class RequestTooLargeError extends Error {}

/** Reads a request body, refusing more than `limit` bytes before buffering it all. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new RequestTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new RequestTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

function graphQLError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Serves one GraphQL request with Apollo Server on plain node:http (Apollo Server 5 ships no HTTP
 * framework integration; this is the documented `executeHTTPGraphQLRequest` path).
 */
export async function serveGraphQL<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  options: { maxBodyBytes: number; context: () => Promise<TContext> },
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  let body: unknown;
  if (req.method === "POST") {
    let raw: string;
    try {
      raw = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof RequestTooLargeError) {
        sendJson(res, 413, graphQLError(`request body exceeds ${options.maxBodyBytes} bytes`, "PAYLOAD_TOO_LARGE"));
        return;
      }
      throw error;
    }
    const contentType = req.headers["content-type"] ?? "";
    if (contentType.includes("application/json")) {
      try {
        body = raw === "" ? undefined : JSON.parse(raw);
      } catch {
        sendJson(res, 400, graphQLError("request body is not valid JSON", "BAD_REQUEST"));
        return;
      }
    } else {
      body = raw;
    }
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
    context: options.context,
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Routes every request of `server` to `handle`; a handler that throws answers 500 with no detail (the
 * message goes to the log only).
 */
export function onRequests(server: Server, log: Logger, handle: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>): void {
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, (req.url ?? "/").split("?")[0]).catch((error: unknown) => {
      log.error({ err: { message: (error as Error).message } }, "request failed");
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.end();
    });
  });
}

/** Listens and answers the GraphQL URL (port 0 picks a free port, as tests do). */
export async function listen(server: Server, port: number, host: string): Promise<{ url: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return { url: `http://${host}:${actual}/graphql`, port: actual };
}
