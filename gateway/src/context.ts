import type { Identity } from "#shared/auth/identity";

/** What every gateway plugin sees: the caller the gateway authenticated (its own file, so plugins need not import the server). */
export interface GatewayContext {
  identity: Identity;
  /** The client's address (the socket's; audit and failed-authentication throttling). */
  sourceAddress?: string;
}
