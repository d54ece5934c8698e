import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The integration tests share one database, so test files run one at a time.
    fileParallelism: false,
    // Vite keeps BASE_URL for its own base path inside tests, so the end-to-end tests get the
    // service's URL (BASE_URL as the shell set it) through `inject("serviceUrl")`.
    provide: { serviceUrl: process.env.BASE_URL ?? "" },
  },
});

declare module "vitest" {
  export interface ProvidedContext {
    serviceUrl: string;
  }
}
