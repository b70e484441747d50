/** The mla subgraph's cooperation figures, for the hub's commands (hub/src/commands/recompute.ts). */
export { mlaSubgraph } from "../../subgraphs/mla/src/subgraph";
export { recomputeCooperationFigures } from "../../subgraphs/mla/src/cooperation/cooperation-recompute";
