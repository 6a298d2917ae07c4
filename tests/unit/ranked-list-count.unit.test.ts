import { describe, expect, it } from 'vitest';
import { promisedCount } from '@/lib/ranked-list';

describe('the number of entries a ranking post’s title promises', () => {
  it('reads "Top N" in any case, and nothing else', () => {
    expect(promisedCount('Top 10 Backend Frameworks for Web Development in 2024')).toBe(10);
    expect(promisedCount('Our top 3 picks')).toBe(3);
    expect(promisedCount('The best frameworks of 2024')).toBeNull();
    expect(promisedCount('Topology 101')).toBeNull();
  });
});
