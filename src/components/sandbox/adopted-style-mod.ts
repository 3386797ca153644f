/**
 * style-mod, the library CodeMirror writes its styles with, put into a
 * constructed stylesheet instead of a `<style>` element.
 *
 * style-mod (4.x) already does this for a shadow root: a root without a
 * `head` but with `adoptedStyleSheets` gets a `CSSStyleSheet` filled with
 * `insertRule`. For the document itself it writes the rules as the text of a
 * `<style>` element, which a Content-Security-Policy without
 * `'unsafe-inline'` for style elements blocks, and no hash can cover (the
 * text changes as editors mount). So `mount` hands style-mod, for a document,
 * a stand-in root that exposes only the document's `adoptedStyleSheets`:
 * style-mod then takes its own shadow-root path, and the policy can stay
 * strict (CSP does not govern constructed stylesheets). Wired in as an alias
 * of `style-mod` in astro.config.mjs; everything else is style-mod's own.
 */
import { StyleModule as Original } from 'style-mod/original';

type Root = Document | ShadowRoot | DocumentOrShadowRoot;

/** One stand-in per document, so that style-mod keeps its one style set for it. */
const standIns = new WeakMap<Document, DocumentOrShadowRoot>();

function standIn(document: Document): DocumentOrShadowRoot {
  let root = standIns.get(document);
  if (!root) {
    root = {
      get ownerDocument() {
        return document;
      },
      get adoptedStyleSheets() {
        return document.adoptedStyleSheets;
      },
      set adoptedStyleSheets(sheets: CSSStyleSheet[]) {
        document.adoptedStyleSheets = sheets;
      },
    } as unknown as DocumentOrShadowRoot;
    standIns.set(document, root);
  }
  return root;
}

export class StyleModule extends Original {
  static override mount(root: Root, modules: Original | readonly Original[], options?: { nonce?: string }): void {
    const isDocument = typeof Document !== 'undefined' && root instanceof Document;
    Original.mount(isDocument ? standIn(root) : root, modules, options);
  }
}
