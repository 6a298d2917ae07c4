import Link from 'next/link';
import type { RankedFramework } from '@/lib/data/types';
import type { OutlineEntry } from '@/lib/markdown/render';
import { paths } from '@/lib/paths';
import { FrameworkBody, FrameworkFacts } from './framework-body';

/** The ranked sections as table-of-contents entries: each section's id is the framework's slug. */
export function rankedOutline(frameworks: RankedFramework[]): OutlineEntry[] {
  return frameworks.map((framework) => ({ depth: 2, text: framework.name, id: framework.slug }));
}

/** One numbered section per framework, in rank order; a draft framework's section has no link, since its page is not public yet. */
export function RankedFrameworkSections({ frameworks }: { frameworks: RankedFramework[] }) {
  return frameworks.map((framework) => (
    <section key={framework.slug} id={framework.slug} className="framework-section" aria-labelledby={`${framework.slug}-heading`}>
      <h2 id={`${framework.slug}-heading`}>
        Framework #{framework.position}: {framework.name}
      </h2>
      <FrameworkFacts framework={framework} />
      <FrameworkBody framework={framework} headingLevel={3} />
      {framework.published && (
        <p>
          <Link href={paths.framework(framework.slug)}>
            More about {framework.name} →
          </Link>
        </p>
      )}
    </section>
  ));
}
