/**
 * Keeps the reader's edits (kept-code.ts) while they type: a debounced save
 * after each change, the saved copy forgotten once the code is the original
 * again, and a last save when the page goes away, so a reload made right
 * after typing loses nothing.
 *
 * Only changes are saved: the code the editor starts with is either the
 * original, the kept copy itself, or a shared link's code that the caller
 * has already saved. A damaged link shows the original without touching the
 * reader's kept copy, which comes back on the next visit.
 */
import { useEffect, useRef, useState } from 'react';
import type { KeptCode } from './kept-code.ts';

export type KeptState = 'kept' | 'not-kept';

export function useKeptEdits(store: KeptCode, original: string, code: string, initiallyKept: boolean): KeptState | undefined {
  // Refused, as far as we know: only a save that failed says so. The first edit of the original is
  // not "not kept" during the debounce before its first save.
  const [refused, setRefused] = useState(() => code !== original && !initiallyKept);
  const pending = useRef<string | undefined>(undefined);
  const started = useRef(false);

  useEffect(() => {
    const flush = () => {
      const latest = pending.current;
      if (latest === undefined) return;
      pending.current = undefined;
      setRefused(!(latest === original ? store.forget() : store.save(latest)));
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [store, original]);

  useEffect(() => {
    if (!started.current) {
      started.current = true;
      return;
    }
    pending.current = code;
    const timer = setTimeout(() => {
      pending.current = undefined;
      setRefused(!(code === original ? store.forget() : store.save(code)));
    }, 300);
    return () => clearTimeout(timer);
  }, [code, original, store]);

  if (code === original) return undefined;
  return refused ? 'not-kept' : 'kept';
}
