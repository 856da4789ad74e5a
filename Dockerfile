# The API for production: `docker build -t special-measures-oversight .`, then run it with
# NODE_ENV=production, DATABASE_URL and the JWT keys (docs/deployment.md, "Running in production").
# The embedded PostgreSQL of development is left out: production always names its database.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only, without the optional embedded PostgreSQL binaries or install scripts.
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The files stay root's: the server, running as `node`, can read its code but not change it.
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself as PID 1: it handles SIGTERM (drains requests, closes the pool), as `docker stop` sends.
CMD ["node", "dist/src/main.js"]
