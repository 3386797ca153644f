/** Each language's web app manifest: `/manifest.webmanifest` and `/en/manifest.webmanifest` (src/web-app/manifest.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '~/data/locale.ts';
import { webAppManifest } from '~/web-app/manifest.ts';

export const getStaticPaths = (() =>
  locales.map((locale) => ({ params: { locale: locale === 'en' ? 'en' : undefined }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(webAppManifest((props as { locale: Locale }).locale, import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
