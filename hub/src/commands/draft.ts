import { writeFileSync } from "node:fs";
import { loadConfig } from "#shared/config";
import { callHub, commandToken, language, option } from "./hub-client";

export const DRAFT_USAGE = `  npm run --silent hub -- draft mla-request <reference> [--lang az|en|ru] [--out FILE] [--token <officer token>]`;

interface RefusedBody {
  errors?: { message: string; extensions?: { missing?: { code: string; field: string; message: string }[] } }[];
}

/**
 * `hub draft mla-request <reference>`: the drafted letter of an outgoing MLA request, a thin client of the
 * running hub's `GET /documents/mla-requests/:reference/draft` as an officer named "draft (CLI)". Writes the
 * .docx to --out (or stdout); exits 1 when the request lacks what the letter needs (the list on stderr),
 * 2 when it could not ask.
 */
export async function draftCommand(args: string[]): Promise<number> {
  const [kind, reference] = args;
  if (kind !== "mla-request" || !reference || reference.startsWith("--")) {
    console.error(`usage:\n${DRAFT_USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const token = await commandToken(config, args, { name: "draft (CLI)", role: "officer", subject: "staff:draft-cli" });
  if (!token) return 2;
  const lang = language(args);
  const query = lang ? `?lang=${lang}` : "";
  const response = await callHub(config, `/documents/mla-requests/${encodeURIComponent(reference)}/draft${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response) return 2;
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as RefusedBody;
    const error = body.errors?.[0];
    console.error(error?.message ?? `the hub answered HTTP ${response.status}`);
    for (const gap of error?.extensions?.missing ?? []) console.error(`  - ${gap.message} (${gap.field})`);
    return response.status === 422 ? 1 : 2;
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  const out = option(args, "out");
  if (out) {
    writeFileSync(out, bytes);
    console.error(`letter for ${reference} written to ${out}`);
  } else process.stdout.write(bytes);
  return 0;
}
