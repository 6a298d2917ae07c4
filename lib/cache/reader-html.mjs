// @ts-check
/**
 * Reader pages are HTML documents that never hydrate (decision 012): they
 * read, navigate and submit their forms without JavaScript. Next.js still
 * writes its client runtime into them - a dozen chunk scripts, their
 * preloads, and the page's RSC payload again as inline scripts - which is
 * most of the bytes and all of the main-thread work. The page cache hands
 * readers the document without those parts, plus our one small script for
 * the forms on pages that have one.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildStylesheets } from '../http/build-stylesheets.mjs';

/** The implicit tags Next.js gives every page under app/(site), and the 404 of an unmatched address. */
export const READER_TAGS = ['_N_T_/(site)/layout', '_N_T_/_not-found'];

/** Our own progressive enhancement, for pages with a form marked `data-enhance`. */
export const READER_SCRIPT = '/reader-forms.js';

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const DATA_SCRIPT = /\btype="application\/ld\+json"/;
const STYLESHEET = /<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="(\/_next\/static\/[^"?]+\.css)(?:\?[^"]*)?"[^>]*\/?>/g;
const STYLE_PRELOAD = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="style")[^>]*\bhref="(\/_next\/static\/[^"?]+\.css)(?:\?[^"]*)?"[^>]*\/?>/g;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script"|[^>]*\brel="modulepreload")[^>]*\/?>/g;
/**
 * A Suspense boundary still pending when the HTML was written leaves its
 * content hidden for a script to reveal; such a page needs the runtime.
 */
const NEEDS_RUNTIME = /<!--\$\?-->|<template\b|hidden id="S:|id="__next_error__"/;

/**
 * The document without Next's scripts, or null when its shape says it needs
 * them (the e2e tier pins that no reader page is left with the runtime).
 * @param {string} html
 * @returns {string | null}
 */
export function withoutClientRuntime(html) {
  if (NEEDS_RUNTIME.test(html)) return null;
  const stripped = inlineStylesheets(html.replace(SCRIPT, (tag, attributes) => (DATA_SCRIPT.test(attributes) ? tag : '')).replace(SCRIPT_PRELOAD, ''));
  if (!stripped.includes('data-enhance=')) return stripped;
  return stripped.replace('</head>', `<script src="${READER_SCRIPT}" defer></script></head>`);
}

/**
 * The build's stylesheets written into the document (lib/http/build-stylesheets.mjs):
 * the first paint then waits for nothing but the HTML.
 * @param {string} html
 */
export function inlineStylesheets(html, stylesheets = buildStylesheets()) {
  const inlined = html.replace(STYLESHEET, (tag, href) => {
    const css = stylesheets.get(href);
    return css === undefined ? tag : `<style>${css}</style>`;
  });
  return inlined.replace(STYLE_PRELOAD, (tag, href) => (stylesheets.has(href) ? '' : tag));
}

const ERROR_DOCUMENT = 'id="__next_error__"';

/** @type {string | null | undefined} */
let notFoundDocument;

/**
 * Next.js 16.4 writes the 404 of a page that calls notFound() as an empty
 * error document whose content only its client runtime renders (vercel/next.js
 * #98954); an unmatched address gets the real not-found page, which `next build`
 * prerenders. That page has no data of its own (header, message, search form),
 * so it stands in for every reader 404.
 * @returns {string | null}
 */
function readNotFoundDocument() {
  if (notFoundDocument === undefined) {
    try {
      notFoundDocument = withoutClientRuntime(readFileSync(path.join(process.cwd(), '.next', 'server', 'app', '_not-found.html'), 'utf8'));
    } catch {
      notFoundDocument = null;
    }
  }
  return notFoundDocument;
}

/**
 * Strips the runtime from a reader page's cache entry in place: the response
 * cache serves the very object it stores, so the first reader after an edit
 * gets the same light document as every later one.
 * @param {any} value an APP_PAGE entry
 * @param {string[]} tags
 */
export function lightenReaderPage(value, tags) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || !READER_TAGS.some((tag) => tags.includes(tag))) return;
  const light = value.status === 404 && value.html.includes(ERROR_DOCUMENT) ? readNotFoundDocument() : withoutClientRuntime(value.html);
  if (light !== null) value.html = light;
}
