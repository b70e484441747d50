import type { DataSource } from "typeorm";
import type { Identity } from "../auth/identity";
import type { SubgraphPeers } from "./peers";

/** What every resolver receives: the identity the gateway vouched for, and this request's loaders. */
export interface SubgraphContext<Loaders = unknown> {
  identity: Identity;
  loaders: Loaders;
  /** For services; resolvers never query it directly. */
  db: DataSource;
  /** The other subgraphs, to check that a record named in a write exists where it is owned. */
  peers: SubgraphPeers;
  /** PARTNER_MIN_CELL: partner figures from 1 to this minus 1 are withheld (small-cell suppression). */
  partnerMinCell: number;
}
