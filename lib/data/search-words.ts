import { sql } from 'drizzle-orm';
import type { Executor } from './audit';

// Words a suggestion may be: runs of letters ("Express.js" gives "express" and "js"), of a length a typo can be told apart in.
const WORD_FILTER = sql`length(w.word) between 3 and 40`;

/**
 * Adds the words of saved public text to the vocabulary "Did you mean …?"
 * draws from. Called in the save's transaction; sorted, so two saves adding
 * the same new words take their row locks in one order and cannot deadlock.
 */
export async function learnSearchWords(executor: Executor, text: string): Promise<void> {
  if (!text.trim()) return;
  await executor.execute(sql`
    insert into search_words (word)
    select distinct w.word from regexp_split_to_table(lower(${text}), '[^[:alpha:]]+') as w(word)
    where ${WORD_FILTER}
    order by 1
    on conflict do nothing
  `);
}
