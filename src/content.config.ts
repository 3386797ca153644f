import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import en from './content/i18n/en.json' with { type: 'json' };

/**
 * Our own UI strings live beside Starlight's in `src/content/i18n/<lang>.json`.
 * Their keys are namespaced (`reference.*`, `sandbox.*`, ...) and required in
 * every locale, so a missing translation fails the build.
 */
const ownKeys = Object.keys(en).filter((key) => /^(reference|sandbox|download|search\.kind)\./.test(key));
const ownStrings = z.object(Object.fromEntries(ownKeys.map((key) => [key, z.string()])));

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: ownStrings }) }),
};
