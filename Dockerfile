# syntax=docker/dockerfile:1
# One image for both processes: the compose file picks api or worker by command.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Lockfile (and the dependency patches npm ci applies) first, so the dependency layer is
# reused while only sources change.
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/app/.data
WORKDIR /app
# Sources come along (small) so runtime assets outside dist/ (seeds, SQL) are never missing.
COPY --from=build /app /app
# Code stays root-owned and read-only for the app user; only the data directory is writable.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
# The API on 3000, the worker's health on 3001, metrics on 9464 (API) and 9465 (worker).
EXPOSE 3000 3001 9464 9465
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/src/main.js"]
