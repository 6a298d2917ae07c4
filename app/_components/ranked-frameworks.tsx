import Link from 'next/link';
import type { RankedFramework } from '@/lib/data/types';
import { paths } from '@/lib/paths';
import { FrameworkBody, FrameworkFacts } from './framework-body';

export function RankedFrameworksToc({ frameworks }: { frameworks: RankedFramework[] }) {
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">Table of contents</h2>
      <ol>
        {frameworks.map((framework) => (
          <li key={framework.slug}>
            <a href={`#${framework.slug}`}>{framework.name}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** One numbered section per framework, in rank order. */
export function RankedFrameworkSections({ frameworks }: { frameworks: RankedFramework[] }) {
  return frameworks.map((framework) => (
    <section key={framework.slug} id={framework.slug} className="framework-section" aria-labelledby={`${framework.slug}-heading`}>
      <h2 id={`${framework.slug}-heading`}>
        Framework #{framework.position}: {framework.name}
      </h2>
      <FrameworkFacts framework={framework} />
      <FrameworkBody framework={framework} headingLevel={3} />
      <p>
        <Link href={paths.framework(framework.slug)}>
          More about {framework.name} →
        </Link>
      </p>
    </section>
  ));
}
