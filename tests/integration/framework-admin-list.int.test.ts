import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listFrameworksForAdmin } from '@/lib/data/framework-editing';
import { FLAGSHIP_POST_SLUG } from '@/lib/data/frameworks';

describe('the admin framework list', () => {
  it('shows each framework at its own place in the flagship ranking, and no place for one it does not rank', async () => {
    await db.execute(sql`
      insert into frameworks (slug, name, language, first_released, creator, architecture)
      values ('unranked-framework', 'Unranked Framework', 'Zig', 2026, 'Nobody', 'MVC')`);
    const ranking = await db.execute<{ slug: string; position: number }>(sql`
      select f.slug, pf.position from post_frameworks pf
      join posts p on p.id = pf.post_id join frameworks f on f.id = pf.framework_id
      where p.slug = ${FLAGSHIP_POST_SLUG} order by pf.position`);
    expect(ranking.length).toBe(10);

    const rows = await listFrameworksForAdmin();
    expect(rows.slice(0, 10).map((row) => [row.slug, row.rank])).toEqual(ranking.map((row) => [row.slug, row.position]));
    expect(rows.find((row) => row.slug === 'unranked-framework')?.rank).toBeNull();
  });
});
