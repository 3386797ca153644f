/**
 * The table of contents' "you are here": Starlight's `<starlight-toc>`
 * element, with the same markup, behaviour and public shape (the mobile
 * table of contents extends this class), but a cheaper start.
 *
 * Why it replaces Starlight's script (astro.config.mjs aliases Starlight's
 * internal `starlight-toc` module to this file): to know which section is on
 * screen, Starlight observes every element of the page that holds no heading,
 * and finds them with selectors such as `:where(h2,h3)[id] ~
 * *:not(:has(h2,h3))`. On the longest pages (5,700 elements) that query alone
 * took about 40 ms on a desktop, run twice (the desktop and the phone table of
 * contents), which a phone's slower CPU turns into most of the page's
 * blocking time. Here the same elements are found in one walk of the page,
 * once for both tables of contents.
 */

import { sectionMarkers } from './section-markers.ts';

/** Starlight's id for the page title (PAGE_TITLE_ID in Starlight's constants). */
const pageTitleId = '_top';

export class StarlightTOC extends HTMLElement {
  private _current = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');
  private minH = parseInt(this.dataset.minH || '2', 10);
  private maxH = parseInt(this.dataset.maxH || '3', 10);

  protected set current(link: HTMLAnchorElement) {
    if (link === this._current) return;
    this._current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this._current = link;
  }

  /** Headings the table of contents can list, as Starlight writes it: `h1#_top,:where(h2,h3)[id]`. */
  private tocHeadingSelector = `h1#${pageTitleId},:where(${Array.from({ length: 1 + this.maxH - this.minH }, (_, i) => `h${this.minH + i}`).join()})[id]`;

  private onIdle = (callback: () => void) => (window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1)))(callback);

  constructor() {
    super();
    this.onIdle(() => this.init());
  }

  private init = () => {
    const links = [...this.querySelectorAll('a')];
    /** The heading of the section an element belongs to: itself, one inside it, or the nearest one before it. */
    const headingOf = (start: Element): Element | null => {
      let element: Element | null = start;
      while (element) {
        if (element.matches('.sl-markdown-content, main > *')) return document.getElementById(pageTitleId);
        if (element.matches(this.tocHeadingSelector)) return element;
        const inside = element.querySelector(this.tocHeadingSelector);
        if (inside) return inside;
        let previous: Element | null = element.previousElementSibling;
        while (previous?.lastElementChild) previous = previous.lastElementChild;
        element = previous ?? element.parentElement;
      }
      return null;
    };
    const onIntersect = (entries: IntersectionObserverEntry[]) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        const heading = headingOf(target);
        const link = heading && links.find((candidate) => candidate.hash === `#${encodeURIComponent(heading.id)}`);
        if (link) {
          this.current = link;
          break;
        }
      }
    };
    const main = document.querySelector('main');
    const markers = main ? markersOnce(main, this.tocHeadingSelector) : [];
    let observer: IntersectionObserver | undefined;
    const observe = () => {
      if (observer) return;
      observer = new IntersectionObserver(onIntersect, { rootMargin: this.getRootMargin() });
      for (const marker of markers) observer.observe(marker);
    };
    observe();
    let timeout: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener('resize', () => {
      observer?.disconnect();
      observer = undefined;
      clearTimeout(timeout);
      timeout = setTimeout(() => this.onIdle(observe), 200);
    });
  };

  /** Sections count as current from just under the header (and the phone's table-of-contents bar). */
  private getRootMargin() {
    const top =
      (document.querySelector('header')?.getBoundingClientRect().height ?? 0) + (this.querySelector('summary')?.getBoundingClientRect().height ?? 0) + 32;
    return `-${top}px 0% ${top + 53 - document.documentElement.clientHeight}px`;
  }
}

/** The markers of the page, found once for every table of contents that lists the same headings. */
const found = new Map<string, Element[]>();
function markersOnce(main: Element, headingSelector: string): Element[] {
  let markers = found.get(headingSelector);
  if (!markers) found.set(headingSelector, (markers = sectionMarkers(main, headingSelector)));
  return markers;
}

customElements.define('starlight-toc', StarlightTOC);
