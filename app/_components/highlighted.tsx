import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/data/search';

/** Turns the search snippet's markers into <mark> elements; the text itself stays escaped by React. */
export function Highlighted({ snippet }: { snippet: string }) {
  const parts = snippet.split(HIGHLIGHT_START);
  return (
    <>
      {parts[0]}
      {parts.slice(1).map((part, index) => {
        const [marked = '', rest = ''] = part.split(HIGHLIGHT_END);
        return (
          <span key={index}>
            <mark>{marked}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
