/**
 * Who is asking. Staff carry roles from their token; partners are always read-only and bound to one
 * organisation (issue 6). Subgraphs receive this only from the gateway, signed.
 */
export const STAFF_ROLES = ["viewer", "officer", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = StaffRole | "partner";

export interface Identity {
  kind: "staff" | "partner";
  /** Stable subject: token `sub` for staff, key id for partners. */
  subject: string;
  /** Display name; an officer's name is itself confidential towards partners. */
  name: string;
  roles: Role[];
  organization?: string;
}

/** Role implication: an admin may do what an officer may, an officer what a viewer may. */
const IMPLIED: Record<Role, Role[]> = {
  admin: ["admin", "officer", "viewer"],
  officer: ["officer", "viewer"],
  viewer: ["viewer"],
  partner: ["partner"],
};

/** An unknown role (a newer token, a typo in an OIDC claim) grants nothing; it never throws. */
export function hasRole(identity: Identity | undefined, role: Role): boolean {
  const roles: unknown = identity?.roles;
  if (!Array.isArray(roles)) return false;
  return roles.some((held) => typeof held === "string" && Object.hasOwn(IMPLIED, held) && IMPLIED[held as Role].includes(role));
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && Object.hasOwn(IMPLIED, value);
}

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}
