/**
 * Completes the Content-Security-Policy that Astro writes into each page.
 *
 * Astro hashes the scripts and styles it bundles, but not `<script is:inline>`
 * blocks (Starlight's theme and search bootstrap scripts, for instance), which
 * a strict policy then blocks. After the build, this adds the SHA-256 of every
 * inline script and style of a page to that page's own policy, so the policy
 * stays free of 'unsafe-inline' and allows exactly the inline code we ship.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const metaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** `'sha256-…'` of a script or style body, exactly as the browser hashes it. */
export function cspHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body.replaceAll('\r\n', '\n')).digest('base64')}'`;
}

/** Bodies of inline elements: scripts without `src` that the browser would run, and styles. */
function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const bodies: string[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (tag === 'script' && (/\ssrc=/i.test(attributes) || /type="application\/(ld\+)?json"/i.test(attributes))) continue;
    if (body.trim() !== '') bodies.push(body);
  }
  return bodies;
}

function addToDirective(policy: string, directive: string, hashes: string[]): string {
  const parts = policy.split(';').map((part) => part.trim()).filter(Boolean);
  const index = parts.findIndex((part) => part.split(/\s+/)[0] === directive);
  if (index === -1) return policy;
  const sources = new Set((parts[index] ?? '').split(/\s+/));
  for (const hash of hashes) sources.add(hash);
  parts[index] = [...sources].join(' ');
  return `${parts.join('; ')};`;
}

/**
 * Pages with a live sandbox get one more hash: that of the empty string. The
 * editor's styling library (Stitches, inside Sandpack) adds one empty
 * `<style>` element and fills its sheet with `insertRule`, which CSP does not
 * govern; CodeMirror's own styles go to a constructed stylesheet
 * (src/components/sandbox/adopted-style-mod.ts). No page allows
 * `'unsafe-inline'` for style elements.
 */
export const emptyStyleHash = cspHash('');
const hasSandbox = (html: string) => html.includes('data-sandbox=');

/**
 * What a page with a live sandbox also allows, for its runner frame. The
 * frame is a sandboxed `srcdoc` iframe (runner-client.ts): an opaque origin
 * whose document comes from the page itself, not from the network, so that
 * sandboxes run offline (the service worker cannot serve a sandboxed frame's
 * navigation). A `srcdoc` document inherits the page's policy, so the page's
 * policy carries what the frame needs: the hash of its one script, `blob:`
 * for the worker it starts and the reader's module that worker imports, and
 * `https:` for requests the reader's code makes to real hosts (the demo API
 * never leaves the worker). The page's own scripts are still only its
 * hashed or same-origin ones.
 */
export function runnerFrameSources(frameScript: string) {
  return { script: [cspHash(frameScript), 'blob:'], worker: ['blob:'], connect: ['https:'] };
}

/**
 * The page with every inline script and style hashed into its CSP `<meta>`; unchanged without one.
 * `frameScript`: the runner frame's script, for pages with a sandbox.
 */
export function addInlineHashes(html: string, frameScript?: string): string {
  const meta = metaPattern.exec(html);
  if (!meta) return html;
  let policy = meta[2] ?? '';
  const sandbox = hasSandbox(html);
  const frame = sandbox && frameScript !== undefined ? runnerFrameSources(frameScript) : undefined;
  policy = addToDirective(policy, 'script-src', [...inlineBodies(html, 'script').map(cspHash), ...(frame?.script ?? [])]);
  const styles = inlineBodies(html, 'style').map(cspHash);
  policy = addToDirective(policy, 'style-src', sandbox ? [...styles, emptyStyleHash] : styles);
  if (frame) {
    policy = addToDirective(policy, 'worker-src', frame.worker);
    policy = addToDirective(policy, 'connect-src', frame.connect);
  }
  return html.replace(metaPattern, `$1${policy}$3`);
}

export function inlineCspHashes(): AstroIntegration {
  return {
    name: 'inline-csp-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const framePath = join(root, 'sandbox-runner', 'frame.js');
        const frameScript = existsSync(framePath) ? readFileSync(framePath, 'utf8') : undefined;
        let pages = 0;
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const updated = addInlineHashes(html, frameScript);
          if (updated !== html) {
            writeFileSync(path, updated);
            pages += 1;
          }
        }
        logger.info(`hashed inline scripts and styles into the CSP of ${pages} pages`);
      },
    },
  };
}
