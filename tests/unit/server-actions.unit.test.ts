import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Every exported action of every 'use server' module, with its body: a function declared, or one the wrapper built. */
function serverActions(): Array<{ file: string; name: string; body: string }> {
  return ['app', 'lib'].flatMap((dir) =>
    sourceFiles(path.join(ROOT, dir))
      .map((file) => ({ file: path.relative(ROOT, file), source: readFileSync(file, 'utf8') }))
      .filter(({ source }) => /^\s*['"]use server['"];/m.test(source))
      .flatMap(({ file, source }) => {
        const exports = [...source.matchAll(/export (?:async function (\w+)\s*\(|const (\w+) = )/g)];
        return exports.map((match, i) => ({
          file,
          name: (match[1] ?? match[2])!,
          body: source.slice(match.index, exports[i + 1]?.index ?? source.length),
        }));
      }),
  );
}

describe('Server Actions', () => {
  const actions = serverActions();

  it('are found (the scan itself works)', () => {
    expect(actions.map((action) => action.name)).toEqual(expect.arrayContaining(['submitQuoteRequest', 'signInAction', 'signOutAction']));
  });

  it('are built through the action wrapper, which checks the arguments before the body runs (lib/auth/define-action.ts)', () => {
    const consts = actions.filter((action) => action.body.startsWith('export const'));
    expect(consts.map((action) => action.name)).toEqual(expect.arrayContaining(['postComment', 'submitQuoteRequest', 'signOutAction', 'savePostAction']));
    expect(consts.filter((action) => !/^export const \w+ = (staffAction|publicAction)\(/.test(action.body)).map((action) => `${action.file}: ${action.name}`)).toEqual([]);
  });

  it('that still take a form as a declared function check it is one before reading it, so a call with other arguments is a 404, not a 500', () => {
    const formActions = actions.filter((action) => /^export async function \w+\([^)]*\bformData: FormData\)/.test(action.body));
    const unchecked = formActions
      .filter((action) => !/^[^{]*\{\s*requireFormData\(formData\);/.test(action.body))
      .map((action) => `${action.file}: ${action.name}`);
    expect(unchecked).toEqual([]);
  });
});
