/**
 * Registers the service worker (src/integrations/service-worker.ts) and tells
 * the reader when a new version of the course is ready: a notice with Reload,
 * never a swap in the middle of reading. Workbox's window library follows the
 * worker's life cycle; the waiting worker takes over only when the reader
 * asks (it is sent SKIP_WAITING), and the page reloads once it controls it.
 *
 * Another tab that clicked Reload puts the new version in charge of this one
 * too: its old scripts may then be gone from the cache, so the notice shows
 * here as well, and Reload only reloads.
 */
import { Workbox } from 'workbox-window';
import { siteBase } from '../../paths.ts';

/** `region`: the status region, always in the page; its card is shown when there is news. */
export function startOfflineSupport(region: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const base = siteBase(import.meta.env.BASE_URL);
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  const card = region.querySelector<HTMLElement>('.update-notice')!;
  const reload = region.querySelector<HTMLButtonElement>('[data-update-reload]')!;
  const later = region.querySelector<HTMLButtonElement>('[data-update-later]')!;
  let asked = false;

  const show = () => {
    card.hidden = false;
    // In the top layer where popovers are supported; a plain fixed card elsewhere.
    if (typeof card.showPopover === 'function' && !card.matches(':popover-open')) card.showPopover();
    // The status region announces the text; the reader's focus stays where it was.
    region.querySelector('[data-update-text]')!.textContent = region.dataset.text ?? '';
  };
  // A new version installed and waiting, whether this page's check found it or another tab's did.
  workbox.addEventListener('waiting', show);
  // Watched on the container, not through Workbox, which reports only the worker it registered itself.
  let hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) window.location.reload();
    // The first visit's worker taking charge is no news; a newer one, put in charge by another tab, is.
    else if (hadController) show();
    hadController = true;
  });
  reload.addEventListener('click', () => {
    asked = true;
    reload.disabled = true;
    // A worker still waiting is told to take over (the page reloads when it has); if another tab's
    // Reload already put it in charge, only the reload is left to do.
    void navigator.serviceWorker.getRegistration(base).then((registration) => {
      if (registration?.waiting) workbox.messageSkipWaiting();
      else window.location.reload();
    });
  });
  later.addEventListener('click', () => {
    if (typeof card.hidePopover === 'function' && card.matches(':popover-open')) card.hidePopover();
    card.hidden = true;
  });
  workbox.register().catch(() => {
    // No worker (a private window, a browser that refuses them): the course works online as before.
  });
}
