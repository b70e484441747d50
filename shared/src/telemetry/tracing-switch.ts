import path from "node:path";

/**
 * Tracing is on when an OTLP endpoint is configured (OpenTelemetry's own variables, read by its SDK) and
 * the SDK is not disabled. Off means off: no OpenTelemetry module is even loaded.
 */
export function tracingEnabled(env: NodeJS.ProcessEnv): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return Boolean(endpoint) && !/^(1|true)$/i.test(env.OTEL_SDK_DISABLED ?? "");
}

/** The module a service process preloads (`node --require`) to trace: it must run before `pg` or `http` is loaded. */
export const TRACING_PRELOAD = path.join(__dirname, "register.js");

/** Node options for a service process: the preload when tracing is on, nothing otherwise. */
export function tracingExecArgv(env: NodeJS.ProcessEnv): string[] {
  return tracingEnabled(env) ? ["--require", TRACING_PRELOAD] : [];
}
