/**
 * Every reference entry placed on a page (`::reference{kind="..."}`) has its
 * anchor on that page in both locales, and every page carries the same
 * heading anchors in Romanian and English, so a link to `#404` or
 * `#content-type` works whichever language the reader is in.
 */
import { readFileSync } from 'node:fs';
import { anchorsOf } from '../../src/reference/anchors.ts';
import { referenceKinds } from '../../src/reference/kinds.ts';
import { locales, pagePath, pageSlugs } from '../lib/site.ts';
import { expect, test } from './fixtures.ts';

const [ro, en] = locales;
const docsDir = new URL('../../src/content/docs/', import.meta.url);

function kindsPlacedOn(slug: string, prefix: string): string[] {
  const source = readFileSync(new URL(`${prefix}${slug || 'index'}.mdx`, docsDir), 'utf8');
  return [...source.matchAll(/^::reference\{kind="([^"]+)"\}/gm)].map((m) => m[1] ?? '');
}

const headingIds = (page: import('@playwright/test').Page) =>
  page.locator('.sl-markdown-content :is(h2, h3, h4)[id]').evaluateAll((els) => els.map((e) => e.id));

for (const slug of pageSlugs) {
  test(`/${pagePath(ro, slug)} and /${pagePath(en, slug)} carry the same anchors, including every reference entry`, async ({
    page,
  }) => {
    const kinds = kindsPlacedOn(slug, ro.prefix);
    expect(kindsPlacedOn(slug, en.prefix), 'both locales place the same reference kinds').toEqual(kinds);
    const expected = kinds.flatMap((kind) => {
      const reference = referenceKinds[kind];
      return reference ? anchorsOf(reference, 'ro') : [`unknown kind ${kind}`];
    });

    await page.goto(pagePath(ro, slug));
    const roIds = await headingIds(page);
    await page.goto(pagePath(en, slug));
    const enIds = await headingIds(page);

    expect(roIds).toEqual(expect.arrayContaining(expected));
    expect(enIds).toEqual(roIds);
  });
}
