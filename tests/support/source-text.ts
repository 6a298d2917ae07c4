import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The original article, kept beside the repository in ../shared (CI has it there too). */
export const SOURCE_PATH = process.env.SOURCE_CONTENT_PATH ?? path.resolve(import.meta.dirname, '../../../shared/content/top-10-backend-frameworks-2024.txt');

const TITLE = 'Top 10 Backend Frameworks for Web Development in 2024';
const LABELS = ['Best Use Cases:', 'Key Features:'];

export const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function sourceAvailable(): boolean {
  return existsSync(SOURCE_PATH);
}

function sourceLines(): string[] {
  return readFileSync(SOURCE_PATH, 'utf8').split('\n').map(normalize);
}

/**
 * Every line of article text between the title and the byline, with bullets
 * and the "Best Use Cases:" / "Key Features:" labels stripped: the words the
 * site must carry.
 */
export function articleLines(): string[] {
  const lines = sourceLines();
  const start = lines.indexOf(TITLE);
  const end = lines.findIndex((line) => line.startsWith('Posted By Annie at'));
  if (start < 0 || end < 0) throw new Error(`Cannot find the article in ${SOURCE_PATH}`);
  return lines
    .slice(start + 1, end)
    .filter((line) => line && !LABELS.includes(line) && !line.startsWith('Framework #'))
    .map((line) => {
      let text = line.replace(/^•\s*/, '');
      for (const label of LABELS) if (text.startsWith(label)) text = text.slice(label.length).trim();
      return text;
    })
    .filter(Boolean);
}

/** Each framework's bullet lists in source order: pros, cons, [use cases], key features. */
export function frameworkBulletLists(): string[][][] {
  const lines = sourceLines();
  const sections: string[][] = [];
  for (const line of lines.slice(lines.indexOf(TITLE) + 1, lines.findIndex((l) => l.startsWith('Posted By Annie at')))) {
    if (line.startsWith('Framework #')) sections.push([]);
    else sections.at(-1)?.push(line);
  }
  return sections.map((section) => {
    const runs: string[][] = [];
    let current: string[] | null = null;
    for (const line of section) {
      if (line.startsWith('•')) {
        if (!current) runs.push((current = []));
        current.push(line.replace(/^•\s*/, ''));
      } else if (line !== '' || current?.length) {
        current = null;
      }
    }
    return runs;
  });
}

/** Site chrome from the original page that the site must show too (the dead Google+ and Disqus aside). */
export const CHROME_LINES = [
  'Web Marketing',
  'Request a Quote',
  'Musings on design, development, and digital marketing',
  'Blogs by Categories',
  'Blogs by Years',
  'Recent Posts',
  'News and Events',
  'News and information of our company, projects, partnerships, staff and community.',
  'Show All',
  'Share on Facebook',
  'Pin It',
];
