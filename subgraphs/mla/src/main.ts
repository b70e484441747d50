import "reflect-metadata";
import { runSubgraphProcess } from "../../../shared/src/subgraph/subgraph-process";
import { mlaSubgraph } from "./subgraph";

void runSubgraphProcess(mlaSubgraph);
