/**
 * Every page's HTML passes through here once it is rendered (at build time for
 * this static site, on each request in development).
 */
import { defineMiddleware } from 'astro:middleware';
import { dropRepeatedStyles } from './repeated-styles.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(dropRepeatedStyles(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
