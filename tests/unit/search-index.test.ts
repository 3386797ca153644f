/**
 * What the reference renderers give Pagefind to index: every entry heading
 * says what kind of entry it is and weighs more than the prose around it,
 * summary tables stay out of the index, and each kind of result has a label
 * in both languages.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Heading } from 'mdast';
import { kindLabels } from '../../src/components/search/strings.ts';
import { translator } from '../../src/i18n.ts';
import { locales } from '../../src/data/locale.ts';
import { protocolById } from '../../src/data/protocols.ts';
import { referenceKinds } from '../../src/reference/kinds.ts';
import { referenceAnchors } from '../lib/page-anchors.ts';
import { pageSlugs } from '../lib/site.ts';
import type { ReferenceNode } from '../../src/reference/markdown.ts';
import { isOwnPort } from '../../src/reference/protocols.ts';
import { entryHeadingWeight, entryKinds, searchKinds } from '../../src/reference/search.ts';

const headings = (nodes: ReferenceNode[]) => nodes.filter((n): n is Heading => 'type' in n && n.type === 'heading');
const props = (heading: Heading) => (heading.data?.hProperties ?? {}) as Record<string, string>;

/** The kinds of entry each reference kind's headings carry, read from what it renders in each locale. */
const renderedKinds = new Map(
  Object.entries(referenceKinds).map(([name, reference]) => [
    name,
    new Set(
      locales.flatMap((locale) =>
        headings(reference.render(locale))
          .filter((h) => h.depth === 3)
          .map((h) => /\bkind:([\w-]+)$/.exec(props(h)['data-pagefind-filter'] ?? '')?.[1] ?? ''),
      ),
    ),
  ]),
);

/** The UI strings of each locale, as written in `src/content/i18n/<locale>.json`. */
const uiStrings = Object.fromEntries(
  locales.map((locale) => [
    locale,
    JSON.parse(readFileSync(new URL(`../../src/content/i18n/${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>,
  ]),
);

test('the search offers every kind an entry heading carries, and each entry kind is rendered by some reference kind', () => {
  const carried = new Set([...renderedKinds.values()].flatMap((kinds) => [...kinds]));
  for (const kind of carried) {
    assert.ok(kind, 'an entry heading (h3) carries no kind');
    assert.ok((entryKinds as readonly string[]).includes(kind), `an entry heading carries the kind "${kind}", which is not an entry kind`);
    assert.ok((searchKinds as readonly string[]).includes(kind), `the search filter does not offer "${kind}"`);
  }
  assert.deepEqual([...carried].sort(), [...entryKinds].sort(), 'an entry kind that no reference kind renders');
  // Sections written by hand carry no entry kind: the filter offers them as `page`.
  assert.ok((searchKinds as readonly string[]).includes('page'), 'the search filter does not offer sections written by hand');
  assert.ok(!(entryKinds as readonly string[]).includes('page'));
  assert.deepEqual([...searchKinds].sort(), [...entryKinds, 'page'].sort(), 'the search filter offers a kind no result can have');
});

test('every kind of result has its search.kind.<kind> label in both languages, and no label is left over', () => {
  for (const locale of locales) {
    const labels = Object.keys(uiStrings[locale] ?? {}).filter((key) => key.startsWith('search.kind.') && key !== 'search.kind.legend');
    assert.deepEqual(
      labels.sort(),
      searchKinds.map((kind) => `search.kind.${kind}`).sort(),
      `src/content/i18n/${locale}.json: search.kind labels and the kinds of result differ`,
    );
  }
});

test('every kind of result has a label and the filter a name, non-empty and different in each language', () => {
  const [ro, en] = locales.map((locale) => kindLabels(locale));
  for (const kind of searchKinds) {
    const roLabel = ro?.[kind as keyof typeof ro];
    const enLabel = en?.[kind as keyof typeof en];
    assert.ok(roLabel?.trim() && enLabel?.trim(), `${kind}: missing label`);
    assert.notEqual(roLabel, enLabel, `${kind}: the same label in both languages`);
  }
  assert.equal(new Set(Object.values(ro ?? {})).size, searchKinds.length, 'two kinds share a Romanian label');
  assert.equal(new Set(Object.values(en ?? {})).size, searchKinds.length, 'two kinds share an English label');
  assert.notEqual(translator('ro')('search.kind.legend'), translator('en')('search.kind.legend'));
});

for (const [name, reference] of Object.entries(referenceKinds)) {
  // A reference kind renders entries of one kind, or (a summary table) no entry heading at all.
  const [kind, ...more] = renderedKinds.get(name) ?? [];
  test(`${name}: entry headings carry their kind and a weight above an h3's`, () => {
    assert.deepEqual(more, [], `${name} renders entries of several kinds: ${[kind, ...more].join(', ')}`);
    // Reference kinds are named after their entries (`request-headers` renders `header` entries),
    // so a renderer that tags its entries with another kind shows as a mismatch here.
    if (kind) assert.ok(name.endsWith(`${kind}s`), `${name} renders entries of kind ${kind}`);
    for (const locale of locales) {
      const entries = headings(reference.render(locale)).filter((h) => h.depth === 3);
      if (!kind) {
        assert.deepEqual(entries, [], `${name} is not an entry kind but renders h3 headings`);
        continue;
      }
      assert.ok(entries.length > 0, `${name} renders no entry`);
      for (const heading of entries) {
        const { id, 'data-pagefind-filter': filter, 'data-pagefind-weight': weight } = props(heading);
        assert.equal(filter, `${kind}[id], kind:${kind}`, `${locale} #${id}`);
        assert.ok(Number(weight) > 5 && Number(weight) <= 10, `${locale} #${id}: weight ${weight}`);
      }
    }
  });

  test(`${name}: no summary table is searchable, and none is written as raw Markdown`, () => {
    for (const locale of locales) {
      for (const node of reference.render(locale)) {
        if ('raw' in node) assert.doesNotMatch(node.raw, /^\s*\|.*\|\s*$/m, `${locale}: a Markdown table Pagefind would index`);
        else if (node.type === 'table') assert.ok(node.data?.hProperties && 'data-pagefind-ignore' in node.data.hProperties, `${locale}: a searchable table`);
      }
    }
  });
}

test('an entry heading weighs less as it grows, never less than an h3', () => {
  assert.equal(entryHeadingWeight('Content-Type'), 10);
  assert.equal(entryHeadingWeight('TLS over TCP'), 6.67);
  assert.ok(entryHeadingWeight('TCP') > entryHeadingWeight('TLS over TCP'));
  assert.ok(entryHeadingWeight('Address already in use') > 5);
});

test('a port is weighted as the protocol\'s own only where it belongs to it', () => {
  const port = (id: Parameters<typeof protocolById>[0], number: number) => {
    const protocol = protocolById(id);
    const found = protocol.ports.find((p) => p.number === number);
    assert.ok(found, `${id} has no port ${number}`);
    return isOwnPort(protocol, found);
  };
  assert.equal(port('ssh', 22), true);
  assert.equal(port('sftp', 22), false, 'SFTP runs inside SSH, on its port');
  assert.equal(port('dns', 53), true);
  assert.equal(port('dnssec', 53), false, 'DNSSEC extends DNS, on its port');
  assert.equal(port('imaps', 993), true);
  assert.equal(port('https', 443), true);
  assert.equal(port('smtps', 465), true);
});

test('anchors of entries are unique on each page, whatever their kind', () => {
  const pages = new Map<string, string[]>();
  for (const locale of ['', 'en/']) {
    for (const file of pageSlugs.map((slug) => slug || 'index')) {
      const source = readFileSync(new URL(`../../src/content/docs/${locale}${file}.mdx`, import.meta.url), 'utf8');
      const kinds = [...source.matchAll(/^::reference\{kind="([^"]+)"\}/gm)].map((m) => m[1] ?? '');
      pages.set(`${locale}${file}`, kinds.flatMap((k) => referenceAnchors(k, locale === 'en/' ? 'en' : 'ro')));
    }
  }
  for (const [page, anchors] of pages) {
    assert.equal(new Set(anchors).size, anchors.length, `${page}: an anchor repeats, search could not tell its entries apart`);
  }
});
