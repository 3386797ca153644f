import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { addInlineHashes, cspHash, emptyStyleHash } from '../../src/integrations/inline-csp-hashes.ts';

const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-known='; style-src 'self';">${body}</head><body></body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1] ?? '';

test('hashes are the base64 SHA-256 of the exact element body', () => {
  const body = '\n  console.log(1);\n';
  assert.equal(cspHash(body), `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
});

test('inline scripts and styles join their directives; external and data scripts do not', () => {
  const html = page(
    `<script>a()</script><script type="module">b()</script><script src="/x.js"></script>` +
      `<script type="application/ld+json">{}</script><style>p{}</style>`,
  );
  const policy = policyOf(addInlineHashes(html));
  assert.match(policy, new RegExp(`script-src 'self' 'sha256-known=' ${escape(cspHash('a()'))} ${escape(cspHash('b()'))};`));
  assert.match(policy, new RegExp(`style-src 'self' ${escape(cspHash('p{}'))};`));
  assert.doesNotMatch(policy, new RegExp(escape(cspHash('{}'))));
  assert.doesNotMatch(policy, /unsafe-inline/);
});

test('only pages with a sandbox allow an empty style element, and no page allows inline style elements', () => {
  assert.doesNotMatch(policyOf(addInlineHashes(page(''))), new RegExp(escape(emptyStyleHash)));
  const sandboxPolicy = policyOf(addInlineHashes(page('<div data-sandbox="crud"></div>')));
  assert.match(sandboxPolicy, new RegExp(`style-src 'self' ${escape(emptyStyleHash)};`));
  assert.doesNotMatch(sandboxPolicy, /unsafe-inline|style-src-elem/);
});

test('a page without a policy is left as it is', () => {
  const html = '<html><script>a()</script></html>';
  assert.equal(addInlineHashes(html), html);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

test('pages with a sandbox allow their runner frame: its script by hash, blob: workers and modules, https: requests', () => {
  const frame = 'runnerFrame();';
  const withPolicy = (body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self';">${body}</head></html>`;
  const sandboxPolicy = policyOf(addInlineHashes(withPolicy('<div data-sandbox="crud"></div>'), frame));
  assert.match(sandboxPolicy, new RegExp(`script-src 'self' ${escape(cspHash(frame))} blob:;`));
  assert.match(sandboxPolicy, /worker-src 'self' blob:;/);
  assert.match(sandboxPolicy, /connect-src 'self' https:;/);
  const textPolicy = policyOf(addInlineHashes(withPolicy('<p>text</p>'), frame));
  assert.doesNotMatch(textPolicy, /blob:|https:|sha256/, 'a page without a sandbox allows nothing of the frame');
});
