import { loadavg } from "node:os";
import { startDeployedHub } from "./deployed-hub";
import { gatewaysSection } from "./gateways-section";
import { importSection } from "./import-section";
import { legalBasisSection } from "./legal-basis-bench";
import { sizeLabel } from "./report";
import type { BenchSection } from "./section";
import { benchSettings } from "./settings";

/**
 * `npm run bench`: ratios and percentiles, never a verdict. Starts the deployed layout (`npm start`'s
 * processes) on its own ports and data directory, seeds each size once and runs every section at it, and
 * stops the hub. Each section is a file of its own; add one here (in order: the import adds real
 * requests, so it runs last).
 */
const SECTIONS: BenchSection[] = [gatewaysSection(), legalBasisSection(), importSection];

const load = () => loadavg().map((n) => n.toFixed(2)).join(" ");

async function main(): Promise<void> {
  const settings = benchSettings();
  const sections = SECTIONS.filter((section) => settings.sections === "all" || settings.sections.includes(section.name));
  console.log(`npm run bench: sizes ${settings.sizes.join(", ")}; connections ${settings.connections.join(", ")}; sections ${sections.map((s) => s.name).join(", ")}; load average ${load()}`);
  const hub = await startDeployedHub(settings);
  // Ctrl-C stops the hub (and with it its PostgreSQL) and removes its data directory before exiting.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void hub.stop().finally(() => process.exit(130)));
  try {
    for (const section of sections) await section.start?.(hub, settings);
    if (sections.some((section) => section.atSize)) {
      for (const size of settings.sizes) {
        const seconds = await hub.seed(size);
        console.log(`\n-- ${sizeLabel(size)} synthetic MLA requests (seeded and analysed in ${seconds.toFixed(1)} s; load average ${load()})`);
        for (const section of sections) await section.atSize?.(hub, settings, size);
      }
    }
    for (const section of sections) await section.finish?.(hub, settings);
  } finally {
    await hub.stop();
  }
  console.log(`\nload average at the end: ${load()}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
