import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Where `npm run dev` runs the API; Vite's dev server passes every API path through to it. */
const api = `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
const apiPaths = ["/api", "/openapi.json", "/docs", "/healthz", "/readyz"];

export default defineConfig({
  root: fileURLToPath(new URL("./web", import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(apiPaths.map((path) => [path, api])),
  },
});
