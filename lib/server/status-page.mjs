// @ts-check
/**
 * The few pages the server answers before any route renders (a 503 in an
 * outage, a 410 for an ended preview, a 403 for a section not yours): plain,
 * readable HTML that loads nothing, so it works whatever else is broken.
 */

/** Such a page loads nothing at all. */
export const STATUS_PAGE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * @param {{ title: string, paragraphs: string[], link: { href: string, text: string } }} page
 * @returns {string}
 */
export function statusPage({ title, paragraphs, link }) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title} — Musings</title></head>
<body>
<main>
<h1>${title}</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
<p><a href="${link.href}">${link.text}</a></p>
</main>
</body>
</html>
`;
}
