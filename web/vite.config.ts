// Vite build of the web calculator: root web/, output web/dist (served by `ulp serve`). The engine (src/index.ts,
// gmp-wasm inside) is bundled into a module Web Worker, so the page itself stays light and never blocks.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: "es" },
  server: { host: "127.0.0.1" },
});
