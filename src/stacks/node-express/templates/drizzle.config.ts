import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes a migration for what changed in src/db/schema.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema",
  out: "./drizzle",
});
