import { resolveSecrets } from "../auth/secrets";
import { isStaffRole, STAFF_ROLES } from "../auth/identity";
import { issueStaffToken } from "../auth/staff-token";
import { loadConfig } from "../config";

const USAGE = `usage: npm run --silent hub -- token --role <${STAFF_ROLES.join("|")}> --name "<name>" [--expires 12h]`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/** `hub token`: prints a staff token (and only the token, so it can be captured in a shell variable). */
async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command !== "token") {
    console.error(USAGE);
    return 2;
  }
  const role = option(rest, "role");
  const name = option(rest, "name");
  if (!role || !isStaffRole(role)) {
    console.error(`--role must be one of ${STAFF_ROLES.join(", ")}\n${USAGE}`);
    return 2;
  }
  if (!name || name.trim() === "") {
    console.error(`--name is required\n${USAGE}`);
    return 2;
  }
  const secrets = resolveSecrets(loadConfig());
  process.stdout.write(`${await issueStaffToken(secrets.staffTokenSecret, { name, role, expiresIn: option(rest, "expires") })}\n`);
  return 0;
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
