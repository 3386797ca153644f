/**
 * Search lands on the answer: each query below is typed into the real search
 * modal of the built site, and the first hit the reader sees (the first
 * result row under the first page) must be the expected entry, in the
 * language of the page the search was opened from. Queries marked `top3` are
 * genuinely ambiguous (the same word names two entries); for them the
 * expected entry must be among the first three hits, or, when the two
 * entries live on different pages, the best hit of one of the first two pages.
 *
 * One line per query: locale, what the reader types, expected page/#anchor.
 */
import { locales, pagePath, type TestLocale } from '../lib/site.ts';
import { wcagViolations } from './axe.ts';
import type { Page } from '@playwright/test';
import { expect, gotoWithTheme, test } from './fixtures.ts';

const top3 = 'top3';
type Query = readonly [locale: 'ro' | 'en', query: string, expected: `${string}/#${string}`, ambiguous?: typeof top3];

export const queries: readonly Query[] = [
  // Protocols, by name
  ['en', 'TCP', 'network-protocols/#tcp'],
  ['en', 'UDP', 'network-protocols/#udp'],
  ['en', 'IMAPS', 'network-protocols/#imaps'],
  ['en', 'DNS', 'network-protocols/#dns'],
  ['en', 'SFTP', 'network-protocols/#sftp'],
  ['en', 'TLS', 'network-protocols/#tls'],
  ['en', 'DHCP', 'network-protocols/#dhcp'],
  ['en', 'ICMP', 'network-protocols/#icmp'],
  ['ro', 'TCP', 'network-protocols/#tcp'],
  ['ro', 'UDP', 'network-protocols/#udp'],
  ['ro', 'IMAPS', 'network-protocols/#imaps'],
  ['ro', 'DNS', 'network-protocols/#dns'],
  ['ro', 'SFTP', 'network-protocols/#sftp'],
  ['ro', 'TLS', 'network-protocols/#tls'],
  ['ro', 'ARP', 'network-protocols/#arp'],
  ['ro', 'IPsec', 'network-protocols/#ipsec'],
  // Protocols, by port
  ['en', '993', 'network-protocols/#imaps'],
  ['en', '443', 'network-protocols/#https'],
  ['en', '22', 'network-protocols/#ssh'],
  ['en', '53', 'network-protocols/#dns'],
  ['en', '587', 'network-protocols/#smtp'],
  ['en', '995', 'network-protocols/#pop3s'],
  ['ro', '993', 'network-protocols/#imaps'],
  ['ro', '443', 'network-protocols/#https'],
  ['ro', '22', 'network-protocols/#ssh'],
  ['ro', '53', 'network-protocols/#dns'],
  ['ro', '465', 'network-protocols/#smtps'],
  ['ro', '67', 'network-protocols/#dhcp'],
  // Request options (Python requests)
  ['en', 'allow_redirects', 'request/#option-allow-redirects'],
  ['en', 'params', 'request/#option-params'],
  ['en', 'proxies', 'request/#option-proxies'],
  ['en', 'verify', 'request/#option-verify'],
  ['ro', 'allow_redirects', 'request/#option-allow-redirects'],
  ['ro', 'proxies', 'request/#option-proxies'],
  ['ro', 'stream', 'request/#option-stream'],
  // Request headers
  ['en', 'Content-Type', 'request/#content-type'],
  ['en', 'User-Agent', 'request/#user-agent'],
  ['en', 'Authorization', 'request/#authorization'],
  ['en', 'Accept-Language', 'request/#accept-language'],
  ['en', 'X-Forwarded-For', 'request/#x-forwarded-for'],
  ['ro', 'Content-Type', 'request/#content-type'],
  ['ro', 'User-Agent', 'request/#user-agent'],
  ['ro', 'Referer', 'request/#referer'],
  ['ro', 'Cache-Control', 'request/#cache-control'],
  // Response attributes
  ['en', 'status_code', 'response/#attr-status-code'],
  ['en', 'elapsed', 'response/#attr-elapsed'],
  ['en', 'history', 'response/#attr-history'],
  ['ro', 'status_code', 'response/#attr-status-code'],
  ['ro', 'elapsed', 'response/#attr-elapsed'],
  // Response headers
  ['en', 'Set-Cookie', 'response/#set-cookie'],
  ['en', 'ETag', 'response/#etag'],
  ['en', 'Strict-Transport-Security', 'response/#strict-transport-security'],
  ['en', 'Access-Control-Allow-Origin', 'response/#access-control-allow-origin'],
  ['ro', 'Set-Cookie', 'response/#set-cookie'],
  ['ro', 'Last-Modified', 'response/#last-modified'],
  ['ro', 'X-Frame-Options', 'response/#x-frame-options'],
  // The same word names two entries
  ['en', 'json', 'response/#attr-json', top3],
  ['en', 'json', 'request/#option-json', top3],
  ['en', 'cookies', 'request/#option-cookies', top3],
  ['en', 'url', 'request/#option-url', top3],
  ['en', 'url', 'response/#attr-url', top3],
  ['ro', 'headers', 'response/#attr-headers', top3],
  ['ro', 'headers', 'request/#option-headers', top3],
  ['ro', 'cookies', 'response/#attr-cookies', top3],
  ['ro', 'Host', 'request/#host'],
  // HTTP methods
  ['en', 'PATCH', 'crud/#patch'],
  ['en', 'DELETE', 'crud/#delete'],
  ['en', 'PUT', 'crud/#put'],
  ['ro', 'PATCH', 'crud/#patch'],
  ['ro', 'POST', 'crud/#post'],
  // Status codes, by number and by name
  ['en', '404', 'status-codes/#404'],
  ['en', '201', 'status-codes/#201'],
  ['en', '503', 'status-codes/#503'],
  ['en', 'Not Found', 'status-codes/#404'],
  ['en', 'Too Many Requests', 'status-codes/#429'],
  ['en', 'Moved Permanently', 'status-codes/#301'],
  ['en', 'Bad Gateway', 'status-codes/#502'],
  ['en', 'Internal Server Error', 'status-codes/#500'],
  ['ro', '404', 'status-codes/#404'],
  ['ro', '304', 'status-codes/#304'],
  ['ro', '422', 'status-codes/#422'],
  ['ro', 'Not Found', 'status-codes/#404'],
  ['ro', 'Unauthorized', 'status-codes/#401'],
  ['ro', 'eroare de server', 'status-codes/#5xx'],
  ['ro', 'redirectionare', 'status-codes/#3xx'],
  // URL parts
  ['en', 'fragment', 'urls/#fragment'],
  ['en', 'query string', 'urls/#query'],
  ['en', 'scheme', 'urls/#scheme'],
  ['ro', 'fragmentul', 'urls/#fragment'],
  ['ro', 'gazda', 'urls/#host'],
  ['ro', 'calea', 'urls/#path'],
  ['ro', 'schema', 'urls/#scheme'],
  // Socket calls
  ['en', 'sendall', 'sockets/#sendall'],
  ['en', 'bind', 'sockets/#bind'],
  ['en', 'recvfrom', 'sockets/#recvfrom'],
  ['en', 'settimeout', 'sockets/#settimeout'],
  ['ro', 'sendall', 'sockets/#sendall'],
  ['ro', 'listen', 'sockets/#listen'],
  ['ro', 'shutdown', 'sockets/#shutdown'],
  // Socket errors
  ['en', 'ECONNREFUSED', 'sockets/#econnrefused'],
  ['en', 'EADDRINUSE', 'sockets/#eaddrinuse'],
  ['en', 'ConnectionResetError', 'sockets/#econnreset'],
  ['en', 'gaierror', 'sockets/#gaierror'],
  ['en', 'Address already in use', 'sockets/#eaddrinuse'],
  ['ro', 'ECONNREFUSED', 'sockets/#econnrefused'],
  ['ro', 'BrokenPipeError', 'sockets/#epipe'],
  ['ro', 'ETIMEDOUT', 'sockets/#etimedout'],
  // Concepts and hand-written sections
  ['en', 'idempotent', 'crud/#safe-and-idempotent'],
  ['en', 'handshake', 'network-protocols/#tls-handshake'],
  ['en', 'datagrams', 'sockets/#udp'],
  ['ro', 'idempotentă', 'crud/#safe-and-idempotent'],
  ['ro', 'idempotenta', 'crud/#safe-and-idempotent'],
  ['ro', 'handshake', 'network-protocols/#tls-handshake'],
  ['ro', 'datagrame', 'sockets/#udp'],
];


const localeByCode = (code: 'ro' | 'en'): TestLocale => locales.find((l) => l.code === code) ?? locales[0];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const modal = (page: Page) => page.locator('site-search dialog');
const searchInput = (page: Page) => page.locator('site-search .site-search-input');
const resultStatus = (page: Page) => page.locator('site-search .site-search-status');
/** The hits in reading order: each page's best hit first. */
const hits = (page: Page) => page.locator('site-search .site-search-hit');

async function openSearch(page: Page): Promise<void> {
  await page.locator('site-search button[data-open-modal]').click();
  await expect(modal(page)).toBeVisible();
  await expect(searchInput(page)).toBeFocused();
}

/** Types the query and waits until the status line reports on it (every status message ends with the query). */
async function searchFor(page: Page, query: string): Promise<void> {
  await searchInput(page).fill(query);
  await expect(resultStatus(page)).toHaveText(new RegExp(`${escapeRegExp(query)}$`));
}

/** `/en/request/#content-type` → `request/#content-type`, whatever the locale prefix. */
async function hitTargets(page: Page): Promise<string[]> {
  const hrefs = await hits(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^\/(en\/)?/, ''));
}

/** The best hit of each of the first `count` pages, as `hitTargets` gives them. */
async function pageLeaders(page: Page, count: number): Promise<string[]> {
  const hrefs = await page
    .locator('site-search .site-search-page')
    .evaluateAll((pages) => pages.map((p) => p.querySelector('.site-search-hit')?.getAttribute('href') ?? ''));
  return hrefs.slice(0, count).map((href) => href.replace(/^\/(en\/)?/, ''));
}

/** Queries run in batches in one page (search, clear, search again), each checked on its own. */
const batchSize = 8;

test.describe('search lands on the entry', () => {
  for (const locale of locales) {
    const own = queries.filter(([code]) => code === locale.code);
    for (let start = 0; start < own.length; start += batchSize) {
      const batch = own.slice(start, start + batchSize);
      test(`${locale.code}: ${batch.map(([, query]) => `“${query}”`).join(', ')}`, async ({ page }) => {
        await page.goto(pagePath(locale, ''));
        await openSearch(page);
        for (const [, query, expected, ambiguous] of batch) {
          await test.step(`“${query}” → ${expected}${ambiguous ? ' (among the first 3)' : ''}`, async () => {
            await searchFor(page, query);
            const targets = await hitTargets(page);
            // Every link stays in the language of the page the search was opened from.
            const hrefs = await hits(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
            expect.soft(hrefs.every((href) => href.startsWith('/en/') === (locale.code === 'en')), `“${query}”: links in ${locale.code}`).toBe(true);
            if (ambiguous) {
              const near = [...new Set([...targets.slice(0, 3), ...(await pageLeaders(page, 2))])];
              expect.soft(near, `“${query}”: first three hits and best hits of the first two pages`).toContain(expected);
            }
            else expect.soft(targets[0], `“${query}”: first hit`).toBe(expected);
          });
        }
      });
    }
  }
});

test.describe('the search modal', () => {
  test('opens with Ctrl+K, moves through results with the arrow keys and follows one with Enter', async ({ page }) => {
    await page.goto(pagePath(localeByCode('en'), 'crud'));
    await page.keyboard.press('Control+k');
    await expect(modal(page)).toBeVisible();
    await expect(searchInput(page)).toBeFocused();
    await page.keyboard.type('sendall');
    await expect(resultStatus(page)).toHaveText(/sendall$/);
    // ↓ goes to the first page, ↓ again to its best hit; ↑ comes back.
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('site-search .site-search-page-link').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(hits(page).first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(searchInput(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/sockets\/#sendall$/);
    await expect(modal(page)).toBeHidden();
  });

  test('Tab reaches the results too', async ({ page }) => {
    await page.goto(pagePath(localeByCode('ro'), ''));
    await openSearch(page);
    await searchFor(page, 'json');
    const inResults = () => page.evaluate(() => document.activeElement?.closest('.site-search-results') !== null);
    // Past the clear button and the kind filter.
    for (let tab = 0; tab < 20 && !(await inResults()); tab++) await page.keyboard.press('Tab');
    await expect(page.locator('site-search .site-search-results a').first()).toBeFocused();
  });

  test('Esc closes the modal and gives focus back to the search button', async ({ page }) => {
    await page.goto(pagePath(localeByCode('en'), ''));
    await openSearch(page);
    await page.keyboard.press('Escape');
    await expect(modal(page)).toBeHidden();
    await expect(page.locator('site-search button[data-open-modal]')).toBeFocused();
    await expect(page.locator('body')).not.toHaveAttribute('data-search-modal-open');
  });

  for (const locale of locales) {
    test(`${locale.label}: the result count is announced in the page's language`, async ({ page }) => {
      await page.goto(pagePath(locale, ''));
      await openSearch(page);
      await expect(resultStatus(page)).toHaveAttribute('aria-live', 'polite');
      await expect(resultStatus(page)).toHaveAttribute('role', 'status');
      await searchFor(page, 'TCP');
      const pages = await page.locator('site-search .site-search-page').count();
      expect(pages).toBeGreaterThan(1);
      const announced = locale.code === 'en' ? `${pages} results for TCP` : `${pages} rezultate pentru TCP`;
      await expect(resultStatus(page)).toHaveText(announced);
      await searchFor(page, 'zzqxw');
      await expect(resultStatus(page)).toHaveText(locale.code === 'en' ? 'No results for zzqxw' : 'Niciun rezultat pentru zzqxw');
      await expect(hits(page)).toHaveCount(0);
    });
  }

  test('the kind filter narrows the hits to one kind of entry, labelled in the page language', async ({ page }) => {
    await page.goto(pagePath(localeByCode('ro'), ''));
    await openSearch(page);
    await searchFor(page, 'json');
    const kinds = page.locator('site-search .site-search-kinds');
    await expect(kinds.locator('legend')).toHaveText('Tipul rezultatului');
    await kinds.getByLabel(/^Atribut al răspunsului \(\d+\)$/).check();
    await expect.poll(async () => (await hitTargets(page)).every((target) => target.startsWith('response/#attr-'))).toBe(true);
    await expect(hits(page).first()).toHaveAttribute('href', '/response/#attr-json');
    await expect(page.locator('site-search .site-search-hit-kind').first()).toHaveText('Atribut al răspunsului');
    await kinds.getByLabel(/^Atribut al răspunsului/).uncheck();
    await expect.poll(async () => (await hitTargets(page)).some((target) => target.startsWith('crud/'))).toBe(true);
  });

  test('the search code and the index load only when the reader opens search', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(pagePath(localeByCode('en'), ''), { waitUntil: 'networkidle' });
    expect(loaded.filter((path) => /pagefind|search-ui/.test(path))).toEqual([]);
    await openSearch(page);
    await expect.poll(() => loaded.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(loaded.some((path) => /\/_astro\/search-ui\.[\w-]+\.js$/.test(path))).toBe(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no WCAG 2.1 AA violation with the modal open and results shown (${theme} theme)`, async ({ page }) => {
      await gotoWithTheme(page, pagePath(localeByCode('en'), ''), theme);
      await openSearch(page);
      await searchFor(page, 'json');
      await page.locator('site-search .site-search-kinds input').first().focus();
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
});

/** Readers often type Romanian without its diacritics; the highlighted words in the excerpts are the spelled ones. */
const withoutDiacritics = [
  ['iesire', 'ieșire'],
  ['idempotenta', 'idempotentă'],
  ['retea', 'rețea'],
  ['functiile', 'funcțiile'],
] as const;

test('ro: a query without diacritics finds and highlights the words written with them', async ({ page }) => {
  await page.goto(pagePath(localeByCode('ro'), ''));
  await openSearch(page);
  for (const [typed, written] of withoutDiacritics) {
    await test.step(`“${typed}” → “${written}”`, async () => {
      await searchFor(page, typed);
      const marked = await page
        .locator('site-search .site-search-excerpt mark')
        .evaluateAll((marks) => marks.map((mark) => mark.textContent?.toLowerCase() ?? ''));
      expect.soft(marked.some((word) => word.startsWith(written)), `marks for “${typed}”: ${marked.join(', ')}`).toBe(true);
    });
  }
});

/**
 * Each language has its own index. Words that exist only in one language
 * must not be found in the other's: a Romanian reader searching the Romanian
 * index should never land on English text (a fallback page, an untranslated
 * label or comment), nor the reverse. Each word is searched through
 * Pagefind's API, and a result counts only if the word itself is in the page
 * text (Pagefind also matches on prefixes). The words are first checked to be
 * in their own language's index, so the test can tell a leak from a word
 * nobody uses.
 *
 * Code is code in both languages: the notes' socket programs print "Hello
 * from the server!" and both pages show them as written, so "the" and the
 * like are not on the list. Prose, labels, comments and program output
 * quoted in prose are.
 */
const onlyEnglish = ['which', 'because', 'should', 'without', 'nothing', 'nobody', 'when', 'their', 'there', 'usually', 'whether'];
const onlyRomanian = ['și', 'este', 'pentru', 'sunt', 'dacă', 'într-o', 'unui', 'această', 'fără', 'după', 'când', 'cererea', 'ieșire'];

test.describe('language isolation of the search index', () => {
  for (const locale of locales) {
    const [own, foreign] = locale.code === 'en' ? [onlyEnglish, onlyRomanian] : [onlyRomanian, onlyEnglish];
    test(`${locale.label}: the ${locale.code} index holds its own words and none of the other language's`, async ({ page }) => {
      await page.goto(pagePath(locale, ''));
      const found = await page.evaluate(
        async ({ words, base }) => {
          const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
          const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
          const hits: Record<string, string[]> = {};
          for (const word of words) {
            const search = await pagefind.search(word);
            const pages = await Promise.all(search.results.map((r: { data(): Promise<{ url: string; content: string }> }) => r.data()));
            hits[word] = pages
              .filter((p) => fold(p.content).split(/[^\p{L}\p{N}-]+/u).includes(fold(word)))
              .map((p) => {
                const at = fold(p.content).search(new RegExp(`(^|[^\\p{L}])${fold(word)}([^\\p{L}]|$)`, 'u'));
                return `${p.url}: …${p.content.slice(Math.max(0, at - 40), at + 40)}…`;
              });
          }
          return hits;
        },
        { words: [...own, ...foreign], base: '/' },
      );
      for (const word of own) expect(found[word], `“${word}” in the ${locale.code} index`).not.toEqual([]);
      const leaks = foreign.filter((word) => (found[word] ?? []).length > 0).map((word) => `${word}: ${found[word]?.join(' | ')}`);
      expect(leaks, `words of the other language in the ${locale.code} index`).toEqual([]);
    });
  }
});
