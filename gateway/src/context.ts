import type { Identity } from "#shared/auth/identity";

/** What every gateway plugin sees: the caller the gateway authenticated (its own file, so plugins need not import the server). */
export interface GatewayContext {
  identity: Identity;
}
