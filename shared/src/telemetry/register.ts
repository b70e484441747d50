// Preloaded with `node --require` (npm start does it when OTEL_EXPORTER_OTLP_ENDPOINT is set), before the
// service's own modules: OpenTelemetry patches `http`, `pg` and `graphql` as they are first loaded.
import { runBeforeExit } from "../process/shutdown";
import { startTracing } from "./tracing";
import { tracingEnabled } from "./tracing-switch";

if (tracingEnabled(process.env)) {
  const sdk = startTracing();
  // Spans still buffered are sent before the process exits.
  runBeforeExit(() => sdk.shutdown());
}
