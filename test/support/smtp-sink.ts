import { SMTPServer } from "smtp-server";
import { smtpPortFor } from "./ports";

/** A mail as the test SMTP server received it, decoded enough to read: headers, text and HTML parts. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  raw: string;
}

export interface SmtpSink {
  url: string;
  port: number;
  mails: ReceivedMail[];
  stop(): Promise<void>;
}

function decodeWords(header: string): string {
  // RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=), as nodemailer writes non-ASCII subjects.
  return header.replace(/\s*=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, kind: string, text: string) =>
    kind.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
}

function headers(block: string): Record<string, string> {
  const unfolded = block.replace(/\r?\n[ \t]+/g, " ");
  return Object.fromEntries(unfolded.split(/\r?\n/).map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
}

function body(head: Record<string, string>, content: string): string {
  const encoding = (head["content-transfer-encoding"] ?? "").toLowerCase();
  if (encoding === "base64") return Buffer.from(content.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(content);
  return content;
}

/** Reads a message nodemailer wrote: a single part or multipart/alternative with text and HTML. */
export function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = headers(raw.slice(0, split));
  const rest = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const parts: { type: string; text: string }[] = [];
  const boundary = /boundary="?([^";]+)"?/i.exec(head["content-type"] ?? "")?.[1];
  if (boundary) {
    for (const chunk of rest.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith("--")) break;
      const at = chunk.search(/\r?\n\r?\n/);
      const partHead = headers(chunk.slice(0, at).replace(/^\r?\n/, ""));
      parts.push({ type: partHead["content-type"] ?? "", text: body(partHead, chunk.slice(at).replace(/^\r?\n\r?\n/, "")) });
    }
  } else parts.push({ type: head["content-type"] ?? "text/plain", text: body(head, rest) });
  return {
    from: envelope.from,
    to: envelope.to,
    subject: decodeWords(head.subject ?? ""),
    text: parts.find((p) => p.type.startsWith("text/plain"))?.text ?? "",
    html: parts.find((p) => p.type.startsWith("text/html"))?.text ?? "",
    raw,
  };
}

/**
 * A real SMTP server on this machine (the `smtp-server` package), no TLS and no login, keeping every mail
 * it accepts. Recipients in `refuse` are refused at RCPT TO, as a mail server refuses an unknown address.
 */
export async function startSmtpSink(port: number, refuse: string[] = []): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(refuse.includes(address.address) ? Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const envelope = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address) };
        mails.push(parseMail(Buffer.concat(chunks).toString("utf8"), envelope));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The test SMTP server's port: one of test/support/ports.ts's SMTP block (offset 0-9). */
export function smtpPort(offset = 0): number {
  return smtpPortFor(offset);
}
