import { index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Every word of public posts and frameworks, for "Did you mean …?": a
 * misspelt search term is matched against these by trigram similarity
 * (pg_trgm). Words are added as content is saved and never removed, so a
 * suggestion is only offered after its own search has found something.
 */
export const searchWords = pgTable('search_words', { word: text('word').primaryKey() }, (t) => [
  index('search_words_trigram_idx').using('gin', t.word.op('gin_trgm_ops')),
]);
