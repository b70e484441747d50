import type { Logger } from "#shared/logger";
import { createSubgraphDataSource } from "#shared/database/data-source";
import { prepareDatabase } from "#shared/database/prepare";
import { GatewaySecurity1763870000000 } from "./migrations/1763870000000-GatewaySecurity";
import { GatewayHardening1764400000000 } from "./migrations/1764400000000-GatewayHardening";
import { DailyDigest1764600000000 } from "./migrations/1764600000000-DailyDigest";
import { AuditActorSearch1764960000000 } from "./migrations/1764960000000-AuditActorSearch";

/** The gateway's own schema (API keys, audit log, digest recipients): migrated under the same lock as the subgraphs'. */
export async function migrateGatewaySchema(url: string, log: Logger): Promise<void> {
  const migrations = [GatewaySecurity1763870000000, GatewayHardening1764400000000, DailyDigest1764600000000, AuditActorSearch1764960000000];
  const dataSource = createSubgraphDataSource({ url, schema: "gateway", entities: [], migrations, poolSize: 1, log });
  await dataSource.initialize();
  try {
    await prepareDatabase(url, dataSource, "gateway", async () => []);
  } finally {
    await dataSource.destroy();
  }
}
