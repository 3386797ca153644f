/**
 * The sitemap leaves out every page that asks not to be indexed, reading the
 * built page itself (src/integrations/indexable-pages.ts).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { asksNotToBeIndexed, indexablePage } from '../../src/integrations/indexable-pages.ts';

test('a robots meta tag with noindex (or none), in any spelling, asks not to be indexed', () => {
  assert.equal(asksNotToBeIndexed('<head><meta name="robots" content="noindex"></head>'), true);
  assert.equal(asksNotToBeIndexed('<meta content="NOINDEX, follow" name=Robots>'), true);
  assert.equal(asksNotToBeIndexed("<meta name='robots' content='none'>"), true);
});

test('a page without it, or with other robots directives, is indexable', () => {
  assert.equal(asksNotToBeIndexed('<head><meta name="description" content="noindex is a word here"></head>'), false);
  assert.equal(asksNotToBeIndexed('<meta name="robots" content="nofollow">'), false);
  assert.equal(asksNotToBeIndexed('<p>noindex</p>'), false);
});

test('the filter reads each page from the build, under the base path', () => {
  const out = mkdtempSync(join(tmpdir(), 'indexable-'));
  for (const [path, html] of [
    ['offline', '<meta name="robots" content="noindex">'],
    ['request-response', '<meta name="robots" content="noindex">'],
    ['en/request', '<title>Request</title>'],
  ] as const) {
    mkdirSync(join(out, path), { recursive: true });
    writeFileSync(join(out, path, 'index.html'), html);
  }
  writeFileSync(join(out, 'index.html'), '<title>Acasă</title>');
  const keep = indexablePage(out, '/docs/');
  assert.equal(keep('https://example.org/docs/'), true);
  assert.equal(keep('https://example.org/docs/en/request/'), true);
  assert.equal(keep('https://example.org/docs/offline/'), false);
  assert.equal(keep('https://example.org/docs/request-response/'), false);
  // Something the sitemap found that is not a page folder of ours stays listed.
  assert.equal(keep('https://example.org/docs/feed.xml'), true);
});
