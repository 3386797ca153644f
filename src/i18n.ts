/**
 * The site's UI strings for code that has no `Astro.locals` (the Markdown
 * plugin, the reference renderers, islands). Astro components use Starlight's
 * `Astro.locals.t`, typed from the same files (see `src/ui-strings.d.ts`).
 *
 * Strings live in `src/content/i18n/<lang>.json`, beside Starlight's own, in
 * namespaces by feature (`reference.*`, `sandbox.*`, `urlExplorer.*`,
 * `download.*`, `search.*`, `moved.*`, `selfCheck.*`, `exercise.*`, `offline.*`, `print.*`). Placeholders use i18next's syntax, `{{name}}`,
 * so a string reads the same through either function.
 */
import en from './content/i18n/en.json' with { type: 'json' };
import ro from './content/i18n/ro.json' with { type: 'json' };
import type { Locale } from './data/locale.ts';
import { interpolate, type Values } from './interpolate.ts';

export type UiStrings = typeof en;
export type UiKey = keyof UiStrings;
/** The namespaces of our own strings; Starlight's keys are used through `Astro.locals.t`. */
export type Namespace = 'reference' | 'sandbox' | 'urlExplorer' | 'download' | 'search' | 'selfCheck' | 'exercise' | 'offline' | 'print';
/** The strings of one namespace, keyed by their full names (`sandbox.run`). */
export type NamespaceStrings<N extends Namespace> = { [K in Extract<UiKey, `${N}.${string}`>]: string };

/** Our own keys (not Starlight's): required in every locale by the i18n collection's schema. */
export const ownKeys = (Object.keys(en) as UiKey[]).filter((key) => /^(reference|sandbox|urlExplorer|download|moved|selfCheck|exercise|offline|print|search\.kind)\./.test(key));

// TypeScript checks here that Romanian has every key English has.
const dictionaries: Record<Locale, UiStrings> = { ro, en };

export { interpolate, type Values } from './interpolate.ts';

export type Translate = (key: UiKey, values?: Values) => string;

/** `t` for one locale: `translator('ro')('sandbox.run')` → "Rulează". */
export function translator(locale: Locale): Translate {
  const strings = dictionaries[locale];
  return (key, values) => interpolate(strings[key], values);
}

/** The strings of one namespace in one locale: what an island receives, and nothing else. */
export function namespaceStrings<N extends Namespace>(locale: Locale, namespace: N): NamespaceStrings<N> {
  const prefix = `${namespace}.`;
  return Object.fromEntries(Object.entries(dictionaries[locale]).filter(([key]) => key.startsWith(prefix))) as NamespaceStrings<N>;
}

/** The site locale of a Starlight route (or of its `lang`): English under `/en/`, Romanian otherwise. */
export function localeOf(route: { lang: string } | string): Locale {
  const lang = typeof route === 'string' ? route : route.lang;
  return lang === 'en' ? 'en' : 'ro';
}
