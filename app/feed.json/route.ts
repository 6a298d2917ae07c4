import { feedResponse } from '@/lib/http/feed-response';

export function GET(): Promise<Response> {
  return feedResponse({ kind: 'all' }, 'json');
}
