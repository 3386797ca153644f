/**
 * The course as an installable app: one web app manifest per language
 * (`/manifest.webmanifest`, `/en/manifest.webmanifest`), so that the name on
 * the reader's home screen is in the language they installed it from, and
 * the app opens on that language's home page. Colours are Starlight's dark
 * palette (the background of its pages and of its header).
 */
import { translator } from '../i18n.ts';
import type { Locale } from '../data/locale.ts';
import { localeHome, siteBase } from '../paths.ts';

/** Starlight's dark theme: `--sl-color-black` (page) and `--sl-color-gray-6` (header). */
export const appColours = { background: '#17181c', theme: '#23262f', lightTheme: '#ffffff' } as const;

/** The icons, made from src/assets/logo.svg at build time (icons.ts), by file name. */
export const appIcons = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'apple' },
] as const;

export type AppIcon = (typeof appIcons)[number];

export function webAppManifest(locale: Locale, baseUrl: string): Record<string, unknown> {
  const t = translator(locale);
  const base = siteBase(baseUrl);
  const start = localeHome(base, locale);
  return {
    name: t('offline.appName'),
    short_name: t('offline.appShortName'),
    description: t('offline.appDescription'),
    lang: locale,
    dir: 'ltr',
    // One app for the whole site: a reader who switches language stays in it.
    id: base,
    start_url: start,
    scope: base,
    display: 'standalone',
    background_color: appColours.background,
    theme_color: appColours.theme,
    icons: appIcons
      .filter((icon) => icon.purpose !== 'apple')
      .map((icon) => ({ src: `${base}icons/${icon.file}`, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
}
