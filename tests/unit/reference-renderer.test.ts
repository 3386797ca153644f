import assert from 'node:assert/strict';
import { test } from 'node:test';
import { locales } from '../../src/data/locale.ts';
import { anchorsOf, headingIds } from '../../src/reference/anchors.ts';
import { referenceKinds } from '../../src/reference/kinds.ts';
import { markdown, titledAside } from '../../src/reference/markdown.ts';

for (const [kind, reference] of Object.entries(referenceKinds)) {
  test(`${kind}: both locales render the same anchors, in the same order, without duplicates`, () => {
    const [first, ...others] = locales.map((locale) => anchorsOf(reference, locale));
    assert.ok(first);
    assert.equal(new Set(first).size, first.length, 'duplicate anchor');
    for (const other of others) assert.deepEqual(other, first);
  });

  test(`${kind}: no heading hides in raw Markdown, where its anchor would not be counted`, () => {
    for (const locale of locales) {
      for (const node of reference.render(locale)) {
        if ('raw' in node) assert.doesNotMatch(node.raw, /^#{1,6} /m, locale);
      }
    }
  });
}

test('anchors are read from nested headings too, and a heading without an id is refused', () => {
  const heading = (id: string) => ({ type: 'heading', depth: 3, data: { hProperties: { id } }, children: [] });
  assert.deepEqual(headingIds([heading('a'), { type: 'blockquote', children: [heading('b')] }, { raw: '', mdxExpressions: true }]), ['a', 'b']);
  assert.throws(() => headingIds([{ type: 'heading', depth: 2, children: [] }]), /no id/);
});

test('inline Markdown from data cannot open JSX or an expression in MDX pages', () => {
  assert.equal(markdown('Bearer <token> {x}').raw, 'Bearer &lt;token> &#123;x}');
  assert.equal(markdown('`<b>` and {y}').raw, '`<b>` and &#123;y}');
});

test('a titled aside escapes its title and body, and leaves braces in code alone', () => {
  const aside = titledAside('note', 'See [a] {b}', 'Send `data={"a": 1}`, not {a}.');
  assert.equal(aside.raw, ':::note[See \\[a\\] &#123;b}]\nSend `data={"a": 1}`, not &#123;a}.\n:::');
  // Literal-brace mode would rewrite the braces inside the code span.
  assert.equal(aside.mdxExpressions, true);
});
