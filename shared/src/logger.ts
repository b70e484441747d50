import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs. Credentials are redacted by path so that a careless `log.info({ req })` cannot
 * leak them; victim data never reaches a log call in the first place (see docs/security.md).
 */
export function createLogger(service: string, level = "info"): Logger {
  return pino({
    level,
    base: { service },
    redact: {
      paths: [
        "*.authorization",
        "*.headers.authorization",
        "*.headers['x-api-key']",
        "*.headers['x-hub-identity']",
        "*.password",
        "*.secret",
        "*.token",
        "databaseUrl",
        "*.databaseUrl",
      ],
      censor: "[redacted]",
    },
  });
}

/** A database URL with its password replaced, for log lines and error messages. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "[unparseable database url]";
  }
}
