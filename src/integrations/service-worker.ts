/**
 * The course offline: after the build has written everything (pages with
 * their final CSP hashes, the search index, the starter zip), Workbox's
 * `generateSW` lists every file of the output with a hash of its content
 * and writes `sw.js`, which precaches them on a reader's first visit.
 * A new deployment changes the hashes of what changed, and only that is
 * fetched again; the page then offers to reload (update-notice.ts).
 *
 * Both languages are precached: they share every script, style and font,
 * so the other language costs only its pages and its search index (the
 * README gives the numbers). A page that was never cached (a URL mistyped
 * offline) gets the offline page of its language instead of a browser error.
 *
 * The worker's own file is never cached by the host (a `Cache-Control:
 * no-cache` rule added to the built `_headers`, under the base path), so a
 * deployment is seen at the next visit.
 */
import { appendFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { siteBase } from '../paths.ts';

/** The file name of the worker, at the root of the base path (its scope is the whole site). */
export const serviceWorkerFile = 'sw.js';
/** Each language's page for a URL that was never cached, as `[base path]offline/`. */
export const offlinePath = 'offline/';

/**
 * The largest file precached. The type checker's worker (TypeScript and its
 * libs, about 6.5 MB, 1.4 MB gzip) is the only file over Workbox's 2 MiB
 * default; it is what lets a reader see types offline.
 */
const maxFileBytes = 8 * 1024 * 1024;

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = siteBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { count, size, warnings } = await writeServiceWorker(outDir, base);
        for (const warning of warnings) logger.warn(warning);
        // The host must revalidate the worker at every visit, or a deployment would stay unseen for as long as it caches it.
        const headers = join(outDir, '_headers');
        if (existsSync(headers)) {
          appendFileSync(headers, `\n# The service worker: revalidated at every visit, so that readers see a new deployment.\n${base}${serviceWorkerFile}\n  Cache-Control: no-cache\n`);
        }
        const workerKb = (statSync(join(outDir, serviceWorkerFile)).size / 1024).toFixed(1);
        logger.info(`${serviceWorkerFile}: ${count} files precached, ${(size / 1024 / 1024).toFixed(2)} MiB (worker ${workerKb} KiB)`);
      },
    },
  };
}

/** Writes `sw.js` into a built site at `outDir`, served under `base`: the build's last step, and the tests' for a changed copy. */
export function writeServiceWorker(outDir: string, base: string) {
  return generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*'],
    // The host's header rules and the worker are not the site's content.
    // Also Pagefind's own UI bundles: the site's search (src/components/search/) uses only pagefind.js and its index.
    globIgnores: ['_headers', serviceWorkerFile, 'workbox-*.js', '**/*.map', 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js'],
    swDest: join(outDir, serviceWorkerFile),
    modifyURLPrefix: { '': base },
    // Astro names bundled files by their content: the name is the revision.
    dontCacheBustURLsMatching: /\/_astro\//,
    maximumFileSizeToCacheInBytes: maxFileBytes,
    // The first visit's page is controlled at once; later versions wait for the reader (skipWaiting on request).
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // `/crud/` is stored as `/crud/index.html`; a fragment never reaches the worker.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // Workbox's runtime inlined into sw.js: one file, nothing fetched from a CDN.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // The fallbacks name the precached file itself: the lookup of a fallback does not add `index.html`.
    runtimeCaching: [
      {
        // A page never cached, English: the English offline page. (Functions are copied into sw.js as text: no outer names.)
        urlPattern: ({ request, url }) => request.mode === 'navigate' && /\/en\//.test(url.pathname),
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${base}en/${offlinePath}index.html` } },
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${base}${offlinePath}index.html` } },
      },
    ],
  });
}
