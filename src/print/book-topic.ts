/**
 * One topic page's HTML made into a chapter of the printed book
 * (`/print/`, `/en/print/`), where every topic shares one page:
 *
 * - ids get the topic as a prefix (`crud--self-check`), since every topic has
 *   a `#self-check` and ids must be unique on a page; every reference to an
 *   id (`href="#…"`, `for`, `aria-labelledby`, ...) follows;
 * - a link to another topic, or to an entry on it, becomes a link inside the
 *   book (`/en/crud/#put` → `#crud--put`), so the PDF's links stay in the PDF;
 * - headings go one level down: the chapter's title is the `<h2>`, its
 *   sections `<h3>`, and the PDF's outline nests them so.
 *
 * Islands (`<astro-island>`) are left as they are: their markup is React's,
 * which hydrates it and would not accept changed ids. Astro already makes
 * their ids unique on the page.
 */

/** Attributes that hold one id, and those that hold a space-separated list of ids. */
const idAttributes = ['id', 'for'];
const idListAttributes = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'headers'];

export interface BookLinks {
  /** The topic of this chapter, e.g. `crud`. */
  topic: string;
  /** Every topic in the book. */
  topics: readonly string[];
  /** What a page's links start with in this locale: `/`, `/en/`, `/docs/en/`. */
  pagePrefix: string;
}

export const chapterId = (topic: string) => `topic-${topic}`;
export const bookId = (topic: string, id: string) => `${topic}--${id}`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rewriteOutsideIslands(html: string, rewrite: (part: string) => string): string {
  const parts = html.split(/(<astro-island\b[\s\S]*?<\/astro-island>)/);
  return parts.map((part, i) => (i % 2 === 1 ? part : rewrite(part))).join('');
}

export function bookChapterHtml(html: string, { topic, topics, pagePrefix }: BookLinks): string {
  const own = (id: string) => bookId(topic, id);
  const pageLink = new RegExp(`^${escapeRegExp(pagePrefix)}([a-z0-9-]+)/(?:#(.*))?$`);
  return rewriteOutsideIslands(html, (part) =>
    part
      .replace(new RegExp(`(\\s(?:${idAttributes.join('|')}))="([^"]+)"`, 'g'), (_, name: string, id: string) => `${name}="${own(id)}"`)
      .replace(
        new RegExp(`(\\s(?:${idListAttributes.join('|')}))="([^"]+)"`, 'g'),
        (_, name: string, ids: string) => `${name}="${ids.split(/\s+/).map(own).join(' ')}"`,
      )
      .replace(/(\shref)="([^"]*)"/g, (whole, name: string, href: string) => {
        if (href.startsWith('#') && href.length > 1) return `${name}="#${own(href.slice(1))}"`;
        const match = pageLink.exec(href);
        const target = match?.[1];
        if (!target || !topics.includes(target)) return whole;
        const anchor = match?.[2];
        return `${name}="#${anchor ? bookId(target, anchor) : chapterId(target)}"`;
      })
      // One pass: each heading moves down once.
      .replace(/<(\/?)h([2-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`)
      .replace(/\blevel-h([2-5])\b/g, (_, level: string) => `level-h${Number(level) + 1}`),
  );
}
