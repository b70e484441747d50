import type { Pool } from "pg";
import type { SubgraphName } from "#shared/config";

export interface HealthReport {
  /** `degraded` while any part is down: the gateway still answers with what the other parts hold. */
  status: "up" | "degraded";
  database: "up" | "down";
  subgraphs: Record<string, "up" | "down">;
}

async function probe(url: string, timeoutMs: number): Promise<"up" | "down"> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? "up" : "down";
  } catch {
    return "down";
  }
}

export function healthUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, "") + "/health";
}

/** Says which part is up or down and nothing else: the endpoint is public. */
export async function checkHealth(pool: Pool, subgraphUrls: Record<SubgraphName, string>, timeoutMs = 2000): Promise<HealthReport> {
  const database = Promise.race([
    pool.query("SELECT 1").then((): "up" => "up"),
    new Promise<"down">((resolve) => setTimeout(() => resolve("down"), timeoutMs).unref()),
  ]).catch((): "down" => "down");
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => [name, await probe(healthUrl(url), timeoutMs)] as const),
  );
  const subgraphs = Object.fromEntries(entries);
  const db = await database;
  const status = db === "up" && entries.every(([, state]) => state === "up") ? "up" : "degraded";
  return { status, database: db, subgraphs };
}
