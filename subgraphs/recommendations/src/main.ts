import "reflect-metadata";
import { runSubgraphProcess } from "#shared/subgraph/subgraph-process";
import { recommendationsSubgraph } from "./subgraph";

void runSubgraphProcess(recommendationsSubgraph);
