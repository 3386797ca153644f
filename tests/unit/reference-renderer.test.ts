import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Heading } from 'mdast';
import { locales } from '../../src/data/locale.ts';
import { referenceKinds } from '../../src/reference/kinds.ts';
import { markdown, type ReferenceNode } from '../../src/reference/markdown.ts';

const headingIds = (nodes: ReferenceNode[]) =>
  nodes
    .filter((n): n is Heading => 'type' in n && n.type === 'heading')
    .map((h) => String(h.data?.hProperties?.id));

for (const [kind, reference] of Object.entries(referenceKinds)) {
  test(`${kind}: both locales render exactly the declared anchors, in order, without duplicates`, () => {
    const declared = reference.anchors();
    assert.equal(new Set(declared).size, declared.length, 'duplicate anchor');
    for (const locale of locales) assert.deepEqual(headingIds(reference.render(locale)), declared, locale);
  });
}

test('inline Markdown from data cannot open JSX or an expression in MDX pages', () => {
  assert.equal(markdown('Bearer <token> {x}').raw, 'Bearer &lt;token> &#123;x}');
  assert.equal(markdown('`<b>` and {y}').raw, '`<b>` and &#123;y}');
});
