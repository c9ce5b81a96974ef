import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const server = "http://127.0.0.1:5080";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "../src/SibReview/wwwroot",
    emptyOutDir: true,
  },
  server: {
    proxy: {
      "/api": server,
      "/hubs": { target: server, ws: true },
      "/health": server,
      "/openapi": server,
      "/scalar": server,
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
    // Style sheets are empty modules in tests unless included; styles.test.ts reads the real one.
    css: { include: [/styles\.css/] },
  },
});
