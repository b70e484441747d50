import "reflect-metadata";
import { runSubgraphProcess } from "#shared/subgraph/subgraph-process";
import { agreementsSubgraph } from "./subgraph";

void runSubgraphProcess(agreementsSubgraph);
