import type { Logger } from "../logger";

const finalSteps: (() => Promise<void>)[] = [];

/** Work that runs after a service's own stops, just before the process exits (sending buffered traces). */
export function runBeforeExit(step: () => Promise<void>): void {
  finalSteps.push(step);
}

/**
 * On SIGINT/SIGTERM run the stops in order, once, then exit. A child started by `npm start` also exits
 * when its parent's IPC channel closes, so a killed parent leaves no orphan subgraph behind.
 */
export function stopOnSignals(log: Logger, stops: (() => Promise<void>)[]): void {
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, "stopping");
    let code = 0;
    for (const step of stops) {
      try {
        await step();
      } catch (error) {
        code = 1;
        log.error({ err: { message: (error as Error).message } }, "error while stopping");
      }
    }
    log.info("stopped");
    for (const step of finalSteps) await step().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  if (process.send) process.on("disconnect", () => void stop("parent exited"));
}
