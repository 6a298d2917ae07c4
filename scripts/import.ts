/**
 * npm run import -- wordpress FILE.xml [--media DIR]
 *
 * Imports a WordPress export (Tools → Export → All content) into this site's database in one
 * transaction, and prints what it did, what it left out and why (docs/decisions/027-importing.md).
 * DIR is a copy of the old site's wp-content/uploads; without it, images are fetched only from
 * this machine. Run it again after editing on WordPress: it updates, it does not duplicate.
 */
import { parseArgs } from 'node:util';
import { ImportRefusal } from '@/lib/import/errors';
import { formatReport } from '@/lib/import/report';
import { importWordpress } from '@/lib/import/wordpress/import';

const USAGE = 'Usage: npm run import -- wordpress FILE.xml [--media DIR]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { media: { type: 'string' } } });
  const [format, file] = positionals;
  if (format !== 'wordpress' || !file || positionals.length > 2) {
    console.error(format && format !== 'wordpress' ? `Unknown format “${format}”: only wordpress is supported.\n${USAGE}` : USAGE);
    return 2;
  }
  const started = performance.now();
  const report = await importWordpress(file, { mediaDir: values.media });
  console.log(formatReport(report, (performance.now() - started) / 1000));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ImportRefusal ? `Import refused, nothing was written: ${error.message}` : error);
    process.exit(1);
  },
);
