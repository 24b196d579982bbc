# The web UI (Vite, React) and the server (TypeScript to JavaScript) are built with the dev dependencies in a
# stage of their own; the image gets only the built files, next to a production install.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY vite.config.ts tsconfig.json tsconfig.build.json ./
COPY web ./web
COPY src ./src
COPY scripts/build-if-stale.ts ./scripts/
RUN node scripts/build-if-stale.ts web server

FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_URL=sqlite:/data/registrar.db
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# The sources stay for the CLI (npm run registrar -- …); the server runs compiled (docs/decisions/0009).
COPY src ./src
COPY --from=build /app/build ./build
COPY --from=build /app/dist/web ./dist/web
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--max-semi-space-size=4", "build/server.js"]
