import type { Logger } from "#shared/logger";

/** Waits between restarts: 1 s, 2 s, 4 s … at most 15 s; back to 1 s once a run lasted a minute. */
export class Backoff {
  private attempt = 0;

  constructor(private readonly firstMs = 1000, private readonly maxMs = 15_000, private readonly stableMs = 60_000) {}

  /** The wait before the next start, given how long the last run lasted. */
  next(ranForMs: number): number {
    if (ranForMs >= this.stableMs) this.attempt = 0;
    const wait = Math.min(this.maxMs, this.firstMs * 2 ** this.attempt);
    this.attempt += 1;
    return wait;
  }
}

export interface SupervisedRun {
  /** Resolves with the exit code (or signal) when the run ends. */
  exited: Promise<string>;
}

/**
 * Keeps one part of the hub running: when it exits unexpectedly it is started again after a backoff,
 * with a log line each time, instead of the whole hub stopping. A part that fails to start is retried
 * the same way. `stop()` ends the supervision (the caller stops the part itself).
 */
export class Supervisor {
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly backoff = new Backoff();

  constructor(private readonly name: string, private readonly start: () => Promise<SupervisedRun>, private readonly log: Logger) {}

  /** Supervises a run that is already started. */
  watch(run: SupervisedRun): void {
    const startedAt = Date.now();
    void run.exited.then((how) => {
      if (this.stopping) return;
      const wait = this.backoff.next(Date.now() - startedAt);
      this.log.error({ service: this.name, exit: how, restartInMs: wait }, `${this.name} exited; restarting it`);
      this.schedule(wait);
    });
  }

  stop(): void {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(wait: number): void {
    this.timer = setTimeout(() => {
      if (this.stopping) return;
      const startedAt = Date.now();
      this.start().then(
        (run) => {
          this.log.warn({ service: this.name }, `${this.name} restarted`);
          this.watch(run);
        },
        (error: unknown) => {
          const next = this.backoff.next(Date.now() - startedAt);
          this.log.error({ service: this.name, err: { message: error instanceof Error ? error.message : String(error) }, restartInMs: next }, `${this.name} did not restart; trying again`);
          this.schedule(next);
        },
      );
    }, wait);
  }
}
