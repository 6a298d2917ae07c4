import { describe, expect, it } from 'vitest';
import { describeUserAgent } from '@/lib/user-agent';

describe('a session named by its browser', () => {
  it('names the browser and the system of common browsers', () => {
    expect(describeUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')).toBe('Chrome on Linux');
    expect(describeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0')).toBe('Edge on Windows');
    expect(describeUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1')).toBe('Safari on iOS');
    expect(describeUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 14.0; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox on macOS');
  });

  it('says it does not know rather than guessing', () => {
    expect(describeUserAgent('')).toBe('An unknown browser');
    expect(describeUserAgent('curl/8.5.0')).toBe('An unknown browser');
  });
});
