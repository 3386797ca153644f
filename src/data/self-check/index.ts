/**
 * The "Check yourself" questions of every topic, by page slug: a page places
 * its own with `<SelfCheck topic="urls" />` (src/components/practice/SelfCheck.astro).
 */
import { questions as crud } from './crud.ts';
import { questions as networkProtocols } from './network-protocols.ts';
import { questions as request } from './request.ts';
import { questions as response } from './response.ts';
import { questions as sockets } from './sockets.ts';
import { questions as statusCodes } from './status-codes.ts';
import type { Question } from './types.ts';
import { questions as urls } from './urls.ts';

/** Each topic is named after the page it checks (`src/content/docs/<topic>.mdx`). */
export const selfCheckTopics = {
  'network-protocols': networkProtocols,
  urls,
  request,
  response,
  crud,
  'status-codes': statusCodes,
  sockets,
} as const satisfies Record<string, readonly Question[]>;

export type SelfCheckTopic = keyof typeof selfCheckTopics;

export function isSelfCheckTopic(topic: string): topic is SelfCheckTopic {
  return Object.hasOwn(selfCheckTopics, topic);
}

export type { Question } from './types.ts';
