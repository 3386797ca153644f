/**
 * The downloadable socket starter, packed into a zip in memory.
 *
 * The same bytes serve the file written to `dist/downloads/` and the size and
 * SHA-256 printed on the page, so the two cannot disagree. The archive is
 * deterministic: entries sorted by path, one fixed timestamp and one fixed
 * permission for every file, so the same sources always give the same bytes
 * (and the same hash), whoever builds them and whenever.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type ZipAttributes } from 'fflate';

export const STARTER_NAME = 'socket-starter';
/** Where the archive lives in the built site, relative to the base path. */
export const STARTER_DOWNLOAD_PATH = `downloads/${STARTER_NAME}.zip`;

export const starterSourceDir = fileURLToPath(new URL(`../../starters/${STARTER_NAME}/`, import.meta.url));

/** Never shipped: installs, build and test output, editor and OS litter. */
const excludedNames = new Set(['node_modules', '.git', 'dist', 'coverage', 'test-results', '.DS_Store', 'Thumbs.db']);
const excludedExtensions = ['.zip', '.log', '.tsbuildinfo'];

export interface StarterArchive {
  bytes: Uint8Array;
  size: number;
  sha256: string;
  /** Paths inside the archive, in archive order. */
  entries: string[];
}

/** Files of the starter as sorted POSIX paths relative to `dir`. */
export function listStarterFiles(dir: string = starterSourceDir): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (excludedNames.has(entry.name) || excludedExtensions.some((ext) => entry.name.endsWith(ext))) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  // Code-unit order, not localeCompare: the order must not depend on the machine's locale.
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * DOS timestamps in a zip have no time zone: fflate writes the local time of
 * the Date it gets. A Date built from local fields gives 1980-01-01 00:00
 * (the earliest zip date) in every time zone.
 */
const fixedAttributes = (): ZipAttributes => ({
  mtime: new Date(1980, 0, 1, 0, 0, 0),
  os: 3, // Unix, so that the permission below is read
  attrs: (0o100644 << 16) >>> 0, // a regular file, rw-r--r--
});

export function packStarter(dir: string = starterSourceDir): StarterArchive {
  const entries = listStarterFiles(dir);
  const files: Record<string, [Uint8Array, ZipAttributes]> = {};
  for (const path of entries) {
    files[`${STARTER_NAME}/${path}`] = [readFileSync(join(dir, path)), fixedAttributes()];
  }
  const bytes = zipSync(files, { level: 9 });
  return {
    bytes,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    entries: Object.keys(files),
  };
}
