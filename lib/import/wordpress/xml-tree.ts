import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { SaxesParser } from 'saxes';
import { formatBytes } from '@/lib/media/limits';
import { ImportRefusal } from '../errors';

/** A WordPress export of a large blog is tens of MB; past this the file is refused unread. */
export const MAX_EXPORT_BYTES = 500 * 1024 * 1024;

/** One XML element: its attributes, its text (CDATA included) and its child elements. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}

export function childText(element: XmlElement, name: string): string {
  return child(element, name)?.text ?? '';
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((candidate) => candidate.name === name);
}

/**
 * Reads an XML file as a stream and hands each element at `depth` (1 = the root's children) to
 * `onElement` once it is complete, keeping nothing else: a 500 MB export never sits in memory as
 * one tree. The root's name goes to `onRoot` before anything else.
 *
 * Entities are never expanded: saxes does not read a DOCTYPE's internal subset, and a DOCTYPE is
 * refused outright, so a billion-laughs file fails at its first line instead of filling memory.
 */
export async function streamXmlElements(
  file: string,
  depth: number,
  handlers: { onRoot: (name: string) => void; onElement: (element: XmlElement) => void },
  maxBytes = MAX_EXPORT_BYTES,
): Promise<void> {
  const size = (await stat(file).catch(() => null))?.size;
  if (size === undefined) throw new ImportRefusal(`${file}: no such file.`);
  if (size > maxBytes) throw new ImportRefusal(`${file} is ${formatBytes(size)}; the import limit is ${formatBytes(maxBytes)}.`);
  if (size === 0) throw new ImportRefusal(`${file} is empty.`);

  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  parser.on('doctype', () => {
    throw new ImportRefusal('The file declares a DOCTYPE. WordPress exports have none, and its entity declarations could expand into gigabytes (an XML bomb), so it is refused.');
  });
  parser.on('opentag', (tag) => {
    if (stack.length === 0) handlers.onRoot(tag.name);
    stack.push({ name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: [] });
  });
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = stack.pop()!;
    if (stack.length === depth) handlers.onElement(element);
    else if (stack.length > depth) stack.at(-1)!.children.push(element);
  });
  parser.on('error', (error) => {
    throw error;
  });

  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) parser.write(chunk as string);
    parser.close();
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/unclosed|unexpected end/i.test(message)) throw new ImportRefusal(`The file ends before its XML does (truncated?): ${message}`);
    if (/undefined entity/i.test(message)) throw new ImportRefusal(`The file uses an entity that is not defined (entities are not expanded): ${message}`);
    throw new ImportRefusal(`The file is not well-formed XML: ${message}`);
  }
}
