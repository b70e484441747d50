/**
 * The fixed ports tests listen on, in one place so that no two collide when jest runs the files side by
 * side (the faults test's PostgreSQL once sat on the tracing test's gateway port, and the start test's on
 * the SMTP sink's). Everything is offset from TEST_PORT_BASE (default 27100), which moves the whole plan
 * for two checkouts testing at once; it stays below 32768, where Linux's range for outgoing connections
 * starts, so a client socket never holds a port a server here must listen on. Other servers in tests
 * listen on port 0 (any free port).
 *
 *   +0…+4    test/start.test.ts    gateway, agreements, mla, recommendations, embedded PostgreSQL
 *   +10…+14  test/faults.test.ts   the same
 *   +20…+24  test/tracing.test.ts  the same
 *   +50…+59  test/support/smtp-sink.ts
 */
const BLOCKS = { start: 0, faults: 10, tracing: 20, smtp: 50 } as const;

function base(): number {
  return Number(process.env.TEST_PORT_BASE ?? 27100);
}

/** The ports of a compiled hub (`dist/hub/src/start.js`) a test runs, as the environment `npm start` reads. */
export function compiledHubPorts(block: "start" | "faults" | "tracing"): { gatewayUrl: string; env: Record<string, string> } {
  const first = base() + BLOCKS[block];
  return {
    gatewayUrl: `http://127.0.0.1:${first}`,
    env: {
      PORT: String(first),
      AGREEMENTS_PORT: String(first + 1),
      MLA_PORT: String(first + 2),
      RECOMMENDATIONS_PORT: String(first + 3),
      EMBEDDED_PG_PORT: String(first + 4),
    },
  };
}

/** The test SMTP server's port: one of ten (offset 0-9) for files that each start their own. */
export function smtpPortFor(offset: number): number {
  if (offset < 0 || offset > 9) throw new Error("SMTP port offsets are 0-9");
  return base() + BLOCKS.smtp + offset;
}
