import "reflect-metadata";
import { runSubgraphProcess } from "../../../shared/src/subgraph/subgraph-process";
import { agreementsSubgraph } from "./subgraph";

void runSubgraphProcess(agreementsSubgraph);
