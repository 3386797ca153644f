import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Heading } from 'mdast';
import { markdown } from '../../src/reference/markdown.ts';
import { renderStatusCodes } from '../../src/reference/status-codes.ts';

const headingIds = (nodes: ReturnType<typeof renderStatusCodes>) =>
  nodes
    .filter((n): n is Heading => 'type' in n && n.type === 'heading')
    .map((h) => String(h.data?.hProperties?.id));

test('status codes render the same anchors, in the same order, in both locales', () => {
  const ro = headingIds(renderStatusCodes('ro'));
  const en = headingIds(renderStatusCodes('en'));
  assert.deepEqual(ro, en);
  assert.ok(ro.includes('404') && ro.includes('4xx'));
  assert.equal(new Set(ro).size, ro.length, 'duplicate anchor');
});

test('inline Markdown from data cannot open JSX or an expression in MDX pages', () => {
  assert.equal(markdown('Bearer <token> {x}').raw, 'Bearer &lt;token> &#123;x}');
  assert.equal(markdown('`<b>` and {y}').raw, '`<b>` and &#123;y}');
});
