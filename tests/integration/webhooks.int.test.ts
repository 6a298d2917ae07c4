import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { seal } from '@/lib/auth/sealed';
import { createPost, emptyTrash, trashPost, updatePost, type EditablePost } from '@/lib/data/post-editing';
import { setCommentStatus } from '@/lib/data/comment-moderation';
import { getFrameworkForEdit, updateFramework } from '@/lib/data/framework-editing';
import { createWebhookEndpoint, listRecentDeliveries, redeliverWebhook } from '@/lib/data/webhooks';
import type { WebhookEventType } from '@/lib/outbox/events';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, verifySignature } from '@/lib/outbox/signature';
import { createWebhookWorker, type WebhookWorker, type WebhookWorkerOptions } from '@/lib/outbox/worker';
import type { PostInput } from '@/lib/validation/post';
import { createTestUser } from '../factories/users';
import { eventually, startReceiver } from '../support/webhook-receiver';

const SECRET = 'whsec_test_secret_for_signatures';
const ALL: WebhookEventType[] = ['post.published', 'post.updated', 'post.unpublished', 'post.deleted', 'comment.approved', 'framework.updated'];
/** Tests run the real schedule's shape in milliseconds. */
const FAST: WebhookWorkerOptions = { pollMs: 20, retryDelaysMs: [20, 20, 20, 20], allowPrivateNetworks: true, timeoutMs: 2000 };

const admin = await createTestUser({ role: 'admin' });
const [category] = await db.execute<{ id: number }>(sql`select id from categories where slug = 'design'`);
let counter = 0;

function postInput(overrides: Partial<PostInput> = {}): PostInput {
  counter += 1;
  return { title: `Hooked ${counter}`, slug: `hooked-${counter}-${Date.now()}`, excerpt: '', categoryId: category!.id, body: 'Body.', status: 'published', publishAt: null, tags: [], ...overrides };
}

async function publish(overrides: Partial<PostInput> = {}): Promise<EditablePost> {
  const result = await createPost(postInput(overrides), admin);
  if (!result.ok) throw new Error(`createPost: ${result.reason}`);
  return result.saved;
}

function endpoint(url: string, events: WebhookEventType[] = ALL) {
  return createWebhookEndpoint({ url, events, sealedSecret: seal(SECRET) }, admin.id);
}

const eventTypes = async () => (await db.execute<{ type: string }>(sql`select type from webhook_events order by created_at, type`)).map((row) => row.type);
const deliveryStates = async () => (await db.execute<{ state: string }>(sql`select state from webhook_deliveries order by id`)).map((row) => row.state);

const workers: WebhookWorker[] = [];
const receivers: Array<{ close(): Promise<void> }> = [];

async function startWorker(options: WebhookWorkerOptions = {}) {
  const worker = createWebhookWorker({ ...FAST, ...options });
  workers.push(worker);
  await worker.start();
  return worker;
}

async function receiver(...args: Parameters<typeof startReceiver>) {
  const started = await startReceiver(...args);
  receivers.push(started);
  return started;
}

beforeEach(async () => {
  await db.execute(sql`delete from webhook_endpoints`);
  await db.execute(sql`delete from webhook_events`);
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  await Promise.all(receivers.splice(0).map((started) => started.close()));
});

describe('the outbox, written in the same transaction as the change', () => {
  it('writes post.published, post.updated, post.unpublished and post.deleted as the post moves for readers', async () => {
    await endpoint('http://127.0.0.1:9/never');
    const post = await publish();
    const updated = await updatePost(post.id, post.version, { ...postInput(), slug: post.slug, title: 'Retitled' }, admin);
    if (!updated.ok) throw new Error('update failed');
    const unpublished = await updatePost(post.id, updated.saved.version, { ...postInput(), slug: post.slug, status: 'draft' }, admin);
    if (!unpublished.ok) throw new Error('unpublish failed');
    await trashPost(post.id, admin);
    await emptyTrash(admin);
    expect(await eventTypes()).toEqual(['post.published', 'post.updated', 'post.unpublished', 'post.deleted']);
  });

  it('writes nothing when the save is refused, and nothing for an event nobody subscribes to', async () => {
    await endpoint('http://127.0.0.1:9/never', ['post.published']);
    const first = await publish();
    const refused = await createPost(postInput({ slug: first.slug }), admin);
    expect(refused).toEqual({ ok: false, reason: 'slug-taken' });
    await updatePost(first.id, first.version, { ...postInput(), slug: first.slug, title: 'Edited' }, admin);
    expect(await eventTypes()).toEqual(['post.published']);
  });

  it('holds a scheduled post’s publication until its time, and withdraws it when the post is unscheduled', async () => {
    await endpoint('http://127.0.0.1:9/never', ['post.published']);
    const soon = await publish({ status: 'scheduled', publishAt: new Date(Date.now() + 60_000) });
    const [row] = await db.execute<{ due_at: string }>(sql`select due_at from webhook_events`);
    expect(new Date(row!.due_at).getTime()).toBe(soon.publishedAt!.getTime());
    await updatePost(soon.id, soon.version, { ...postInput(), slug: soon.slug, status: 'draft' }, admin);
    expect(await eventTypes()).toEqual([]);
  });

  it('announces an approved comment and a saved public framework', async () => {
    await endpoint('http://127.0.0.1:9/never');
    const post = await publish();
    const [comment] = await db.execute<{ id: number }>(sql`
      insert into comments (target_kind, target_id, author_name, email, body, status) values ('post', ${post.id}, 'Reader', 'reader@example.com', 'Nice.', 'pending') returning id`);
    await setCommentStatus([comment!.id], 'approved', admin.id);
    const [framework] = await db.execute<{ id: number }>(sql`select id from frameworks where status = 'published' order by id limit 1`);
    const current = (await getFrameworkForEdit(framework!.id))!;
    await updateFramework(current.id, current.version, { ...current, overview: `${current.overview} Now with hooks.` }, admin.id);
    const rows = await db.execute<{ type: string; payload: Record<string, unknown> }>(sql`select type, payload from webhook_events where type <> 'post.published'`);
    expect(rows.map((row) => row.type).sort()).toEqual(['comment.approved', 'framework.updated']);
    const approved = rows.find((row) => row.type === 'comment.approved')!.payload;
    expect(approved).toMatchObject({ id: comment!.id, authorName: 'Reader', body: 'Nice.', target: { kind: 'post', slug: post.slug } });
    expect(JSON.stringify(approved)).not.toContain('reader@example.com');
  });
});

describe('delivery', () => {
  it('retries a receiver that answers 500 three times, then delivers once it answers 200, signed as documented', async () => {
    const flaky = await receiver((index) => (index < 3 ? 500 : 200));
    await endpoint(flaky.url, ['post.published']);
    await startWorker();
    await publish();
    await eventually(async () => (await deliveryStates())[0] === 'delivered', 'the delivery to succeed');
    expect(flaky.received).toHaveLength(4);
    const ids = new Set(flaky.received.map((request) => request.headers[EVENT_ID_HEADER.toLowerCase()]));
    expect(ids.size).toBe(1);
    for (const request of flaky.received) {
      expect(verifySignature(SECRET, request.body, String(request.headers[SIGNATURE_HEADER.toLowerCase()]))).toBe(true);
      expect(verifySignature('another secret', request.body, String(request.headers[SIGNATURE_HEADER.toLowerCase()]))).toBe(false);
      expect(JSON.parse(request.body)).toMatchObject({ id: [...ids][0], type: 'post.published', data: { title: expect.stringMatching(/^Hooked/) } });
    }
    const [delivery] = await listRecentDeliveries();
    expect(delivery!.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 500, 200]);
    expect(delivery!.attempts[0]!.error).toBe('The receiver answered HTTP 500');
  });

  it('times out a receiver that hangs, retries it, gives up after the schedule, and never slows the edit', async () => {
    const hanging = await receiver(() => 'hang');
    await endpoint(hanging.url, ['post.published', 'post.updated']);
    await startWorker({ timeoutMs: 300, retryDelaysMs: [20] });
    const started = performance.now();
    const post = await publish();
    await updatePost(post.id, post.version, { ...postInput(), slug: post.slug, title: 'Edited while the receiver hangs' }, admin);
    expect(performance.now() - started).toBeLessThan(1000);
    await eventually(async () => (await deliveryStates()).every((state) => state === 'failed'), 'both deliveries to fail');
    const deliveries = await listRecentDeliveries();
    expect(deliveries).toHaveLength(2);
    for (const delivery of deliveries) {
      expect(delivery.attempts.map((attempt) => [attempt.statusCode, attempt.error])).toEqual([
        [null, 'No answer within 0.3 s'],
        [null, 'No answer within 0.3 s'],
      ]);
      expect(delivery.attempts[0]!.durationMs).toBeGreaterThanOrEqual(290);
    }
  });

  it('with two workers on the same outbox, delivers every event exactly once to each endpoint', async () => {
    const first = await receiver();
    const second = await receiver();
    await endpoint(first.url, ['post.published']);
    await endpoint(second.url, ['post.published']);
    const workerA = await startWorker({ concurrency: 3 });
    const workerB = await startWorker({ concurrency: 3 });
    const posts = await Promise.all(Array.from({ length: 30 }, () => publish()));
    await eventually(async () => (await deliveryStates()).filter((state) => state === 'delivered').length === 60, 'all 60 deliveries');
    for (const { received } of [first, second]) {
      const ids = received.map((request) => String(request.headers[EVENT_ID_HEADER.toLowerCase()]));
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(30);
      expect(new Set(received.map((request) => JSON.parse(request.body).data.id))).toEqual(new Set(posts.map((post) => post.id)));
    }
    expect(workerA.attemptsMade + workerB.attemptsMade).toBe(60);
    expect(workerA.attemptsMade).toBeGreaterThan(0);
    expect(workerB.attemptsMade).toBeGreaterThan(0);
  });

  it('redelivers a delivery on request, with the same event id', async () => {
    const target = await receiver();
    await endpoint(target.url, ['post.published']);
    await startWorker();
    await publish();
    await eventually(() => target.received.length === 1, 'the first delivery');
    const [delivery] = await listRecentDeliveries();
    await eventually(async () => (await deliveryStates())[0] === 'delivered', 'it to be recorded');
    expect(await redeliverWebhook(delivery!.id, admin.id)).toEqual({ id: delivery!.id });
    await eventually(() => target.received.length === 2, 'the redelivery');
    expect(target.received[1]!.headers[EVENT_ID_HEADER.toLowerCase()]).toBe(target.received[0]!.headers[EVENT_ID_HEADER.toLowerCase()]);
    await eventually(async () => (await listRecentDeliveries())[0]!.attempts.length === 2, 'the second attempt to be recorded');
    const [audit] = await db.execute<{ action: string }>(sql`select action from audit_log order by id desc limit 1`);
    expect(audit!.action).toBe('webhook.redeliver');
    expect(await redeliverWebhook(999_999, admin.id)).toBeNull();
  });

  it('delivers a scheduled post’s publication once its time comes', async () => {
    const target = await receiver();
    await endpoint(target.url, ['post.published']);
    await startWorker();
    const post = await publish({ status: 'scheduled', publishAt: new Date(Date.now() + 1500) });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(target.received).toHaveLength(0);
    await eventually(() => target.received.length === 1, 'the scheduled publication');
    expect(JSON.parse(target.received[0]!.body).data).toMatchObject({ id: post.id, status: 'scheduled' });
  });

  it('refuses to reach a loopback address unless private networks are allowed', async () => {
    const target = await receiver();
    await endpoint(target.url, ['post.published']);
    await endpoint(target.url.replace('127.0.0.1', 'localhost'), ['post.published']);
    await startWorker({ allowPrivateNetworks: false, retryDelaysMs: [] });
    await publish();
    await eventually(async () => (await deliveryStates()).every((state) => state === 'failed'), 'both deliveries to be refused');
    const errors = (await listRecentDeliveries()).map((delivery) => delivery.attempts[0]!.error);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/127\.0\.0\.1 is a private address/), expect.stringMatching(/localhost resolves to .* a private address/)]));
    expect(target.received).toHaveLength(0);
  });
});
