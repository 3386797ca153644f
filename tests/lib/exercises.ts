/**
 * The sources of each coding exercise, read from its folder as the page reads
 * them (src/components/practice/Exercises.astro), for the unit tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';

const root = new URL('../../src/exercises/', import.meta.url);

export const exerciseFiles = ['exercise.ts', 'starter.ts', 'solution.ts', 'checks.ts'] as const;

/** The folders under src/exercises/: one per exercise. */
export function exerciseFolders(): string[] {
  return readdirSync(root).filter((name) => statSync(new URL(name, root)).isDirectory()).sort();
}

export function exerciseSource(id: string, file: (typeof exerciseFiles)[number]): string {
  return readFileSync(new URL(`${id}/${file}`, root), 'utf8');
}

export function hasExerciseFile(id: string, file: string): boolean {
  try {
    return statSync(new URL(`${id}/${file}`, root)).isFile();
  } catch {
    return false;
  }
}
