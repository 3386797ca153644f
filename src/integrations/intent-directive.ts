/**
 * `client:intent`: hydrates an island when the reader shows they are about
 * to use it (a pointer over it or down on it, focus inside it), not when it
 * scrolls into view. The sandbox editor is the site's heaviest script; loaded
 * on sight, it parsed and hydrated while the page was still loading, which
 * is most of the blocking time Lighthouse measured on a phone. A reader who
 * only reads never pays for it.
 *
 * A click made before the island has hydrated is not lost: the control's
 * `data-intent` (e.g. "run") is left on the island as `data-pending-intent`,
 * and the island carries it out once it is ready (SandboxEditor.tsx).
 *
 * One exception to waiting: a sandbox whose wrapper says the reader has
 * kept edits there (`data-wake-if-stored`, a localStorage key) or has opened
 * a link shared from it (`data-wake-if-hash`, a fragment prefix) loads at
 * once, so their code replaces the original without a gesture; a shared
 * link also scrolls to its sandbox, since its fragment names no element.
 *
 * Astro inlines this function into the pages that use the directive.
 */
import type { ClientDirective } from 'astro';

const intentDirective: ClientDirective = (load, _options, island) => {
  const triggers = ['pointerover', 'pointerdown', 'focusin'] as const;
  let started = false;

  const remember = (event: Event) => {
    const control = event.target instanceof Element ? event.target.closest('[data-intent]') : null;
    const intent = control?.getAttribute('data-intent');
    if (intent) island.dataset.pendingIntent = intent;
    void start();
  };

  async function start(): Promise<void> {
    if (started) return;
    started = true;
    for (const type of triggers) island.removeEventListener(type, start);
    const hydrate = await load();
    await hydrate();
    island.removeEventListener('click', remember, true);
  }

  island.addEventListener('click', remember, true);
  for (const type of triggers) island.addEventListener(type, start, { passive: true });

  const wrapper = island.closest<HTMLElement>('[data-wake-if-stored], [data-wake-if-hash]');
  const hash = wrapper?.dataset.wakeIfHash;
  const shared = hash !== undefined && location.hash.startsWith(hash);
  if (shared) wrapper?.scrollIntoView({ block: 'start' });
  if (shared || hasStored(wrapper?.dataset.wakeIfStored)) void start();
};

/** Whether localStorage holds `key`; storage that throws (blocked, private mode) holds nothing. */
function hasStored(key: string | undefined): boolean {
  if (key === undefined) return false;
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

export default intentDirective;
