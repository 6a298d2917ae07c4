/** A short reminder of the Markdown the site renders; a <details>, so it needs no script and stays out of the way. */
export function MarkdownCheatSheet() {
  const rows: Array<[string, string]> = [
    ['**bold**, *italic*', 'bold, italic'],
    ['[text](https://example.com)', 'a link'],
    ['## Heading', 'a section heading (### for a smaller one)'],
    ['- item', 'a bulleted list (1. for a numbered one)'],
    ['`code`', 'inline code'],
    ['```js … ```', 'a code block, on lines of its own'],
    ['> quote', 'a quotation'],
    ['![alt text](/media/…)', 'an image; the alt text describes it'],
    ['| a | b |', 'a table, with a |---|---| line under the header'],
  ];
  return (
    <details className="markdown-cheat-sheet">
      <summary>Markdown cheat sheet</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">For</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([typed, meaning]) => (
            <tr key={typed}>
              <td>
                <code>{typed}</code>
              </td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
