import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { ServiceMetrics } from "./service-metrics";

/**
 * Operation names come from clients: past this many distinct names a service reports "(other)", so a
 * client inventing names cannot grow Prometheus' series without bound.
 */
export const MAX_OPERATION_NAMES = 200;

/** Label values that no GraphQL name can take (names match /[_A-Za-z][_0-9A-Za-z]*\/). */
export const UNNAMED_OPERATION = "(anonymous)";
export const INVALID_OPERATION = "(invalid)";
export const OTHER_OPERATION = "(other)";

/**
 * Times every GraphQL operation from the request's start to its response, labelled with the operation
 * that ran (or "(invalid)" when none could: a parse or validation failure) and whether any error was
 * reported. Listed first among the plugins, so its clock starts before theirs.
 */
export function operationMetricsPlugin<TContext extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<TContext> {
  const names = new Set<string>();
  const label = (name: string | null) => {
    if (name === null) return UNNAMED_OPERATION;
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return OTHER_OPERATION;
    names.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const stop = metrics.operations.startTimer();
      metrics.operationsInFlight.inc();
      let operation = INVALID_OPERATION;
      let failed = false;
      return {
        async didResolveOperation({ operationName }) {
          operation = label(operationName ?? null);
        },
        async didEncounterErrors() {
          failed = true;
        },
        async willSendResponse() {
          metrics.operationsInFlight.dec();
          stop({ operation, outcome: failed ? "error" : "ok" });
        },
      };
    },
  };
}
