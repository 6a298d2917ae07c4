import { readFileSync } from 'node:fs';

// Read at build time only: the page is prerendered to static HTML.
const html = readFileSync(process.env.BASELINE_HTML_FILE ?? '', 'utf8');

export default function Page() {
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
