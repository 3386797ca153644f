/**
 * Keeps one copy of each inline stylesheet on a page.
 *
 * Expressive Code writes its whole stylesheet (about 18 KB) into the first
 * code block it renders, and it counts "first" separately for the Markdown
 * code blocks and for each `<Code>` component: a lesson with both carried the
 * stylesheet twice, the printed book (five lessons) five times. A copy that
 * arrives while the page is still loading makes the browser restyle and lay
 * out everything parsed so far, and a second copy changes nothing but costs
 * that again: on /request/ the repeat cost about a third of the page's style
 * time (bench/render-cost.ts measures it).
 *
 * A `<style>` applies to the whole document wherever it stands, so a later
 * element with the same text and attributes is dropped. Copies inside
 * `<noscript>` or `<template>` are left alone: those apply only without
 * JavaScript, or not at all, so they neither stand in for nor repeat a
 * stylesheet outside.
 */
const tokens = /<(\/?)(noscript|template)\b[^>]*>|<style\b([^>]*)>([\s\S]*?)<\/style>/gi;

export function dropRepeatedStyles(html: string): string {
  const seen = new Set<string>();
  let inert = 0;
  return html.replace(tokens, (match, closing: string | undefined, wrapper: string | undefined, attributes: string | undefined, body: string | undefined) => {
    if (wrapper !== undefined) {
      inert = Math.max(0, inert + (closing ? -1 : 1));
      return match;
    }
    if (inert > 0) return match;
    const key = `${attributes ?? ''}\u0000${body ?? ''}`;
    if (seen.has(key)) return '';
    seen.add(key);
    return match;
  });
}
