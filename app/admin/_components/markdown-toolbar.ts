/** One toolbar action: what replaces the selection, and what is selected afterwards (offsets into the replacement). */
export interface Edit {
  text: string;
  select: [number, number];
  /** Replace this range instead of the selection (a heading or list acts on whole lines). */
  from?: number;
  to?: number;
}

export type MarkdownAction = 'bold' | 'link' | 'heading' | 'list' | 'code';

/** Start of the line the offset is on. */
function lineStart(value: string, offset: number): number {
  return value.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The Markdown a toolbar button writes around the selection (or a placeholder
 * when nothing is selected), chosen so the author can go on typing: the
 * placeholder or the link's address is selected afterwards.
 */
export function markdownEdit(action: MarkdownAction, value: string, start: number, end: number): Edit {
  const selected = value.slice(start, end);
  switch (action) {
    case 'bold': {
      const inner = selected || 'bold text';
      return { text: `**${inner}**`, select: [2, 2 + inner.length] };
    }
    case 'link': {
      const label = selected || 'link text';
      return { text: `[${label}](https://)`, select: [label.length + 3, label.length + 11] };
    }
    case 'code': {
      if (selected.includes('\n')) {
        const block = `\`\`\`\n${selected.replace(/\n$/, '')}\n\`\`\``;
        return { text: block, select: [3, 3] };
      }
      const inner = selected || 'code';
      return { text: `\`${inner}\``, select: [1, 1 + inner.length] };
    }
    case 'heading':
    case 'list': {
      const from = lineStart(value, start);
      const lineEnd = value.indexOf('\n', end);
      const to = lineEnd === -1 ? value.length : lineEnd;
      const lines = value.slice(from, to).split('\n');
      const prefix = action === 'heading' ? '## ' : '- ';
      const text = lines.map((line) => (line.startsWith(prefix) ? line : `${prefix}${line.replace(/^#+ |^- /, '')}`)).join('\n');
      return { text, select: [text.length, text.length], from, to };
    }
  }
}
