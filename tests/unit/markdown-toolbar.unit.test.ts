import { describe, expect, it } from 'vitest';
import { markdownEdit } from '@/app/admin/_components/markdown-toolbar';

describe('the Markdown toolbar', () => {
  it('wraps the selection in bold, or writes a placeholder to type over', () => {
    expect(markdownEdit('bold', 'say hi now', 4, 6)).toEqual({ text: '**hi**', select: [2, 4] });
    expect(markdownEdit('bold', '', 0, 0)).toEqual({ text: '**bold text**', select: [2, 11] });
  });

  it('makes a link and selects its address', () => {
    const edit = markdownEdit('link', 'see docs', 4, 8);
    expect(edit.text).toBe('[docs](https://)');
    expect(edit.text.slice(...edit.select)).toBe('https://');
  });

  it('fences several lines as a code block, one line as inline code', () => {
    expect(markdownEdit('code', 'a\nb', 0, 3).text).toBe('```\na\nb\n```');
    expect(markdownEdit('code', 'x npm ci y', 2, 8)).toEqual({ text: '`npm ci`', select: [1, 7] });
  });

  it('turns whole lines into a heading or list items, from the start of the first line', () => {
    expect(markdownEdit('heading', 'intro\nTitle here\nmore', 9, 9)).toEqual({ text: '## Title here', select: [13, 13], from: 6, to: 16 });
    expect(markdownEdit('list', 'one\ntwo', 1, 7)).toEqual({ text: '- one\n- two', select: [11, 11], from: 0, to: 7 });
    expect(markdownEdit('heading', '- item', 0, 6).text).toBe('## item');
  });
});
