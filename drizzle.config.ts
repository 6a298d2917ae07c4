import { defineConfig } from 'drizzle-kit';

// Generating migrations only diffs the schema against drizzle/, so no database is needed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './drizzle',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost/unused' },
  strict: true,
});
