import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { ownKeys } from './i18n.ts';

/**
 * Our own UI strings live beside Starlight's in `src/content/i18n/<lang>.json`.
 * Their keys are namespaced (`reference.*`, `sandbox.*`, ... see src/i18n.ts) and required in
 * every locale, so a missing translation fails the build.
 */
const ownStrings = z.object(Object.fromEntries(ownKeys.map((key) => [key, z.string()])));

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: ownStrings }) }),
};
