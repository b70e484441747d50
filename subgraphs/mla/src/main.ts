import "reflect-metadata";
import { runSubgraphProcess } from "#shared/subgraph/subgraph-process";
import { mlaSubgraph } from "./subgraph";

void runSubgraphProcess(mlaSubgraph);
