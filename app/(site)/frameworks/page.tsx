import type { Metadata } from 'next';
import Link from 'next/link';
import { WithSidebar } from '@/app/_components/site-shell';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { FLAGSHIP_POST_SLUG } from '@/lib/data/frameworks';
import { readFrameworkComparison } from '@/lib/reader/frameworks';
import { cacheForReaders } from '@/lib/reader/schedule';

export const metadata: Metadata = pageMetadata({
  title: 'Backend frameworks compared',
  description: 'Laravel, Django, Spring Boot, Ruby on Rails, Express.js, NestJS, Flask, Phoenix, ASP.NET Core and Koa.js side by side: language, year, architecture and what each is best for.',
  path: paths.frameworks(),
});

export default async function FrameworksPage() {
  'use cache';
  await cacheForReaders();
  const { ranked, others } = await readFrameworkComparison();
  return (
    <WithSidebar>
      <h1>Backend frameworks compared</h1>
      <p className="lead">
        The frameworks from our <Link href={paths.post(FLAGSHIP_POST_SLUG)}>Top 10 Backend Frameworks for 2024</Link>, side by side, in the
        order the post ranks them.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Framework comparison table">
        <table>
          <caption className="visually-hidden">Backend frameworks in rank order, by language, first release, architecture and best use</caption>
          <thead>
            <tr>
              <th scope="col">Framework</th>
              <th scope="col">Language</th>
              <th scope="col">Year</th>
              <th scope="col">Architecture</th>
              <th scope="col">Best for</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((framework) => (
              <tr key={framework.slug}>
                <th scope="row">
                  <Link href={paths.framework(framework.slug)}>{framework.name}</Link>
                </th>
                <td>{framework.language}</td>
                <td>{framework.firstReleased}</td>
                <td>{framework.architecture}</td>
                <td>{framework.bestFor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {others.length > 0 && (
        <section aria-labelledby="other-frameworks">
          <h2 id="other-frameworks">Other frameworks</h2>
          <p>Frameworks with a page of their own that the Top 10 does not rank.</p>
          <ul>
            {others.map((framework) => (
              <li key={framework.slug}>
                <Link href={paths.framework(framework.slug)}>{framework.name}</Link> ({framework.language})
              </li>
            ))}
          </ul>
        </section>
      )}
    </WithSidebar>
  );
}
