import { randomBytes } from 'node:crypto';
import { withDatabase } from './accounts';

/** A published post, dated years back so it stays off the first page of the lists other tests read. */
export async function insertOldPost(title: string, body: string, { publishedAt = '2016-05-01 12:00Z', slug = `reading-${randomBytes(4).toString('hex')}` } = {}): Promise<string> {
  await withDatabase(
    (sql) => sql`
      insert into posts (slug, title, excerpt, body, status, published_at, author_id, category_id)
      select ${slug}, ${title}, 'An excerpt.', ${body}, 'published', ${publishedAt}::timestamptz,
        (select id from users order by id limit 1), (select id from categories where slug = 'web-development')
      on conflict (slug) do nothing`,
  );
  return slug;
}

const fence = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\``;

/** Code in the languages posts use, so every colour of the highlighter's themes is on the page. */
const SAMPLES: Array<[string, string]> = [
  ['ts', 'interface Post<T> { id: number; body: T }\nexport const load = async (id: number): Promise<Post<string>> => fetch(`/posts/${id}`).then((r) => r.json()); // why'],
  ['python', '@app.route("/")\ndef hello(name: str = "world") -> str:\n    """Greets."""\n    return f"Hello {name}" if name else None'],
  ['php', '<?php\nnamespace App;\nclass Post extends Model { public function author(): BelongsTo { return $this->belongsTo(User::class); } }'],
  ['ruby', 'class Post < ApplicationRecord\n  has_many :comments, dependent: :destroy\n  def title = super&.strip\nend'],
  ['elixir', 'defmodule HelloWeb.PageController do\n  use HelloWeb, :controller\n  def index(conn, %{"id" => id}), do: render(conn, :index, id: id)\nend'],
  ['html', '<!DOCTYPE html>\n<html lang="en"><!-- a comment --><a href="/x" class="pill">Link &amp; more</a></html>'],
  ['css', '@media (prefers-color-scheme: dark) { .post-card:hover > a::after { color: #7cb7ff !important; } }'],
  ['sql', "SELECT slug, count(*) AS total FROM posts WHERE status = 'published' GROUP BY slug; -- counts"],
  ['bash', '#!/usr/bin/env bash\nfor f in *.md; do grep -q "TODO" "$f" && echo "$f" || exit 1; done'],
  ['json', '{ "name": "musings", "private": true, "version": 1, "files": [null] }'],
  ['yaml', 'services:\n  app:\n    image: musings # built here\n    ports: ["3000:3000"]'],
  ['diff', '--- a/post.md\n+++ b/post.md\n@@ -1 +1 @@\n-old line\n+new line'],
  ['go', 'package main\n\nfunc main() { x := map[string]int{"a": 1}; fmt.Println(x) }'],
  ['rust', '#[derive(Debug)]\nfn main() -> Result<(), Box<dyn Error>> { let name: &str = "x"; println!("{name}"); Ok(()) }'],
  ['java', '@Override\npublic static void main(String[] args) { var list = new ArrayList<String>(); }'],
  ['csharp', 'public async Task<int> CountAsync() { var n = await db.Posts.CountAsync(); return n ?? 0; }'],
];

export const CODE_POST_SLUG = 'code-samples-2016';

/** A post with sections and highlighted code in many languages: the same post for every test that reads it. */
export function insertCodePost(): Promise<string> {
  const body = [
    'Code the way our posts show it.',
    '## Front end',
    ...SAMPLES.slice(0, 7).map(([language, code]) => fence(language, code)),
    '## Back end',
    ...SAMPLES.slice(7).map(([language, code]) => fence(language, code)),
    '## Plain code',
    fence('', 'No language named: stays plain.'),
  ].join('\n\n');
  return insertOldPost('Code samples', body, { slug: CODE_POST_SLUG, publishedAt: '2016-04-01 12:00Z' });
}
