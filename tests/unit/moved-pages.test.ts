/**
 * Moved pages (src/moved-pages.ts): every anchor of the new pages is reached
 * from the old address, on the page that holds it, in both locales; the old
 * page's slug no longer exists as a docs page; the new ones do.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { destinationFor, destinationsOf, localizedPath, movedAnchors, movedPages } from '../../src/moved-pages.ts';
import { sourceAnchors } from '../../src/reference/page-anchors.ts';
import { pageSource } from '../lib/page-anchors.ts';
import { locales, pageSlugs } from '../lib/site.ts';

for (const moved of movedPages) {
  describe(`${moved.from} → ${moved.to.join(', ')}`, () => {
    test('the old slug is no docs page any more; every new page exists in both locales', () => {
      assert.ok(!pageSlugs.includes(moved.from), `${moved.from}.mdx still exists`);
      for (const slug of moved.to) assert.ok(pageSlugs.includes(slug), `${slug}.mdx is missing`);
      assert.ok(existsSync(new URL(`../../src/pages/[...locale]/${moved.from}.astro`, import.meta.url)), 'the redirect page is missing');
    });

    for (const locale of locales) {
      test(`${locale.code}: each anchor goes to the page that holds it; none or an unknown one to the first page`, () => {
        const destinations = destinationsOf(moved, locale.code, (slug) => pageSource(slug, locale.prefix));
        const anchors = movedAnchors(destinations);
        assert.ok(anchors.length > 0);
        for (const anchor of anchors) {
          const slug = destinationFor(destinations, anchor);
          assert.ok(sourceAnchors(pageSource(slug, locale.prefix), locale.code).all.includes(anchor), `#${anchor} is not on ${slug}`);
          const to: readonly string[] = moved.to;
          const earlier = to.slice(0, to.indexOf(slug));
          for (const other of earlier) {
            assert.ok(!destinations.find((d) => d.slug === other)?.anchors.includes(anchor), `#${anchor} should go to ${other}`);
          }
        }
        assert.equal(destinationFor(destinations, ''), moved.to[0]);
        assert.equal(destinationFor(destinations, 'no-such-anchor'), moved.to[0]);
      });
    }
  });
}

test('request-response: a few anchors known from the old page land where their content went', () => {
  const known = {
    request: ['request', 'request-anatomy', 'on-the-wire', 'option-timeout', 'content-type', 'cache-control', 'x-forwarded-for', 'upload-a-file', 'try-it', 'try-login', 'try-timeout'],
    response: ['response', 'response-on-the-wire', 'response-attributes', 'attr-json', 'response-headers', 'set-cookie', 'x-frame-options', 'location', 'try-response', 'try-redirects'],
  };
  const moved = movedPages.find((page) => page.from === 'request-response');
  assert.ok(moved);
  for (const locale of locales) {
    const destinations = destinationsOf(moved, locale.code, (slug) => pageSource(slug, locale.prefix));
    for (const [slug, anchors] of Object.entries(known)) {
      for (const anchor of anchors) assert.equal(destinationFor(destinations, anchor), slug, `${locale.code} #${anchor}`);
    }
  }
});

test('paths follow the locale and the base path', () => {
  assert.equal(localizedPath('/', 'ro', 'request'), '/request/');
  assert.equal(localizedPath('/', 'en', 'response'), '/en/response/');
  assert.equal(localizedPath('/docs/', 'en', 'request'), '/docs/en/request/');
  assert.equal(localizedPath('/docs', 'ro', 'request'), '/docs/request/');
});
