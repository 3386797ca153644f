/**
 * One copy of each inline stylesheet per page: a repeat of an earlier
 * `<style>` (same attributes, same text) goes; anything that differs stays,
 * and nothing inside `<noscript>` or `<template>` counts either way.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropRepeatedStyles } from '../../src/repeated-styles.ts';

const ec = '<style>.expressive-code{color:red}</style>';

test('a repeated stylesheet goes, the first copy stays where it was', () => {
  const html = `<p>a</p><div>${ec}<pre>1</pre></div><p>b</p><div>${ec}<pre>2</pre></div>`;
  assert.equal(dropRepeatedStyles(html), `<p>a</p><div>${ec}<pre>1</pre></div><p>b</p><div><pre>2</pre></div>`);
});

test('stylesheets that differ in text or attributes all stay', () => {
  const html = `${ec}<style>.expressive-code{color:blue}</style><style media="print">.expressive-code{color:red}</style>`;
  assert.equal(dropRepeatedStyles(html), html);
});

test('copies inside noscript or template neither go nor stand in for a later one', () => {
  const noscript = `<noscript>${ec}</noscript>`;
  const template = `<template>${ec}</template>`;
  assert.equal(dropRepeatedStyles(`${noscript}${template}${ec}${ec}`), `${noscript}${template}${ec}`);
  assert.equal(dropRepeatedStyles(`${noscript}${noscript}`), `${noscript}${noscript}`);
});

test('a page without styles comes back unchanged', () => {
  const html = '<!doctype html><html><head><title>t</title></head><body><p>x</p></body></html>';
  assert.equal(dropRepeatedStyles(html), html);
});

