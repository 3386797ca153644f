/**
 * Packs `starters/socket-starter/` into `<outDir>/downloads/socket-starter.zip`
 * at build time (and serves it in `astro dev`), and exposes the archive's
 * size and SHA-256 to pages through `virtual:starter-download`.
 *
 * The archive is built once per process; the file written and the numbers
 * shown on the page come from those same bytes. It is never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { packStarter, STARTER_DOWNLOAD_PATH, type StarterArchive } from '../downloads/starter-archive.ts';

const virtualId = 'virtual:starter-download';
const resolvedVirtualId = `\0${virtualId}`;

export function starterZip(): AstroIntegration {
  let archive: StarterArchive | undefined;
  const getArchive = () => (archive ??= packStarter());
  let base = '/';

  return {
    name: 'starter-zip',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'starter-download',
                resolveId: (id) => (id === virtualId ? resolvedVirtualId : undefined),
                load(id) {
                  if (id !== resolvedVirtualId) return undefined;
                  const { size, sha256, entries } = getArchive();
                  const info = { path: STARTER_DOWNLOAD_PATH, size, sha256, entries };
                  return `export const starterDownload = ${JSON.stringify(info)};`;
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        const url = `${base.replace(/\/+$/, '')}/${STARTER_DOWNLOAD_PATH}`;
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== url) return next();
          const { bytes } = getArchive();
          response.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Length': bytes.length });
          response.end(bytes);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const { bytes, size, sha256 } = getArchive();
        const target = fileURLToPath(new URL(STARTER_DOWNLOAD_PATH, dir));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, bytes);
        logger.info(`${STARTER_DOWNLOAD_PATH}: ${size} bytes, sha256 ${sha256}`);
      },
    },
  };
}
