import type { DeployedHub } from "./deployed-hub";
import { benchImport } from "./import-bench";
import type { BenchSection } from "./section";

/** Issue 13's import timings, against the deployed hub's gateway. Last: the imported requests are real rows. */
export const importSection: BenchSection = {
  name: "import",
  async finish(hub: DeployedHub) {
    await benchImport(hub.gatewayUrl.replace(/\/graphql$/, ""), await hub.token("officer"));
  },
};
