import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ENVIRONMENT_VARIABLES } from "#shared/config";
import { repoRoot } from "#shared/paths";

const compose = parse(readFileSync(path.join(repoRoot(), "docker-compose.yml"), "utf8"), { merge: true }) as {
  services: Record<string, { environment?: Record<string, string>; command?: string[] }>;
};
const HUB_SERVICES = ["agreements", "mla", "recommendations", "gateway"];

describe("docker-compose.yml", () => {
  it("has PostgreSQL and one service per subgraph plus the gateway", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["agreements", "gateway", "mla", "postgres", "recommendations"]);
  });

  it.each(HUB_SERVICES)("%s sets only variables the config module reads", (name) => {
    const variables = Object.keys(compose.services[name].environment ?? {});
    expect(variables.length).toBeGreaterThan(0);
    expect(variables.filter((variable) => !(variable in ENVIRONMENT_VARIABLES))).toEqual([]);
  });

  it.each(HUB_SERVICES)("%s runs an entry point that the build produces", (name) => {
    const entry = compose.services[name].command?.[1] ?? "";
    expect(entry).toMatch(/^dist\/.+\/main\.js$/);
    const source = path.join(repoRoot(), entry.replace(/^dist\//, "").replace(/\.js$/, ".ts"));
    expect(() => readFileSync(source)).not.toThrow();
  });
});

describe("README.md", () => {
  it("documents every environment variable", () => {
    const readme = readFileSync(path.join(repoRoot(), "README.md"), "utf8");
    expect(Object.keys(ENVIRONMENT_VARIABLES).filter((variable) => !readme.includes(`\`${variable}\``))).toEqual([]);
  });
});
