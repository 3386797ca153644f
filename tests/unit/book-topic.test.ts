/**
 * A topic page made into a chapter of the printed book (src/print/book-topic.ts):
 * ids prefixed and every reference to them with them, links to other topics
 * kept inside the book, headings one level down, islands untouched.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookChapterHtml } from '../../src/print/book-topic.ts';

const links = { topic: 'crud', topics: ['crud', 'status-codes'], pagePrefix: '/en/' };

test('ids get the topic as a prefix, and so does every attribute that names them', () => {
  const html = bookChapterHtml(
    '<div id="self-check"><label for="q1">Q</label><input id="q1" aria-describedby="q1-hint q1-note"><p id="q1-hint"></p><a href="#self-check">up</a></div>',
    links,
  );
  assert.equal(
    html,
    '<div id="crud--self-check"><label for="crud--q1">Q</label><input id="crud--q1" aria-describedby="crud--q1-hint crud--q1-note"><p id="crud--q1-hint"></p><a href="#crud--self-check">up</a></div>',
  );
});

test('a link to a topic in the book, or to its entry, stays in the book; other links do not change', () => {
  const html = bookChapterHtml(
    '<a href="/en/status-codes/#404">404</a><a href="/en/status-codes/">codes</a><a href="/en/sockets/">sockets</a><a href="https://developer.mozilla.org/">MDN</a><a href="/downloads/socket-starter.zip">zip</a>',
    links,
  );
  assert.equal(
    html,
    '<a href="#status-codes--404">404</a><a href="#topic-status-codes">codes</a><a href="/en/sockets/">sockets</a><a href="https://developer.mozilla.org/">MDN</a><a href="/downloads/socket-starter.zip">zip</a>',
  );
});

test('headings move one level down, each once, with the classes that style them', () => {
  const html = bookChapterHtml('<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2></div><h3 id="b">B</h3><h5>E</h5><h6>F</h6>', links);
  assert.equal(html, '<div class="sl-heading-wrapper level-h3"><h3 id="crud--a">A</h3></div><h4 id="crud--b">B</h4><h6>E</h6><h6>F</h6>');
});

test('islands are left as React rendered them', () => {
  const island = '<astro-island uid="x" props="{}"><div id="r0-editor" aria-controls="r0-panel"><h2>in</h2></div></astro-island>';
  assert.equal(bookChapterHtml(`<p id="p"></p>${island}<p id="q"></p>`, links), `<p id="crud--p"></p>${island}<p id="crud--q"></p>`);
});
