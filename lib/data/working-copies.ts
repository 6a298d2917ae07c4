import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { workingCopies } from '@/db/schema';
import { recordAudit, type Executor } from './audit';
import type { TypedFields } from '@/lib/validation/working-copy';
import type { RevisionKind } from './revisions';

/** An editor's unsaved fields as typed, and the version they were typed on. */
export interface WorkingCopy {
  baseVersion: number;
  fields: TypedFields;
  updatedAt: Date;
}

type Owner = { kind: RevisionKind; itemId: number; userId: number };

const ownedBy = ({ kind, itemId, userId }: Owner) => and(eq(workingCopies.kind, kind), eq(workingCopies.itemId, itemId), eq(workingCopies.userId, userId));

export async function getWorkingCopy(owner: Owner): Promise<WorkingCopy | null> {
  const [row] = await db
    .select({ baseVersion: workingCopies.baseVersion, fields: workingCopies.fields, updatedAt: workingCopies.updatedAt })
    .from(workingCopies)
    .where(ownedBy(owner));
  return row ? { ...row, fields: row.fields as TypedFields } : null;
}

/**
 * Autosave: keeps the fields as typed, replacing this person's earlier copy.
 * No revision and no change readers see. The first copy of a stretch of
 * editing is audited; the ones every few seconds after it are not, or the
 * log would drown in them.
 */
export async function keepWorkingCopy(owner: Owner, baseVersion: number, fields: TypedFields, label: string): Promise<Date> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ baseVersion: workingCopies.baseVersion }).from(workingCopies).where(ownedBy(owner)).for('update');
    const [row] = await tx
      .insert(workingCopies)
      .values({ ...owner, baseVersion, fields })
      .onConflictDoUpdate({ target: [workingCopies.kind, workingCopies.itemId, workingCopies.userId], set: { baseVersion, fields, updatedAt: new Date() } })
      .returning({ updatedAt: workingCopies.updatedAt });
    if (!existing) {
      await recordAudit({ actorId: owner.userId, action: `${owner.kind}.autosave`, targetType: owner.kind, targetId: owner.itemId, targetLabel: label, details: { baseVersion } }, tx);
    }
    return row!.updatedAt;
  });
}

/** Called by every save in its transaction: what was kept is now a revision. */
export async function dropWorkingCopy(owner: Owner, executor: Executor = db): Promise<boolean> {
  const dropped = await executor.delete(workingCopies).where(ownedBy(owner)).returning({ itemId: workingCopies.itemId });
  return dropped.length > 0;
}

/** "Discard changes": the editor goes back to the saved version. */
export async function discardWorkingCopy(owner: Owner, label: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (await dropWorkingCopy(owner, tx)) {
      await recordAudit({ actorId: owner.userId, action: `${owner.kind}.discard_changes`, targetType: owner.kind, targetId: owner.itemId, targetLabel: label }, tx);
    }
  });
}

/** With the item, when it is deleted for good. */
export async function deleteWorkingCopies(kind: RevisionKind, itemId: number, executor: Executor): Promise<void> {
  await executor.delete(workingCopies).where(and(eq(workingCopies.kind, kind), eq(workingCopies.itemId, itemId)));
}
