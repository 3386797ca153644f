import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countKinds, hitsPerPage, kindOf, rankPages, type PagefindPage, type PagefindSubResult } from '../../src/components/search/rank.ts';

/** A sub-result whose matching words scored `scores` (Pagefind's `balanced_score` per word). */
function sub(id: string | undefined, scores: number[]): PagefindSubResult {
  return {
    title: id ?? 'Page',
    url: id ? `/page/#${id}` : '/page/',
    excerpt: '',
    ...(id ? { anchor: { id } } : {}),
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  };
}

function page(url: string, subs: PagefindSubResult[], filters: Record<string, string[]> = {}): PagefindPage {
  return { url, meta: { title: url }, filters, sub_results: subs };
}

// What Pagefind returned for "Content-Type" on the request page, in page order: three sections
// that mention the header often, then the header's entry, whose heading weighs most.
const requestPage = page(
  '/en/request/',
  [sub('request-anatomy', [200, 200, 200]), sub('on-the-wire', [200, 200]), sub('request-headers', [200, 200, 200, 200]), sub('content-type', [20205, 200, 200])],
  { kind: ['header', 'request-option'], header: ['content-type', 'accept'], 'request-option': ['option-json'] },
);

test('a page shows its hits best first, by the sum of Pagefind\'s scores, not in page order', () => {
  const [ranked] = rankPages([requestPage]);
  assert.deepEqual(
    ranked?.hits.map((hit) => hit.url),
    ['/page/#content-type', '/page/#request-headers', '/page/#request-anatomy'],
  );
  assert.equal(ranked?.hits.length, hitsPerPage);
});

test('pages come in the order of their best hit; Pagefind\'s order breaks ties', () => {
  // The first page mentions the word everywhere; the second has the entry named by it.
  const mentions = page('/sockets/', [sub('bind', [1000]), sub('connect', [800]), sub('notes-server', [500])]);
  const entry = page('/request/', [sub('host', [20405])], { header: ['host'] });
  const tieA = page('/a/', [sub('x', [300])]);
  const tieB = page('/b/', [sub('y', [300])]);
  assert.deepEqual(
    rankPages([mentions, tieA, entry, tieB]).map((p) => p.url),
    ['/request/', '/sockets/', '/a/', '/b/'],
  );
});

test('a hit\'s kind comes from the filter named after it; the rest is a page section', () => {
  const [contentType, intro, anatomy] = [sub('content-type', [1]), sub(undefined, [1]), sub('request-anatomy', [1])];
  assert.equal(kindOf(requestPage, contentType!), 'header');
  assert.equal(kindOf(requestPage, intro!), 'page');
  assert.equal(kindOf(requestPage, anatomy!), 'page');
});

test('choosing kinds keeps only their hits and drops pages left without any', () => {
  const other = page('/crud/', [sub('crud-client', [900])]);
  const ranked = rankPages([requestPage, other], new Set(['header']));
  assert.deepEqual(ranked.map((p) => p.url), ['/en/request/']);
  assert.deepEqual(ranked[0]?.hits.map((hit) => hit.kind), ['header']);
  assert.deepEqual(
    rankPages([requestPage, other], new Set(['page'])).map((p) => [p.url, p.hits.length]),
    [['/crud/', 1], ['/en/request/', 3]],
  );
});

test('kind counts cover every hit of every page, not just the ones shown', () => {
  const counts = countKinds([requestPage]);
  assert.equal(counts.get('header'), 1);
  assert.equal(counts.get('page'), 3);
  assert.equal(counts.has('protocol'), false);
});
