# One image for every service; docker-compose.yml picks the entry point per service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY shared ./shared
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY hub ./hub
COPY test/bench ./test/bench
COPY schema ./schema
# The hub (tsc) and the staff console (codegen against schema/supergraph.graphql, tsc, esbuild → dist/console).
RUN node hub/build.cjs --force && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY partner-operations ./partner-operations
COPY seeds ./seeds
USER node
