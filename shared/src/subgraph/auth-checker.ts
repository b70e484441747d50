import type { AuthChecker } from "type-graphql";
import { hasRole, type Role } from "../auth/identity";
import type { SubgraphContext } from "./context";

/**
 * `@Authorized("officer")` on a field or mutation: the subgraph checks roles itself, so a field that
 * reaches a subgraph by some other path is still guarded (defence in depth behind the gateway).
 */
export const authChecker: AuthChecker<SubgraphContext> = ({ context }, roles) =>
  roles.length === 0 ? context.identity !== undefined : roles.some((role) => hasRole(context.identity, role as Role));
