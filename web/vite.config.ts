// Vite build of the web calculator: root web/, output web/dist (served by `ulp serve`). The engine (src/index.ts,
// gmp-wasm inside) is bundled into a module Web Worker, so the page itself stays light and never blocks.
import { defineConfig } from "vite";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// The engine imports gmp-wasm's default export, which only its UMD build (what Node loads) provides.
const gmpUmd = createRequire(import.meta.url).resolve("gmp-wasm");

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  resolve: { alias: [{ find: /^gmp-wasm$/, replacement: gmpUmd }] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: "es" },
  server: { host: "127.0.0.1" },
});
