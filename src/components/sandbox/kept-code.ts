/**
 * A reader's edits to one sandbox, kept on their device so that a reload (or
 * coming back tomorrow) shows what they wrote, not the original again:
 *
 *   sandbox-code:ro:fetch-get → {"version":1,"code":"const res = await fetch(…"}
 *
 * One key per sandbox and language: the Romanian and English pages show the
 * same program with comments in their own language, so an edit made on one
 * is not forced on the other. Storage goes through the same guard as the
 * practice progress (a browser that refuses storage still edits and runs,
 * it only cannot keep), and a value that is not ours is ignored.
 */
import { browserStorage, guardedStorage, type KeyValueStorage } from '../practice/progress-store.ts';

export const keptCodeVersion = 1;
/** Longer than any program a reader writes here; a larger value is not ours, or not worth keeping. */
export const maxKeptCode = 100_000;

export function keptCodeKey(locale: string, id: string): string {
  return `sandbox-code:${locale}:${id}`;
}

/** The kept code in a stored value, or `undefined` when the value is missing or not ours. */
export function parseKeptCode(raw: string | null): string | undefined {
  if (raw === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, code } = value as { version?: unknown; code?: unknown };
  if (version !== keptCodeVersion || typeof code !== 'string' || code.length > maxKeptCode) return undefined;
  return code;
}

export interface KeptCode {
  /** The reader's kept code, if any could be read. */
  load(): string | undefined;
  /** `false` when the browser refused (or the code is too long to keep). */
  save(code: string): boolean;
  /** `false` when the browser refused to remove it. */
  forget(): boolean;
}

export function keptCode(locale: string, id: string, storage: () => KeyValueStorage | undefined = browserStorage): KeptCode {
  const key = keptCodeKey(locale, id);
  const attempt = guardedStorage(storage);
  return {
    load() {
      let raw: string | null = null;
      attempt((store) => {
        raw = store.getItem(key);
      });
      return parseKeptCode(raw);
    },
    save: (code) => code.length <= maxKeptCode && attempt((store) => store.setItem(key, JSON.stringify({ version: keptCodeVersion, code }))),
    forget: () => attempt((store) => store.removeItem(key)),
  };
}
