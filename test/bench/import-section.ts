import { issueStaffToken } from "#shared/auth/staff-token";
import type { DeployedHub } from "./deployed-hub";
import { benchImport } from "./import-bench";
import type { BenchSection } from "./section";

/** Issue 13's import timings, against the deployed hub's gateway. Last: the imported requests are real rows. */
export const importSection: BenchSection = {
  name: "import",
  async run(hub: DeployedHub) {
    const officer = await issueStaffToken(hub.secrets.staffTokenSecret, { name: "Bench", role: "officer" });
    await benchImport(hub.gatewayUrl.replace(/\/graphql$/, ""), officer);
  },
};
