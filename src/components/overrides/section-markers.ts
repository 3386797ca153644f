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
  const markers: Element[] = [];
  const visit = (parent: Element) => {
    const everyChild = parent === main || parent.classList.contains('sl-markdown-content');
    let afterHeading = false;
    for (const child of parent.children) {
      const heading = isHeading(child);
      if (heading || ((everyChild || afterHeading) && !holdsHeading.has(child))) markers.push(child);
      if (heading || child.classList.contains('sl-heading-wrapper')) afterHeading = true;
      visit(child);
    }
  };
  visit(main);
  return markers;
}
