import { composeSupergraph, staleFiles } from "../hub/src/compose";

describe("the checked-in schema", () => {
  it("composes without errors and matches what the code prints (run `npm run compose` when this fails)", async () => {
    const composition = await composeSupergraph();
    expect(composition.errors).toEqual([]);
    expect(staleFiles(composition)).toEqual([]);
  });

  it("uses only standard Federation 2 directives, so Apollo Router or Hive Gateway can serve the same file", async () => {
    const composition = await composeSupergraph();
    const supergraph = Object.entries(composition.files).find(([file]) => file.endsWith("supergraph.graphql"))![1];
    const links = [...supergraph.matchAll(/@link\(url: "([^"]+)"/g)].map((m) => m[1]);
    for (const link of links) expect(link).toMatch(/^https:\/\/specs\.apollo\.dev\/(link|join|federation|inaccessible|tag)\//);
  });
});
