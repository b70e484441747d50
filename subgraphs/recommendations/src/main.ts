import "reflect-metadata";
import { runSubgraphProcess } from "../../../shared/src/subgraph/subgraph-process";
import { recommendationsSubgraph } from "./subgraph";

void runSubgraphProcess(recommendationsSubgraph);
