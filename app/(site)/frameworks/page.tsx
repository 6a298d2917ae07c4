import type { Metadata } from 'next';
import Link from 'next/link';
import { WithSidebar } from '@/app/_components/site-shell';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { readFrameworks } from '@/lib/reader/frameworks';
import { cacheForReaders } from '@/lib/reader/schedule';

export const metadata: Metadata = pageMetadata({
  title: 'Backend frameworks compared',
  description: 'Laravel, Django, Spring Boot, Ruby on Rails, Express.js, NestJS, Flask, Phoenix, ASP.NET Core and Koa.js side by side: language, year, architecture and what each is best for.',
  path: paths.frameworks(),
});

export default async function FrameworksPage() {
  'use cache';
  await cacheForReaders();
  const frameworks = await readFrameworks();
  return (
    <WithSidebar>
      <h1>Backend frameworks compared</h1>
      <p className="lead">
        The frameworks from our <Link href={paths.post('top-10-backend-frameworks-2024')}>Top 10 Backend Frameworks for 2024</Link>, side by
        side.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Framework comparison table">
        <table>
          <caption className="visually-hidden">Backend frameworks by language, first release, architecture and best use</caption>
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
            {frameworks.map((framework) => (
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
    </WithSidebar>
  );
}
