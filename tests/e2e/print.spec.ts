/**
 * The printed book, as a reader preparing for an exam meets it: the home page
 * links it; /print/ and /en/print/ hold every topic of the sidebar in its
 * order, with unique ids and links that stay inside the book; on paper the
 * site's frame and controls are gone, each topic starts a page, sandboxes show
 * their code and what it prints, links to other sites show their address;
 * `npm run pdf` writes a tagged PDF per language whose outline lists every topic.
 * (Being a page of both languages, the book is also in every all-pages spec:
 * axe in both themes, layout at 360 and 1280 px, offline, the base path.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';
import { translator } from '../../src/i18n.ts';
import { sidebar } from '../../src/sidebar.ts';
import { expectedOutput, pageTitle, sandboxCode } from '../lib/sandboxes.ts';
import { locales, pagePath } from '../lib/site.ts';
import { wcagViolations } from './axe.ts';
import { expect, gotoWithTheme, test } from './fixtures.ts';

const topics = sidebar.flatMap((group) => group.items.map((item) => item.slug));

for (const locale of locales) {
  const lang = locale.code;
  const t = translator(lang);
  const bookPath = `${locale.prefix}print/`;

  test.describe(`${lang}: the printed book`, () => {
    test('the home page links it; it holds every topic in sidebar order, with unique ids and links inside the book', async ({ page }) => {
      await page.goto(pagePath(locale, ''));
      await page.locator(`.sl-markdown-content a[href="/${bookPath}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${bookPath}$`));
      await expect(page.locator('h1')).toHaveText(pageTitle('print', lang));
      await expect(page.locator('.book-chapter > h2')).toHaveText(topics.map((slug) => pageTitle(slug, lang)));
      await expect(page.locator('.book-contents a')).toHaveText(topics.map((slug) => pageTitle(slug, lang)));
      // Each chapter has its sections, one level under its title.
      for (const slug of topics) expect(await page.locator(`[data-book-topic="${slug}"] h3`).count(), slug).toBeGreaterThan(0);
      expect(await page.locator('.book-chapter h2:not(.book-chapter > h2)').count(), 'no section at the chapter level').toBe(0);

      const { duplicates, dangling } = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
        const seen = new Set<string>();
        const duplicates = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
        const dangling = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')]
          .map((a) => decodeURIComponent(a.hash.slice(1)))
          .filter((id) => id && !document.getElementById(id));
        return { duplicates, dangling };
      });
      expect(duplicates, 'ids repeated on the page').toEqual([]);
      expect(dangling, 'links inside the book to nothing').toEqual([]);
      // A link to another topic's entry leads to that entry in the book.
      const crossLinks = await page.locator('[data-book-topic="crud"] a[href^="#status-codes--"]').count();
      expect(crossLinks, 'CRUD links to status codes inside the book').toBeGreaterThan(0);
    });

    test('on paper: no frame or controls, each topic on a new page, sandboxes with their code and output, link addresses', async ({ page }) => {
      await page.goto(bookPath);
      const sandbox = page.locator('[data-sandbox="crud"]');
      const printed = sandbox.locator('.sandbox-print-output');
      await expect(printed, 'the printed output stays off the screen').toBeHidden();
      // The editor loaded on screen, as when a reader used it before printing.
      await sandbox.scrollIntoViewIfNeeded();
      await sandbox.locator('.sandbox-toolbar').hover();
      await expect(sandbox.locator('.sandbox-shell[data-ready="true"] .cm-content')).toBeVisible({ timeout: 20_000 });

      await page.emulateMedia({ media: 'print' });
      for (const chrome of ['header.header', '#starlight__sidebar', '.right-sidebar-container', 'site-search', '.book-how-to']) {
        await expect(page.locator(chrome).first(), chrome).toBeHidden();
      }
      await expect(sandbox.locator('.sandbox-toolbar')).toBeHidden();
      await expect(sandbox.locator('.cm-content')).toBeHidden();
      await expect(sandbox.locator('.sandbox-static')).toBeVisible();
      await expect(sandbox.locator('.sandbox-static')).toContainText(sandboxCode('crud', lang).split('\n')[0]!);
      await expect(printed).toBeVisible();
      await expect(printed.locator('figcaption')).toHaveText(t('sandbox.output'));
      await expect(printed.locator('pre')).toHaveText(expectedOutput('crud', lang) ?? 'crud has an expected output');
      await expect(page.locator('.self-check button').first()).toBeHidden();

      const breaks = await page.locator('.book-chapter').evaluateAll((chapters) => chapters.map((c) => getComputedStyle(c).breakBefore));
      expect(breaks).toEqual(topics.map(() => 'page'));
      const external = page.locator('.book-chapter a[href^="https://"]').first();
      const href = await external.getAttribute('href');
      expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
    });
  });
}

/** The titles of a PDF's outline, depth first, as a reader sees its bookmarks. */
function outlineTitles(pdf: PDFDocument): { title: string; depth: number }[] {
  const titles: { title: string; depth: number }[] = [];
  const text = (value: PDFObject | undefined) => (value instanceof PDFHexString || value instanceof PDFString ? value.decodeText() : '');
  const walk = (item: PDFDict | undefined, depth: number) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      titles.push({ title: text(node.lookup(PDFName.of('Title'))), depth });
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return titles;
}

test('npm run pdf writes a tagged PDF per language whose outline lists every topic in order', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const out = mkdtempSync(join(tmpdir(), 'course-pdf-'));
  try {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['scripts/print-pdf.ts'], {
        env: { ...process.env, PDF_BASE_URL: baseURL ?? '', PDF_OUT_DIR: out },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('exit', resolve);
    });
    expect(code).toBe(0);
    for (const { code: lang } of locales) {
      const pdf = await PDFDocument.load(readFileSync(join(out, `course-${lang}.pdf`)));
      expect(pdf.getPageCount(), 'at least a page per topic').toBeGreaterThan(topics.length);
      expect(pdf.catalog.has(PDFName.of('StructTreeRoot')), 'tagged').toBe(true);
      const titles = outlineTitles(pdf).map(({ title }) => title);
      const chapterTitles = topics.map((slug) => pageTitle(slug, lang));
      const positions = chapterTitles.map((title) => titles.indexOf(title));
      expect(positions.every((position) => position >= 0), `every topic in the outline: ${JSON.stringify(titles.slice(0, 20))}`).toBe(true);
      expect([...positions].sort((a, b) => a - b), 'in sidebar order').toEqual(positions);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in what the book adds: its contents and a chapter (en, ${theme} theme)`, async ({ page }) => {
    test.setTimeout(120_000);
    await gotoWithTheme(page, 'en/print/', theme);
    expect(await wcagViolations(page, '.book-contents')).toEqual([]);
    expect(await wcagViolations(page, '[data-book-topic="crud"]')).toEqual([]);
  });
}
