import { resolveSecrets } from "#shared/auth/secrets";
import type { StaffRole } from "#shared/auth/identity";
import { issueStaffToken } from "#shared/auth/staff-token";
import type { HubConfig } from "#shared/config";

export function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/**
 * The token a CLI command calls the running hub with: --token or HUB_TOKEN when given, else one minted
 * with the hub's own secret for a named service subject (short-lived). Undefined when staff tokens come
 * from OIDC and none was given (the message says so).
 */
export async function commandToken(config: HubConfig, args: string[], as: { name: string; role: StaffRole; subject: string }): Promise<string | undefined> {
  const given = option(args, "token") ?? process.env.HUB_TOKEN;
  if (given) return given;
  if (config.oidc.issuer) {
    console.error(`staff tokens come from OIDC_ISSUER here: pass a token with the ${as.role} role with --token`);
    return undefined;
  }
  return issueStaffToken(resolveSecrets(config).staffTokenSecret, { ...as, expiresIn: "15m" });
}

/** A request to the running hub (HUB_URL); undefined, after saying how to start it, when nothing answers. */
export async function callHub(config: HubConfig, path: string, init: RequestInit): Promise<Response | undefined> {
  try {
    return await fetch(`${config.hubUrl}${path}`, init);
  } catch {
    console.error(`the hub is not running at ${config.hubUrl}: start it with \`npm start\` (or set HUB_URL to where it runs)`);
    return undefined;
  }
}

/** The language of messages and documents: --lang, else the shell's locale (LANG=ru_RU.UTF-8), else none (the hub's default). */
export function language(args: string[]): "az" | "en" | "ru" | undefined {
  const chosen = option(args, "lang") ?? /^(az|en|ru)/.exec(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "")?.[1];
  return chosen === "az" || chosen === "en" || chosen === "ru" ? chosen : undefined;
}
