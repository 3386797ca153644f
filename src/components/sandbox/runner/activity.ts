/**
 * Knows when a run is over. As in Node, a program is finished when nothing
 * is left that would keep it alive: its top level has settled and no timer,
 * interval or request is pending. While one is, the page shows the run as
 * running (with Stop); once none is, the worker is idle and is terminated,
 * so nothing the run scheduled in some other way (a MessageChannel, an
 * unref'd `AbortSignal.timeout`) outlives it either.
 *
 * The tracking wraps the globals the reader's code calls: the timer functions,
 * `fetch` and the body readers of `Response`, `Request` and `Blob`. Wrapping
 * is not a security boundary (the page's time limit is); code that replaces
 * these globals only makes its own run end sooner or later.
 */

type Callback = (...args: unknown[]) => void;

export interface Activity {
  /** Settles once `topLevel` has settled and nothing tracked is pending any more. */
  idle(topLevel: Promise<void>): Promise<void>;
  /** Wraps a promise-returning function so that its calls count as pending work. */
  track<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
  /** Puts the original globals back. */
  restore(): void;
}

interface Globals {
  setTimeout: typeof setTimeout;
  clearTimeout: typeof clearTimeout;
  setInterval: typeof setInterval;
  clearInterval: typeof clearInterval;
}

const bodyReaders = ['text', 'json', 'arrayBuffer', 'blob', 'formData', 'bytes'] as const;

/**
 * Installs the tracking. `onError` receives what a timer callback throws
 * (an uncaught error of the reader's code, reported like the others).
 */
export function trackActivity(onError: (error: unknown) => void): Activity {
  const global = globalThis as unknown as Globals & Record<string, unknown>;
  const original: Globals = {
    setTimeout: global.setTimeout,
    clearTimeout: global.clearTimeout,
    setInterval: global.setInterval,
    clearInterval: global.clearInterval,
  };
  // The harness's own timers: bound now, before the reader's code can replace the globals.
  const later = original.setTimeout.bind(globalThis);
  const timers = new Set<unknown>();
  let requests = 0;
  let check: (() => void) | undefined;
  const changed = () => check?.();

  const call = (callback: unknown, args: unknown[]) => {
    if (typeof callback !== 'function') return;
    try {
      (callback as Callback)(...args);
    } catch (error) {
      onError(error);
    }
  };

  global.setTimeout = ((callback: unknown, ms?: number, ...args: unknown[]) => {
    const id: unknown = original.setTimeout.call(globalThis, () => {
      call(callback, args);
      // Counted until its callback has run: a busy loop inside it keeps the run alive until the limit.
      timers.delete(id);
      changed();
    }, ms);
    timers.add(id);
    return id;
  }) as typeof setTimeout;
  global.setInterval = ((callback: unknown, ms?: number, ...args: unknown[]) => {
    const id: unknown = original.setInterval.call(globalThis, () => call(callback, args), ms);
    timers.add(id);
    return id;
  }) as typeof setInterval;
  const clear = (id: unknown) => {
    original.clearTimeout.call(globalThis, id as ReturnType<typeof setTimeout>);
    if (timers.delete(id)) changed();
  };
  global.clearTimeout = clear as typeof clearTimeout;
  global.clearInterval = clear as typeof clearInterval;

  function track<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return function tracked(this: unknown, ...args: A): Promise<R> {
      requests++;
      const settle = () => {
        requests--;
        changed();
      };
      let result: Promise<R>;
      try {
        result = fn.apply(this, args);
      } catch (error) {
        settle();
        throw error;
      }
      // The reader's promise is the original one; this chain only counts.
      Promise.resolve(result).then(settle, settle);
      return result;
    };
  }

  const prototypes: [Record<string, unknown>, string, unknown][] = [];
  for (const name of ['Response', 'Request', 'Blob']) {
    const proto = (globalThis as unknown as Record<string, { prototype: Record<string, unknown> } | undefined>)[name]?.prototype;
    if (!proto) continue;
    for (const method of bodyReaders) {
      const fn = proto[method];
      if (typeof fn !== 'function') continue;
      prototypes.push([proto, method, fn]);
      proto[method] = track(fn as (...args: unknown[]) => Promise<unknown>);
    }
  }

  return {
    track,
    idle(topLevel) {
      return new Promise<void>((resolve) => {
        let settled = false;
        check = () => {
          if (!settled || timers.size > 0 || requests > 0) return;
          // Wait one task: the microtasks of what just settled may start new work.
          later(() => {
            if (timers.size === 0 && requests === 0) {
              check = undefined;
              resolve();
            }
          }, 0);
        };
        void topLevel.finally(() => {
          settled = true;
          check?.();
        });
      });
    },
    restore() {
      Object.assign(global, original);
      for (const [proto, method, fn] of prototypes) proto[method] = fn;
      for (const id of timers) original.clearTimeout.call(globalThis, id as ReturnType<typeof setTimeout>);
      timers.clear();
    },
  };
}
