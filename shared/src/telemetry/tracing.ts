import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { GraphQLInstrumentation } from "@opentelemetry/instrumentation-graphql";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { NodeSDK } from "@opentelemetry/sdk-node";

/** GraphQL over GET carries the document and its variables in the URL: never into a span. */
const REDACTED_QUERY_PARAMETERS = ["query", "variables", "extensions", "operationName"];

/**
 * Traces gateway → subgraph → SQL: HTTP server and client spans (the W3C `traceparent` header carries
 * the trace from the gateway to each subgraph), Apollo Gateway's own plan and fetch spans, GraphQL
 * parse/validate/execute spans in the subgraphs, and one span per SQL statement. Exported with OTLP over
 * HTTP (JSON) to OTEL_EXPORTER_OTLP_ENDPOINT; sampler, batch and resource come from OpenTelemetry's own
 * variables (OTEL_TRACES_SAMPLER, OTEL_BSP_*, OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES).
 *
 * Never recorded: SQL parameters, GraphQL variables and literal values, request headers (credentials),
 * query strings of GraphQL GET requests. SQL text (with $n placeholders) is.
 */
export function startTracing(): NodeSDK {
  const sdk = new NodeSDK({
    traceExporter: new OTLPTraceExporter(),
    // Prometheus has the metrics (GET /metrics) and pino the logs: OpenTelemetry exports traces only.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes would bury the requests that matter.
        ignoreIncomingRequestHook: (request) => /^\/(health|metrics)(\?|$)/.test(request.url ?? ""),
        redactedQueryParams: REDACTED_QUERY_PARAMETERS,
        redactedQueryParamsServer: REDACTED_QUERY_PARAMETERS,
      }),
      // A statement outside any request (migrations, seeds, health checks) starts no trace of its own.
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
      // allowValues: false replaces literal values in the recorded document with "*".
      new GraphQLInstrumentation({ allowValues: false, ignoreResolveSpans: true, mergeItems: true }),
    ],
  });
  sdk.start();
  return sdk;
}
