# The portal in a container: Node.js 20 on Debian, production dependencies only, ffmpeg for
# stripping metadata from audio and video. Build: docker build -t victims-support-portal .
# Run (SQLite, one instance): docker run -p 3000:3000 -v vsp-data:/data -e SECRET_KEY=... victims-support-portal
# Several instances: see compose.yaml.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 and argon2 ship prebuilt binaries; the build tools are there for when they do not.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg postgresql-client tini && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    TRUST_PROXY=true
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY migrations ./migrations
COPY public ./public
COPY scripts ./scripts
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# tini forwards SIGTERM so the portal finishes in-flight requests and stops taking jobs before it exits.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--import", "tsx", "src/main.ts"]
