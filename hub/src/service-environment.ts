/**
 * The environment of every service: the user's, plus what the supervisor decided (database, data
 * directory). NODE_ENV defaults to production: graphql-js runs development-only checks on every request
 * otherwise, which the Dockerfile never had and `npm start` should not have either.
 */
export function serviceEnvironment(env: NodeJS.ProcessEnv, decided: Record<string, string>): NodeJS.ProcessEnv {
  return { ...env, NODE_ENV: env.NODE_ENV || "production", ...decided };
}
