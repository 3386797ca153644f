/**
 * The Expressive Code plugin that drops token spans adding nothing visible:
 * only a span whose colour is the code's own in every theme, or whose text is
 * spaces, loses its element; its text stays, in order, merged with its
 * neighbours. Anything else a span carries keeps it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, ElementContent } from '@astrojs/starlight/expressive-code/hast';
import { isPlainToken, tokenColours, unwrapPlainTokens } from '../../src/integrations/plain-code-tokens.ts';

/** Dark theme first, light second, as Starlight orders them. */
const code = ['#d6deeb', '#403f53'];

const text = (value: string): ElementContent => ({ type: 'text', value });
const span = (style: string | undefined, children: ElementContent[], extra: Record<string, unknown> = {}): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { ...(style === undefined ? {} : { style }), ...extra },
  children,
});
const line = (...children: ElementContent[]): Element => ({ type: 'element', tagName: 'div', properties: { className: ['code'] }, children });

test('tokenColours reads colours per theme and refuses anything else', () => {
  assert.deepEqual(tokenColours('--0:#D6DEEB;--1:#403F53'), new Map([[0, '#d6deeb'], [1, '#403f53']]));
  assert.equal(tokenColours('--0:#D6DEEB;--0fs:italic;--1:#403F53'), undefined);
  assert.equal(tokenColours('--0:#D6DEEB;--1bg:#fff'), undefined);
  assert.equal(tokenColours('color:red'), undefined);
});

test('a token in the code colour in every theme, or made of spaces, is plain', () => {
  assert.equal(isPlainToken(span('--0:#D6DEEB;--1:#403F53', [text('url')]), code), true);
  assert.equal(isPlainToken(span('--0:#C792EA;--1:#8844AE', [text('  ')]), code), true);
});

test('a token that differs anywhere, or carries more than colour, keeps its span', () => {
  // The code colour in the dark theme only.
  assert.equal(isPlainToken(span('--0:#D6DEEB;--1:#8844AE', [text('const')]), code), false);
  // A colour for one theme only: the other theme would lose it.
  assert.equal(isPlainToken(span('--0:#D6DEEB', [text('x')]), code), false);
  // Italic, even on spaces (an underline or background would show).
  assert.equal(isPlainToken(span('--0:#D6DEEB;--0fs:italic;--1:#403F53', [text('// note')]), code), false);
  assert.equal(isPlainToken(span('--0:#D6DEEB;--1:#403F53;--1td:underline', [text(' ')]), code), false);
  // A class, another attribute, an element inside, no style, another tag.
  assert.equal(isPlainToken(span('--0:#D6DEEB;--1:#403F53', [text('x')], { className: ['mark'] }), code), false);
  assert.equal(isPlainToken(span('--0:#D6DEEB;--1:#403F53', [text('x')], { title: 'hint' }), code), false);
  assert.equal(isPlainToken(span('--0:#D6DEEB;--1:#403F53', [span('--0:#C792EA;--1:#8844AE', [text('x')])]), code), false);
  assert.equal(isPlainToken(span(undefined, [text('x')]), code), false);
  assert.equal(isPlainToken({ ...span('--0:#D6DEEB;--1:#403F53', [text('x')]), tagName: 'mark' }, code), false);
});

test('unwrapping keeps the text in order, merges neighbouring text and leaves coloured tokens alone', () => {
  const keyword = span('--0:#C792EA;--1:#8844AE', [text('const')]);
  const tree = line(keyword, span('--0:#C792EA;--1:#8844AE', [text(' ')]), span('--0:#D6DEEB;--1:#403F53', [text('url')]), text(' = '), span('--0:#ECC48D;--1:#984E4D', [text("'/users'")]));
  assert.equal(unwrapPlainTokens(tree, code), 2);
  assert.deepEqual(tree.children, [keyword, text(' url = '), span('--0:#ECC48D;--1:#984E4D', [text("'/users'")])]);
});

test('unwrapping reaches tokens nested in other elements', () => {
  const inner = line(span('--0:#D6DEEB;--1:#403F53', [text('a')]), span('--0:#D6DEEB;--1:#403F53', [text('b')]));
  const block: Element = { type: 'element', tagName: 'pre', properties: {}, children: [inner] };
  assert.equal(unwrapPlainTokens(block, code), 2);
  assert.deepEqual(inner.children, [text('ab')]);
});
