# Two images from one build: `api` (the API and the queue worker; it can also serve the portal) and
# `portal` (nginx serving the built portal and proxying /api to the API).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_NO_CLOUD=true NX_DAEMON=false PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 CYPRESS_INSTALL_BINARY=0
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api portal --configuration=production

FROM node:20-bookworm-slim AS api
WORKDIR /app
ENV NODE_ENV=production PORTAL_DIST=/app/portal
COPY --from=build /app/dist/apps/api/package.json /app/dist/apps/api/package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist/apps/api ./
COPY --from=build /app/dist/apps/portal/browser ./portal
# The shared volume of stored files (docker-compose.yml) takes this owner when first mounted.
RUN mkdir -p /data/files && chown node:node /data/files
USER node
EXPOSE 3000
CMD ["node", "main.js"]

FROM nginx:1.27-alpine AS portal
COPY tools/docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/portal/browser /usr/share/nginx/html
