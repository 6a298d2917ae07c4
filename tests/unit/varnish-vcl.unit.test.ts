import { readFile, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compileVcl, loopbackVcl, VCL_PATH, writeLoopbackVcl } from '@/scripts/varnish';

describe('deploy/varnish/musings.vcl', () => {
  it('compiles with Varnish 7 and vmod xkey, as the tests and the bench run it (loopback backends)', async () => {
    const { dir, file } = await writeLoopbackVcl([3000, 3001]);
    try {
      expect(() => compileVcl(file)).not.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // varnishd -C runs the C compiler: seconds on a busy 2-core machine.
  }, 60_000);

  it('keeps the compose backends (app1..3 behind a director) in the shipped file, and only those are swapped', async () => {
    const shipped = await readFile(VCL_PATH, 'utf8');
    for (const name of ['app1', 'app2', 'app3']) expect(shipped).toContain(`backend ${name} { .host = "${name}"; .port = "3000";`);
    const local = await loopbackVcl([4000]);
    expect(local).toContain('backend app1 { .host = "127.0.0.1"; .port = "4000";');
    expect(local).not.toContain('.host = "app2"');
    const rules = (vcl: string) => vcl.slice(vcl.indexOf('# END backends'));
    expect(rules(local)).toBe(rules(shipped));
  });
});
