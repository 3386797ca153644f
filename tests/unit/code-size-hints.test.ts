/**
 * The Expressive Code plugin that writes each code block's size (lines, and
 * characters of its longest line) on its `<code>`, for the browser to hold
 * before it lays the code out; wrapped blocks, whose height depends on the
 * screen, get none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from '@astrojs/starlight/expressive-code/hast';
import { addSizeHint, codeSize } from '../../src/integrations/code-size-hints.ts';

test('a block\'s size is its line count and its longest line; a wrapped block has none', () => {
  assert.deepEqual(codeSize(['const a = 1;', '', 'console.log(a);'], false), { rows: 3, columns: 15, firstColumns: 12 });
  assert.deepEqual(codeSize([''], false), { rows: 1, columns: 0, firstColumns: 0 });
  assert.equal(codeSize(['a very long line that would wrap on a phone'], true), undefined);
});

const block = (code: Element): Element => ({
  type: 'element',
  tagName: 'figure',
  properties: { className: ['frame'] },
  children: [{ type: 'element', tagName: 'pre', properties: { dataLanguage: 'ts' }, children: [code] }],
});

test('the size goes on the <pre>\'s <code>, next to any style it has', () => {
  const plain: Element = { type: 'element', tagName: 'code', properties: {}, children: [] };
  assert.equal(addSizeHint(block(plain), { rows: 4, columns: 52, firstColumns: 50 }), true);
  assert.equal(plain.properties.style, '--code-rows:4;--code-columns:52;--code-first-columns:50');

  const styled: Element = { type: 'element', tagName: 'code', properties: { style: '--x:1;' }, children: [] };
  addSizeHint(block(styled), { rows: 2, columns: 9, firstColumns: 9 });
  assert.equal(styled.properties.style, '--x:1;--code-rows:2;--code-columns:9;--code-first-columns:9');
});

test('a block without code is left alone', () => {
  const figure: Element = { type: 'element', tagName: 'figure', properties: {}, children: [{ type: 'text', value: 'x' }] };
  assert.equal(addSizeHint(figure, { rows: 1, columns: 1, firstColumns: 1 }), false);
  assert.deepEqual(figure.properties, {});
});
