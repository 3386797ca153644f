/**
 * Every coding exercise, in the order its page shows them. A page places its
 * topic's exercises with `<Exercises topic="crud" />`
 * (src/components/practice/Exercises.astro); the sources of each exercise
 * (starter, solution, checks) are read from its folder.
 */
import createUser from './create-user/exercise.ts';
import frameLines from './frame-lines/exercise.ts';
import handleFailures from './handle-failures/exercise.ts';
import readResponse from './read-response/exercise.ts';
import requestHeaders from './request-headers/exercise.ts';
import requestTimeout from './request-timeout/exercise.ts';
import retryAfter from './retry-after/exercise.ts';
import searchUrl from './search-url/exercise.ts';
import statusClasses from './status-classes/exercise.ts';
import type { Exercise } from './types.ts';
import updateUser from './update-user/exercise.ts';
import urlParts from './url-parts/exercise.ts';

export const exercises: readonly Exercise[] = [
  // urls
  urlParts,
  searchUrl,
  // request
  requestHeaders,
  requestTimeout,
  // response
  readResponse,
  handleFailures,
  // crud
  createUser,
  updateUser,
  // status-codes
  statusClasses,
  retryAfter,
  // sockets
  frameLines,
];

export function exercisesOf(topic: string): Exercise[] {
  return exercises.filter((exercise) => exercise.topic === topic);
}

export type { Exercise } from './types.ts';
