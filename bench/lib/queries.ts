import type postgres from 'postgres';

/**
 * Counts the statements the app runs in the bench database: exact, from
 * pg_stat_statements, where the server preloads it (the embedded bench
 * cluster does); otherwise committed transactions, each of the app's
 * single-statement queries being one.
 */
export class QueryCounter {
  private constructor(
    private readonly sql: postgres.Sql,
    readonly method: 'pg_stat_statements' | 'transactions',
  ) {}

  static async create(sql: postgres.Sql): Promise<QueryCounter> {
    try {
      await sql`select pg_stat_statements_reset()`;
      return new QueryCounter(sql, 'pg_stat_statements');
    } catch {
      return new QueryCounter(sql, 'transactions');
    }
  }

  async reset(): Promise<number> {
    if (this.method === 'pg_stat_statements') {
      await this.sql`select pg_stat_statements_reset()`;
      return 0;
    }
    return this.transactions();
  }

  /** Statements since `reset()`, which returned `start`. */
  async since(start: number): Promise<number> {
    if (this.method === 'pg_stat_statements') {
      const [row] = await this.sql<{ calls: number }[]>`
        select coalesce(sum(calls), 0)::int as calls from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
          and query not ilike '%pg_stat%' and query not ilike 'listen %' and query not ilike 'select pg_notify%'`;
      return row?.calls ?? 0;
    }
    // Cumulative statistics reach pg_stat_database up to a second late.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return (await this.transactions()) - start - 1;
  }

  private async transactions(): Promise<number> {
    const [row] = await this.sql<{ total: number }[]>`
      select (xact_commit + xact_rollback)::int as total from pg_stat_database where datname = current_database()`;
    return row?.total ?? 0;
  }
}
