import type { FrameworkDetail } from '@/lib/data/types';
import { Markdown } from './markdown';

function ItemList({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * Overview, pros, cons, best use cases and key features: shared by the Top 10
 * post's sections and the framework's own page. `headingLevel` keeps the
 * outline right in both (h3 under a section's h2, h2 on the page).
 */
export function FrameworkBody({ framework, headingLevel }: { framework: FrameworkDetail; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const hasUseCases = framework.bestUseCasesSummary !== null || framework.bestUseCases.length > 0;
  return (
    <>
      <Markdown source={framework.overview} />
      <div className="pros-cons">
        <div>
          <Heading>Pros</Heading>
          <ItemList items={framework.pros} />
        </div>
        <div>
          <Heading>Cons</Heading>
          <ItemList items={framework.cons} />
        </div>
      </div>
      {hasUseCases && (
        <>
          <Heading>Best Use Cases</Heading>
          {framework.bestUseCasesSummary && <p>{framework.bestUseCasesSummary}</p>}
          {framework.bestUseCases.length > 0 && <ItemList items={framework.bestUseCases} />}
        </>
      )}
      <Heading>Key Features</Heading>
      <ItemList items={framework.keyFeatures} />
    </>
  );
}

export function FrameworkFacts({ framework }: { framework: FrameworkDetail }) {
  const facts = [
    ['Language', framework.language],
    ['First released', String(framework.firstReleased)],
    ['Created by', framework.creator],
    ['Architecture', framework.architecture],
  ] as const;
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}:</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
