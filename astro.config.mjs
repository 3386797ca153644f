// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { referencePlugin } from './src/reference/plugin.ts';
import { baseLinksPlugin } from './src/reference/base-links.ts';
import { sidebar } from './src/sidebar.ts';
import { inlineCspHashes } from './src/integrations/inline-csp-hashes.ts';
import { starterZip } from './src/integrations/starter-zip.ts';
import { intentHydration } from './src/integrations/intent-hydration.ts';
import { sandboxTypeLibs } from './src/integrations/sandbox-type-libs.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import sitemap from '@astrojs/sitemap';
import { indexablePage } from './src/integrations/indexable-pages.ts';

// Hosts such as GitHub Pages serve the site under a sub-path: `BASE_PATH=/docs/ npm run build`.
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';
/** Starlight's locales; the sitemap names the same languages. */
const locales = {
  root: { label: 'Română', lang: 'ro' },
  en: { label: 'English', lang: 'en' },
};

export default defineConfig({
  site: process.env.SITE_URL,
  base,
  trailingSlash: 'always',
  // A strict Content-Security-Policy in a <meta> tag of every page: Astro hashes every script
  // and style it emits. public/_headers adds what a <meta> policy cannot carry (frame-ancestors).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // The sandboxes' runner is an iframe served by the site itself.
        "frame-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Starlight and Expressive Code set CSS variables in style attributes.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  outDir,
  vite: {
    // The sandboxes' type worker (src/components/sandbox/types/) is a module worker with its libs.
    plugins: [sandboxTypeLibs()],
    worker: { format: 'es', plugins: () => [sandboxTypeLibs()] },
    resolve: {
      // CodeMirror's styles go to a constructed stylesheet rather than a <style> element, so the
      // policy needs no 'unsafe-inline' for style elements (see adopted-style-mod.ts).
      alias: [
        { find: /^style-mod$/, replacement: fileURLToPath(new URL('./src/components/sandbox/adopted-style-mod.ts', import.meta.url)) },
        { find: /^style-mod\/original$/, replacement: fileURLToPath(import.meta.resolve('style-mod')) },
        // The table of contents finds the sections on screen in one walk of the page, not with
        // `:has()` selectors that blocked long pages' main thread: see starlight-toc.ts.
        {
          find: /^.*\/components-internals\/TableOfContents\/starlight-toc(\.js)?$/,
          replacement: fileURLToPath(new URL('./src/components/overrides/starlight-toc.ts', import.meta.url)),
        },
        // HTML and CSS highlighting the sandboxes (TypeScript only) never use: see unused-languages.ts.
        ...['@codemirror/lang-html', '@codemirror/lang-css'].map((name) => ({
          find: new RegExp(`^${name}$`),
          replacement: fileURLToPath(new URL('./src/components/sandbox/unused-languages.ts', import.meta.url)),
        })),
        // A polyfill for IntersectionObserver, which every browser the build targets has: see no-polyfill.ts.
        {
          find: /^intersection-observer$/,
          replacement: fileURLToPath(new URL('./src/components/sandbox/no-polyfill.ts', import.meta.url)),
        },
      ],
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  markdown: {
    processor: satteri({
      mdastPlugins: [referencePlugin, baseLinksPlugin(base)],
      // `## Titlu {#anchor}`: the same anchor in both languages, so links survive a language switch.
      features: { headingAttributes: true },
    }),
  },
  integrations: [
    starlight({
      title: { ro: 'Rețele și API-uri', en: 'Networking and APIs' },
      description: 'Rețele, HTTP și API-uri, cu exemple TypeScript care rulează în pagină.',
      defaultLocale: 'root',
      locales,
      // The site title follows the logo inside the same link: the image is decorative (and one alt text would be English on Romanian pages).
      logo: { src: './src/assets/logo.svg', alt: '' },
      favicon: '/favicon.svg',
      sidebar,
      components: {
        Search: './src/components/overrides/Search.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      // The installable app's <head> tags, in each page's language (src/web-app/).
      routeMiddleware: './src/route-middleware.ts',
      customCss: ['./src/styles/custom.css', './src/styles/print.css'],
      lastUpdated: false,
      // Expressive Code's options are in ec.config.mjs, where the <Code> component finds them too.
      plugins: [starlightLinksValidator({ errorOnInconsistentLocale: true, errorOnFallbackPages: true })],
    }),
    // Starlight's own MDX setup, plus one exception: a code block's <style> stays an element rather than
    // static HTML, because the static form printed its CSS into a `set:html` attribute and left the
    // first code block of every page unstyled (its styles came only from a later <Code>).
    mdx({ optimize: { ignoreElementNames: ['style'] } }),
    // The islands are written against React's API ('react' imports, Sandpack's React components) and
    // rendered by Preact through its compatibility layer: the same components, without react-dom's
    // client runtime (about 66 KB gzip) in the sandbox editor's download.
    preact({ compat: true }),
    // The sitemap Starlight would add (only when SITE_URL is set), without the pages that ask not to
    // be indexed: the moved pages' redirects and the offline fallback (see indexable-pages.ts).
    // Starlight adds its own only when this one is missing.
    sitemap({
      i18n: { defaultLocale: 'root', locales: Object.fromEntries(Object.entries(locales).map(([key, { lang }]) => [key, lang])) },
      filter: indexablePage(fileURLToPath(new URL(outDir.replace(/\/?$/, '/'), import.meta.url)), base),
    }),
    intentHydration(),
    inlineCspHashes(),
    starterZip(),
    // Last: it lists the files the others wrote (final pages, the starter zip) for offline use.
    serviceWorker(),
  ],
});
