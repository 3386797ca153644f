/**
 * What a reader has done on each topic, in one localStorage key, for the
 * markers in the sidebar and on the exercises:
 *
 *   practice → {"version":1,"topics":{"crud":{"questions":4,"solved":["create-user"]}}}
 *
 * `questions` is how many of the topic's self-check questions were last
 * answered right (the self-check's own key keeps the answers themselves);
 * `solved` lists the exercises whose every check passed once. Totals are not
 * stored: the page knows them. As with the self-check's progress, storage may
 * throw or hold anything; the reader then gets checking without memory.
 * A change is announced on `window` as a `practice-progress` event, so every
 * marker on the page follows it.
 */
import { browserStorage, guardedStorage, type KeyValueStorage } from './progress-store.ts';

export const summaryKey = 'practice';
export const summaryVersion = 1;
export const progressEvent = 'practice-progress';

export interface TopicProgress {
  questions: number;
  solved: string[];
}

export interface PracticeSummary {
  version: typeof summaryVersion;
  topics: Record<string, TopicProgress>;
}

const empty = (): PracticeSummary => ({ version: summaryVersion, topics: {} });

/** A saved summary, keeping each topic of the right shape and nothing else. */
export function parseSummary(raw: string | null): PracticeSummary {
  if (raw === null) return empty();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return empty();
  }
  const { version, topics } = (typeof value === 'object' && value !== null ? value : {}) as { version?: unknown; topics?: unknown };
  if (version !== summaryVersion || typeof topics !== 'object' || topics === null || Array.isArray(topics)) return empty();
  const summary = empty();
  for (const [topic, entry] of Object.entries(topics)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { questions, solved } = entry as { questions?: unknown; solved?: unknown };
    summary.topics[topic] = {
      questions: Number.isSafeInteger(questions) && (questions as number) >= 0 ? (questions as number) : 0,
      solved: Array.isArray(solved) ? [...new Set(solved.filter((id): id is string => typeof id === 'string'))] : [],
    };
  }
  return summary;
}

export function practiceSummary(storage: () => KeyValueStorage | undefined = browserStorage) {
  const attempt = guardedStorage(storage);
  const read = (): PracticeSummary => {
    let raw: string | null = null;
    attempt((store) => {
      raw = store.getItem(summaryKey);
    });
    return parseSummary(raw);
  };
  /** Changes one topic's entry; `false` when the browser would not store it. */
  const update = (topic: string, change: (entry: TopicProgress) => TopicProgress): boolean => {
    const summary = read();
    summary.topics[topic] = change(summary.topics[topic] ?? { questions: 0, solved: [] });
    const saved = attempt((store) => store.setItem(summaryKey, JSON.stringify(summary)));
    globalThis.dispatchEvent?.(new Event(progressEvent));
    return saved;
  };
  return {
    read,
    topic: (topic: string): TopicProgress => read().topics[topic] ?? { questions: 0, solved: [] },
    setQuestions: (topic: string, correct: number) => update(topic, (entry) => ({ ...entry, questions: correct })),
    markSolved: (topic: string, id: string) => update(topic, (entry) => ({ ...entry, solved: [...new Set([...entry.solved, id])] })),
    clearSolved: (topic: string) => update(topic, (entry) => ({ ...entry, solved: [] })),
  };
}
