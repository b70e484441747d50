import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "#shared/paths";
import { BENCH_VARIABLES, benchSettings } from "./bench/settings";

describe("npm run bench settings", () => {
  it("README's Benchmarks section documents every variable the bench reads, with its default", () => {
    const readme = readFileSync(path.join(repoRoot(), "README.md"), "utf8");
    const benchmarks = readme.slice(readme.indexOf("## Benchmarks"));
    const missing = Object.entries(BENCH_VARIABLES).filter(([name, value]) => !benchmarks.includes(`\`${name}\``) || !benchmarks.includes(`\`${value}\``));
    expect(missing).toEqual([]);
  });

  it("defaults to the issue's sizes and connections, and refuses a run a signed identity would not outlive", () => {
    expect(benchSettings({})).toMatchObject({ sizes: [1000, 100000, 1000000], connections: [1, 50], duration: 5, rounds: 2, sections: "all" });
    expect(benchSettings({ BENCH_SIZES: "1000", BENCH_DURATION: "2" })).toMatchObject({ sizes: [1000], duration: 2 });
    expect(() => benchSettings({ BENCH_DURATION: "90" })).toThrow(/BENCH_DURATION/);
    expect(() => benchSettings({ BENCH_SIZES: "2000000" })).toThrow(/BENCH_SIZES/);
  });
});
