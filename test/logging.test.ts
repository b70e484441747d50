import { Writable } from "node:stream";
import { GraphQLError } from "graphql";
import pino from "pino";
import { createSubgraphDataSource } from "#shared/database/data-source";
import { maskErrors } from "#shared/errors";
import { createTestDatabase } from "./support/test-database";

/** A logger whose lines this test reads. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: "debug" }, stream), text: () => lines.join("") };
}

describe("log lines", () => {
  it("never carry the value a database refused (it may be victim data): SQLSTATE and shape only", async () => {
    const database = await createTestDatabase();
    const { log, text } = capture();
    const dataSource = createSubgraphDataSource({ url: database.url, schema: "public", entities: [], migrations: [], poolSize: 1, log });
    await dataSource.initialize();
    try {
      const refused = await dataSource.query("SELECT $1::uuid", ["Jane Doe, born 1990"]).catch((error: unknown) => error);
      const answer = maskErrors(log)({ message: "x", extensions: {} }, new GraphQLError("x", { originalError: refused as Error }));
      expect(answer.extensions?.code).toBe("BAD_USER_INPUT");
      expect(text()).toContain("22P02");
      expect(text()).not.toContain("Jane Doe");
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it("name a subgraph's error by its message and service, not [object Object]", () => {
    const { log, text } = capture();
    const downstream = new GraphQLError("column \"x\" failed", {
      originalError: { message: "column \"x\" failed", extensions: { code: "INTERNAL_SERVER_ERROR" } } as unknown as Error,
      extensions: { code: "INTERNAL_SERVER_ERROR", serviceName: "mla" },
    });
    const answer = maskErrors(log)({ message: downstream.message, extensions: downstream.extensions }, downstream);
    expect(answer).toEqual({ message: "Internal server error", path: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(text()).not.toContain("[object Object]");
    expect(text()).toContain('"service":"mla"');
    expect(text()).toContain("failed");
  });
});
