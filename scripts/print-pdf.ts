/**
 * `npm run pdf` (after `npm run build`): the printed book of each language
 * (`/print/`, `/en/print/`) saved as a PDF by Debian's Chromium through
 * Playwright, with an outline (bookmarks) built from the headings, tagged
 * for screen readers, A4, page numbers in the footer. Writes pdf/course-ro.pdf
 * and pdf/course-en.pdf (never committed) and prints their size and pages.
 *
 *   PDF_BASE_URL  a site already served (e.g. http://127.0.0.1:4399/docs/); else dist/ is served here
 *   PDF_OUT_DIR   where the PDFs go (default: pdf/)
 */
import { mkdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { startPreview } from '../bench/preview.ts';

const outDir = process.env.PDF_OUT_DIR ?? 'pdf';
const port = Number(process.env.PDF_PORT ?? 4547);
const books = [
  { locale: 'ro', path: 'print/' },
  { locale: 'en', path: 'en/print/' },
] as const;

mkdirSync(outDir, { recursive: true });
const stop = process.env.PDF_BASE_URL ? undefined : await startPreview(port);
const baseUrl = (process.env.PDF_BASE_URL ?? `http://127.0.0.1:${port}/`).replace(/\/?$/, '/');
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });
  try {
    // No service worker: the book is read from the server, and nothing is precached for a PDF.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    for (const { locale, path } of books) {
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      await page.emulateMedia({ media: 'print' });
      const file = join(outDir, `course-${locale}.pdf`);
      await page.pdf({
        path: file,
        format: 'A4',
        margin: { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' },
        printBackground: true,
        outline: true,
        tagged: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="width:100%;font-size:8px;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      });
      await page.close();
      const pages = (await PDFDocument.load(await readFile(file))).getPageCount();
      console.log(`${file}: ${(statSync(file).size / 1024).toFixed(0)} KiB, ${pages} pages`);
    }
  } finally {
    await browser.close();
  }
} finally {
  stop?.();
}
