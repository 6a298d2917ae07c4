import 'server-only';
import { and, desc, eq, notInArray, sql } from 'drizzle-orm';
import { db, type Database } from '@/db/client';
import { auditLog, users } from '@/db/schema';

/** A transaction or the pool: audit rows are written in the same transaction as the change they record. */
export type Executor = Pick<Database, 'insert' | 'select' | 'update' | 'delete' | 'execute'>;

export interface AuditEntryInput {
  actorId: number | null;
  /** A dotted verb: `post.create`, `post.publish`, `framework.update`, `user.disable`, … */
  action: string;
  targetType: string;
  targetId?: number | null;
  targetLabel?: string;
  details?: Record<string, unknown>;
}

export async function recordAudit(entry: AuditEntryInput, executor: Executor = db): Promise<void> {
  await executor.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    targetLabel: entry.targetLabel ?? '',
    details: entry.details ?? null,
  });
}

export interface AuditEntry {
  id: number;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: number | null;
  targetLabel: string;
  details: unknown;
  createdAt: Date;
}

export const AUDIT_PER_PAGE = 50;

export interface AuditFilter {
  /** One person's actions only. */
  actorId?: number;
  /** Leave out actions on these kinds of target, e.g. `user` for people who may not manage accounts. */
  excludeTargetTypes?: string[];
}

/** Newest first. */
export async function listAudit(page = 1, filter: AuditFilter = {}): Promise<{ items: AuditEntry[]; total: number }> {
  const rows = await db
    .select({
      id: auditLog.id,
      actorName: users.name,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetLabel: auditLog.targetLabel,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
        filter.excludeTargetTypes?.length ? notInArray(auditLog.targetType, filter.excludeTargetTypes) : undefined,
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PER_PAGE)
    .offset((page - 1) * AUDIT_PER_PAGE);
  return { items: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

/** The dashboard's "recent activity". */
export async function listRecentActivity(limit = 10, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  return (await listAudit(1, filter)).items.slice(0, limit);
}
