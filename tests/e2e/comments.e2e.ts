import { expect, test } from '@playwright/test';
import { withDatabase } from './support/accounts';
import { commentBox, commentFromOwnAddress, fillComment, knownCommenter, postAfterFillTime, seedComment, unique } from './support/comments';

// Readers' side of comments. Each test comments on its own page and from its
// own address, so parallel tests never share a thread or a rate limit.
commentFromOwnAddress();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader comments: errors keep the text, then the comment awaits moderation', async ({ page }) => {
    const body = `No-script comment ${unique()} with \`<code>\` in it`;
    await page.goto('/blog/design-systems-for-small-teams');
    await fillComment(page, { body: `${body} <b>bold?</b>`, name: 'No Script', email: 'noscript@example.com' });
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByText('Comment contains HTML tags, which are not allowed.')).toBeVisible();
    await expect(commentBox(page)).toHaveValue(`${body} <b>bold?</b>`);

    await commentBox(page).fill(body);
    await page.getByRole('button', { name: 'Post comment' }).click();
    // The cached page cannot carry a fresh fill-time token, so the first send asks once more.
    await expect(page.getByText('Almost there: to keep spam out')).toBeVisible();
    await expect(commentBox(page)).toHaveValue(body);
    await postAfterFillTime(page);
    await expect(page.getByText('Thank you, No Script! Your comment is awaiting moderation')).toBeVisible();
    await expect(page.locator('.comment-body', { hasText: body })).toHaveCount(0);
  });

  test('a known commenter lands on their published comment', async ({ page }) => {
    const person = await knownCommenter();
    const body = `Published without JavaScript ${unique()}`;
    await page.goto('/blog/email-newsletters-people-actually-open');
    await fillComment(page, { body, ...person });
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByText('Almost there')).toBeVisible();
    await postAfterFillTime(page);
    await expect(page).toHaveURL(/#comment-\d+$/);
    const id = page.url().split('#comment-')[1]!;
    await expect(page.locator(`#comment-${id}`)).toContainText(body);
    await expect(page.getByRole('heading', { name: '1 comment', exact: true })).toBeVisible();
  });
});

test('with JavaScript: inline errors keep the text, a known commenter is published without a reload', async ({ page }) => {
  const person = await knownCommenter();
  await page.goto('/blog/keeping-dependencies-up-to-date-without-breaking-things');
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
  const marker = unique();
  const body = `Comment with **JavaScript** ${marker}`;
  await fillComment(page, { body, name: '   ', email: person.email });
  await postAfterFillTime(page);
  await expect(page.getByText('Name is required.')).toBeVisible();
  await expect(commentBox(page)).toHaveValue(body);

  await page.getByRole('textbox', { name: 'Name' }).fill(person.name);
  await page.getByRole('button', { name: 'Post comment' }).click();
  const comment = page.locator('.comment', { hasText: `Comment with JavaScript ${marker}` });
  await expect(comment).toBeVisible();
  await expect(comment.locator('strong')).toHaveText('JavaScript');
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  // The count in post lists follows.
  await page.goto('/');
  await expect(page.getByRole('article', { name: 'Keeping Dependencies Up to Date Without Breaking Things' }).getByRole('link', { name: '1 comment' })).toBeVisible();
  // The next comment form, on any page, already knows who is writing: kept in this browser, not in a cookie.
  await page.goto('/blog/local-seo-basics-for-small-businesses');
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(person.name);
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveValue(person.email);
  expect((await page.context().cookies()).map((cookie) => cookie.value).join(' ')).not.toContain(person.email);
});

test('a reply thread nests, three levels deep at most', async ({ page }) => {
  const person = await knownCommenter();
  const root = await seedComment('laravel', { kind: 'framework', name: 'Root Author', email: 'root@example.com', body: `Root ${unique()}` });
  const second = await seedComment('laravel', { kind: 'framework', name: 'Second Author', email: 'second@example.com', body: 'Second level', parentId: root, depth: 2 });
  const third = await seedComment('laravel', { kind: 'framework', name: 'Third Author', email: 'third@example.com', body: 'Third level', parentId: second, depth: 3 });

  // Straight to the reply page: the thread page may be cached from before these rows were inserted.
  await page.goto(`/frameworks/laravel/reply/${third}`);
  await expect(page.getByRole('heading', { name: 'Reply to Third Author' })).toBeVisible();
  const body = `Reply past the deepest level ${unique()}`;
  await fillComment(page, { body, ...person });
  await postAfterFillTime(page);
  await expect(page).toHaveURL(/\/frameworks\/laravel#comment-\d+$/);
  // Nested ordered lists: root > second > (third, and the reply beside it).
  const level3 = page.locator(`#comment-${root} > ol > li#comment-${second} > ol > li`);
  await expect(level3).toHaveCount(2);
  await expect(level3.nth(1)).toContainText(body);
  await expect(page.locator(`#comment-${third}`).getByRole('link', { name: 'Reply to Third Author' })).toHaveAttribute('href', `/frameworks/laravel/reply/${third}`);
});

test('a long thread is paginated, oldest first, on pages of its own', async ({ page }) => {
  const slug = 'welcome-to-our-three-new-team-members';
  const person = await knownCommenter();
  await withDatabase(
    (sql) => sql`
      insert into comments (target_kind, target_id, author_name, email, body, status, created_at)
      select 'post', p.id, 'Reader ' || n, 'paged' || n || '@example.com', 'Paged comment number ' || n, 'approved', timestamptz '2025-01-01' + n * interval '1 minute'
      from posts p, generate_series(1, 59) as n where p.slug = ${slug}`,
  );
  // The sixtieth, published at once, lands on the second page (and refreshes the cached thread).
  await page.goto(`/blog/${slug}`);
  const body = `The sixtieth comment ${unique()}`;
  await fillComment(page, { body, ...person });
  await postAfterFillTime(page);
  await expect(page).toHaveURL(new RegExp(`/blog/${slug}/comments/2#comment-\\d+$`));
  await expect(page.locator('.comment-body:visible').last()).toHaveText(body);
  await expect(page.locator('.comment-body:visible').first()).toHaveText('Paged comment number 51');
  await expect(page.locator('.comment-body:visible')).toHaveCount(10);
  await expect(page.getByText('Comment page 2 of 2').locator('visible=true')).toBeVisible();
  await page.getByRole('link', { name: '← Earlier comments' }).click();
  await expect(page.getByRole('heading', { name: '60 comments' })).toBeVisible();
  await expect(page.locator('.comment-body:visible').first()).toHaveText('Paged comment number 1');
  await expect(page.locator('.comment-body:visible')).toHaveCount(50);
});

test('hitting the rate limit shows a friendly message and keeps the text', async ({ page }) => {
  const email = `busy-${unique()}@example.com`;
  // Four recent submissions from this address already (the per-address limit).
  await withDatabase((sql) => sql`insert into rate_limit_attempts (key) select ${`comment:email:${email}`} from generate_series(1, 4)`);
  await page.goto('/blog/partnering-with-inkwell-print-studio');
  const body = `One comment too many ${unique()}`;
  await fillComment(page, { body, name: 'Busy Reader', email });
  await postAfterFillTime(page);
  await expect(page.getByRole('alert').filter({ hasText: 'You have posted several comments in the last few minutes' })).toBeVisible();
  await expect(commentBox(page)).toHaveValue(body);
});
