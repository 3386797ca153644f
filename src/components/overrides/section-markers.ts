/**
 * What the table of contents watches to tell which section is on screen
 * (starlight-toc.ts). A function of its own, without the custom element, so
 * the tests can run it in a page beside Starlight's selectors.
 */

/**
 * The elements Starlight watches, in document order: the table-of-contents
 * headings, and every element that holds no such heading and is a child of
 * `<main>`, a child of the Markdown content, or a later sibling of a heading
 * or of a heading's wrapper. Same set as Starlight's four selectors.
 */
export function sectionMarkers(main: Element, headingSelector: string): Element[] {
  const isHeading = (element: Element) => element.matches(headingSelector);
  const headings = main.querySelectorAll(headingSelector);
  // Every element that holds a heading: the heading's ancestors up to <main>.
  const holdsHeading = new Set<Element>();
  for (const heading of headings) {
    for (let up = heading.parentElement; up && up !== main && !holdsHeading.has(up); up = up.parentElement) holdsHeading.add(up);
  }
  // Markers are children of <main>, of the Markdown content, or of an element with a heading or a
  // heading's wrapper among its children: only those parents, and the way down to them, are walked.
  // The rest (code blocks, tables, sandboxes: most of a long page) is never visited, which cuts the
  // walk to about a third on /request/ and a quarter on the printed book.
  const parents = new Set<Element>([main]);
  for (const element of main.querySelectorAll(`${headingSelector}, .sl-heading-wrapper, .sl-markdown-content`)) {
    const start = element.classList.contains('sl-markdown-content') ? element : element.parentElement;
    for (let up = start; up && up !== main && !parents.has(up); up = up.parentElement) parents.add(up);
  }
  const markers: Element[] = [];
  const visit = (parent: Element) => {
    const everyChild = parent === main || parent.classList.contains('sl-markdown-content');
    let afterHeading = false;
    for (const child of parent.children) {
      const heading = isHeading(child);
      if (heading || ((everyChild || afterHeading) && !holdsHeading.has(child))) markers.push(child);
      if (heading || child.classList.contains('sl-heading-wrapper')) afterHeading = true;
      if (parents.has(child)) visit(child);
    }
  };
  visit(main);
  return markers;
}
