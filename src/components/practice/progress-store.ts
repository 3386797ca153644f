/**
 * A reader's self-check progress, one localStorage key per topic:
 *
 *   self-check:urls → {"version":1,"answers":{"http-port":"80","userinfo":["host-attacker","user-name"]}}
 *
 * Only checked answers are saved; whether each is right is worked out again
 * from the page's answer keys, so a corrected question never keeps a stale
 * verdict. Question and option ids are the same in both languages, so
 * progress made on /urls/ shows on /en/urls/ too.
 *
 * Storage is a convenience, never a requirement: `localStorage` throws in
 * some browsers (blocked cookies, some private modes, sandboxed frames), and
 * what it holds may be anything. Every access is guarded, a value that is not
 * ours is ignored, and the caller learns that saving failed so it can say so.
 */
import type { ReaderAnswer } from './answer-check.ts';

export const progressVersion = 1;

export interface Progress {
  version: typeof progressVersion;
  answers: Record<string, ReaderAnswer>;
}

export function storageKey(topic: string): string {
  return `self-check:${topic}`;
}

export function emptyProgress(): Progress {
  return { version: progressVersion, answers: {} };
}

/**
 * Reads a saved value; anything else (no value, broken JSON, another version,
 * answers of the wrong shape) gives empty progress. Entries of the right
 * shape survive next to broken ones.
 */
export function parseProgress(raw: string | null): Progress {
  if (raw === null) return emptyProgress();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyProgress();
  }
  if (typeof value !== 'object' || value === null) return emptyProgress();
  const { version, answers } = value as { version?: unknown; answers?: unknown };
  if (version !== progressVersion || typeof answers !== 'object' || answers === null || Array.isArray(answers)) return emptyProgress();
  const progress = emptyProgress();
  for (const [id, answer] of Object.entries(answers)) {
    if (typeof answer === 'string' || (Array.isArray(answer) && answer.every((item) => typeof item === 'string'))) {
      progress.answers[id] = answer as ReaderAnswer;
    }
  }
  return progress;
}

/** The part of `Storage` this module uses, so tests can hand it a fake one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ProgressStore {
  /** Saved progress, or empty progress when there is none or it cannot be read. */
  load(): { progress: Progress; readable: boolean };
  /** `false` when the browser refused to store it. */
  save(progress: Progress): boolean;
  /** `false` when the browser refused to remove it. */
  clear(): boolean;
}

/** `window.localStorage`, or `undefined` where merely reading the property throws. */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `action` on the storage, if there is one and it lets us: `false` when
 * there is none or it threw (blocked, full, private mode). Every store of the
 * site's own (progress, practice summary, kept code) goes through this.
 */
export function guardedStorage(storage: () => KeyValueStorage | undefined = browserStorage) {
  return (action: (store: KeyValueStorage) => void): boolean => {
    try {
      const store = storage();
      if (!store) return false;
      action(store);
      return true;
    } catch {
      return false;
    }
  };
}

export function progressStore(topic: string, storage: () => KeyValueStorage | undefined = browserStorage): ProgressStore {
  const key = storageKey(topic);
  const attempt = guardedStorage(storage);
  return {
    load() {
      let raw: string | null = null;
      const readable = attempt((store) => {
        raw = store.getItem(key);
      });
      return { progress: parseProgress(raw), readable };
    },
    save: (progress) => attempt((store) => store.setItem(key, JSON.stringify(progress))),
    clear: () => attempt((store) => store.removeItem(key)),
  };
}
