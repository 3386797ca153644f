/**
 * Starlight route middleware: what every page's <head> carries for the
 * installable app, in the page's language: its manifest (src/web-app/), the
 * browser's colour for each theme, and Apple's touch icon.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { localeOf } from './i18n.ts';
import { localeHome, siteBase } from './paths.ts';
import { appColours } from './web-app/manifest.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const base = import.meta.env.BASE_URL;
  const locale = localeOf(route);
  route.head.push(
    { tag: 'link', attrs: { rel: 'manifest', href: `${localeHome(base, locale)}manifest.webmanifest` } },
    { tag: 'meta', attrs: { name: 'theme-color', content: appColours.theme, media: '(prefers-color-scheme: dark)' } },
    { tag: 'meta', attrs: { name: 'theme-color', content: appColours.lightTheme, media: '(prefers-color-scheme: light)' } },
    { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${siteBase(base)}icons/apple-touch-icon.png` } },
  );
});
