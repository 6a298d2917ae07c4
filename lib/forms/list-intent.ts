/**
 * Ordered-list editing that works without JavaScript: each list button is a
 * submit button named `intent` whose value says what to do, e.g.
 * `list:pros:add`, `list:pros:remove:2`, `list:pros:up:2`. The action applies
 * it to the submitted values and re-renders the form; the client list applies
 * the same function to its state without a round trip.
 */
export type ListOperation = { op: 'add' } | { op: 'remove' | 'up' | 'down'; index: number };

export const listIntent = {
  add: (list: string) => `list:${list}:add`,
  remove: (list: string, index: number) => `list:${list}:remove:${index}`,
  up: (list: string, index: number) => `list:${list}:up:${index}`,
  down: (list: string, index: number) => `list:${list}:down:${index}`,
};

export function parseListIntent(intent: string): { list: string; operation: ListOperation } | null {
  const match = /^list:([A-Za-z][\w-]*):(add|remove|up|down)(?::(\d{1,4}))?$/.exec(intent);
  if (!match) return null;
  const [, list, op, index] = match;
  if (op === 'add') return index === undefined ? { list: list!, operation: { op: 'add' } } : null;
  if (index === undefined) return null;
  return { list: list!, operation: { op: op as 'remove' | 'up' | 'down', index: Number(index) } };
}

/** A new list with the operation applied; out-of-range moves leave it as it was. */
export function applyListOperation<T>(items: readonly T[], operation: ListOperation, blank: T): T[] {
  const next = [...items];
  if (operation.op === 'add') {
    next.push(blank);
    return next;
  }
  const { index } = operation;
  if (index < 0 || index >= next.length) return next;
  if (operation.op === 'remove') {
    next.splice(index, 1);
    return next;
  }
  const target = operation.op === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
