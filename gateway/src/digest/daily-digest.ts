import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { ApolloServer } from "@apollo/server";
import nodemailer, { type Transporter } from "nodemailer";
import type { Pool } from "pg";
import type { Identity } from "#shared/auth/identity";
import type { DigestConfig } from "#shared/config";
import type { Logger } from "#shared/logger";
import type { GatewayContext } from "../context";
import { DIGEST_ITEMS, DIGEST_QUERY, digestMail, type DigestData, type DigestMail } from "./digest-mail";
import { DigestRecipients, type DigestRecipient } from "./digest-recipients";

/** Runs a GraphQL operation through the supergraph as `identity` (the gateway's own Apollo server). */
export type RunAs = <T>(identity: Identity, query: string, variables: Record<string, unknown>) => Promise<T>;

/** Runs operations in process through the gateway's own Apollo server, as the given identity. */
export function runThrough(apollo: ApolloServer<GatewayContext>): RunAs {
  return async <T>(identity: Identity, query: string, variables: Record<string, unknown>) => {
    const response = await apollo.executeOperation<Record<string, unknown>>({ query, variables }, { contextValue: { identity } });
    const result = response.body.kind === "single" ? response.body.singleResult : undefined;
    const error = result?.errors?.[0];
    if (error || !result?.data) throw new Error(`the deadlines query failed (${String(error?.extensions?.code ?? "no data")})`);
    return result.data as T;
  };
}

export interface DailyDigestOptions {
  config: DigestConfig;
  pool: Pool;
  runAs: RunAs;
  log: Logger;
}

export interface DigestRun {
  day: string;
  sent: number;
  empty: number;
  failed: number;
  /** Recipients another gateway (or an earlier run) had already claimed for the day. */
  skipped: number;
}

/** A claim older than this is taken over: its gateway died while sending (nodemailer gives up within 10 minutes). */
const STALE_CLAIM = "15 minutes";
const MAX_ATTEMPTS = 3;
const TICK_MS = 60_000;

/** The day and hour it is now in `timeZone` (the digest goes out from DIGEST_HOUR there). */
export function localClock(now: Date, timeZone: string): { day: string; hour: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** The identity a digest is built as: the recipient's role, nothing more (subgraphs apply that role's rules). */
export function digestIdentity(recipient: Pick<DigestRecipient, "id" | "role">): Identity {
  return { kind: "staff", subject: `digest:${recipient.id}`, name: "daily digest", roles: [recipient.role] };
}

/**
 * The daily digest: from DIGEST_HOUR each day, every active recipient gets one mail of what is due, built
 * by running the deadlines query through the supergraph as their role. Several gateways may run this at
 * once: a recipient's mail is sent only by the gateway that claimed the (day, recipient) row, so it goes
 * out once a day. A failed send is retried on later ticks, at most three attempts.
 */
export class DailyDigest {
  readonly recipients: DigestRecipients;
  /** Undefined while SMTP_URL is unset: previews work, nothing is sent. */
  private readonly transport: Transporter | undefined;
  private readonly instance = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<DigestRun | undefined> | undefined;

  constructor(private readonly options: DailyDigestOptions) {
    this.recipients = new DigestRecipients(options.pool);
    this.transport = options.config.smtpUrl ? nodemailer.createTransport(options.config.smtpUrl) : undefined;
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  /** Checks every minute whether today's digest is due (and catches up after a restart past the hour). */
  start(): void {
    if (!this.enabled) return;
    const tick = () => void this.tick().catch((error: Error) => this.options.log.error({ err: { message: error.message } }, "digest run failed"));
    this.timer = setInterval(tick, TICK_MS);
    this.timer.unref();
    tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    this.transport?.close();
  }

  /** Sends today's digest if it is past the hour and not done; one run at a time in this process. */
  tick(now = new Date()): Promise<DigestRun | undefined> {
    const clock = localClock(now, this.options.config.timeZone);
    if (!this.enabled || clock.hour < this.options.config.hour) return Promise.resolve(undefined);
    this.running ??= this.run(clock.day).finally(() => (this.running = undefined));
    return this.running;
  }

  /** Sends `day`'s digest to every active recipient nobody has claimed for that day yet. */
  async run(day: string): Promise<DigestRun> {
    const transport = this.transport;
    if (!transport) throw new Error("the digest is off: SMTP_URL is not set");
    const result: DigestRun = { day, sent: 0, empty: 0, failed: 0, skipped: 0 };
    const pending = await this.pendingRecipients(day);
    const byRole = new Map<string, Promise<DigestData>>();
    for (const recipient of pending) {
      if (!(await this.claim(day, recipient.id))) {
        result.skipped++;
        continue;
      }
      try {
        // Asked once per role and language in a run: what a digest holds depends on nothing else.
        const key = `${recipient.role}:${recipient.lang}`;
        const data = byRole.get(key) ?? this.deadlines(recipient, day);
        byRole.set(key, data);
        const mail = digestMail(await data, recipient, this.options.config.withinDays);
        if (mail.items === 0) {
          await this.finish(day, recipient.id, "EMPTY", 0, null);
          result.empty++;
          continue;
        }
        await transport.sendMail({ from: this.options.config.from, to: { name: recipient.name, address: recipient.email }, subject: mail.subject, text: mail.text, html: mail.html });
        await this.finish(day, recipient.id, "SENT", mail.items, null);
        result.sent++;
      } catch (error) {
        const code = String((error as { code?: string; responseCode?: number }).code ?? (error as { responseCode?: number }).responseCode ?? "ERROR").slice(0, 40);
        // The address and the message are left out of the log: only the recipient's id and the error's code.
        this.options.log.warn({ recipient: recipient.id, code }, "digest not sent");
        await this.finish(day, recipient.id, "FAILED", null, code);
        result.failed++;
      }
    }
    if (result.sent + result.failed > 0) this.options.log.info({ ...result }, "daily digest");
    return result;
  }

  /** The mail a recipient would get for `day`, without sending it or claiming anything (for admins). */
  async preview(recipient: DigestRecipient, day: string): Promise<DigestMail> {
    return digestMail(await this.deadlines(recipient, day), recipient, this.options.config.withinDays);
  }

  today(now = new Date()): string {
    return localClock(now, this.options.config.timeZone).day;
  }

  get settings(): { enabled: boolean; from: string; hour: number; timeZone: string; withinDays: number } {
    const { from, hour, timeZone, withinDays } = this.options.config;
    return { enabled: this.enabled, from, hour, timeZone, withinDays };
  }

  /** The last days' deliveries, newest first: what was sent to whom (ids, never content). */
  async deliveries(days = 7): Promise<Record<string, unknown>[]> {
    const { rows } = await this.options.pool.query(
      `SELECT day::text, recipient_id AS "recipientId", status, attempts, claimed_at AS "claimedAt", finished_at AS "finishedAt", items, error_code AS "errorCode"
         FROM gateway.digest_delivery WHERE day > current_date - $1::integer ORDER BY day DESC, claimed_at DESC`,
      [days],
    );
    return rows;
  }

  private deadlines(recipient: DigestRecipient, day: string): Promise<DigestData> {
    return this.options.runAs<DigestData>(digestIdentity(recipient), DIGEST_QUERY, {
      asOf: day,
      withinDays: this.options.config.withinDays,
      first: DIGEST_ITEMS,
      lang: recipient.lang.toUpperCase(),
    });
  }

  private async pendingRecipients(day: string): Promise<DigestRecipient[]> {
    const active = await this.recipients.list({ activeOnly: true });
    const { rows } = await this.options.pool.query<{ recipient_id: string }>(
      `SELECT recipient_id::text FROM gateway.digest_delivery
        WHERE day = $1 AND (status IN ('SENT', 'EMPTY') OR (status = 'FAILED' AND attempts >= $2))`,
      [day, MAX_ATTEMPTS],
    );
    const done = new Set(rows.map((row) => row.recipient_id));
    return active.filter((recipient) => !done.has(recipient.id));
  }

  /**
   * Takes the (day, recipient) row: inserted, or taken over from a failed attempt or a dead gateway. When two
   * gateways race, the primary key makes one wait for the other's row, and the WHERE then refuses it.
   */
  private async claim(day: string, recipientId: string): Promise<boolean> {
    const { rowCount } = await this.options.pool.query(
      `INSERT INTO gateway.digest_delivery AS d (day, recipient_id, status, claimed_by) VALUES ($1, $2, 'CLAIMED', $3)
       ON CONFLICT (day, recipient_id) DO UPDATE
          SET status = 'CLAIMED', claimed_by = EXCLUDED.claimed_by, claimed_at = now(), attempts = d.attempts + 1, error_code = NULL
        WHERE (d.status = 'FAILED' AND d.attempts < ${MAX_ATTEMPTS}) OR (d.status = 'CLAIMED' AND d.claimed_at < now() - interval '${STALE_CLAIM}')`,
      [day, recipientId, this.instance],
    );
    return rowCount === 1;
  }

  private async finish(day: string, recipientId: string, status: "SENT" | "EMPTY" | "FAILED", items: number | null, errorCode: string | null): Promise<void> {
    await this.options.pool.query(
      `UPDATE gateway.digest_delivery SET status = $3, finished_at = now(), items = $4, error_code = $5
        WHERE day = $1 AND recipient_id = $2 AND claimed_by = $6`,
      [day, recipientId, status, items, errorCode, this.instance],
    );
  }
}
