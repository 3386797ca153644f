/**
 * The CORS diagram's story (src/data/cors-flow.ts), as the Fetch standard tells it: a simple
 * request goes out at once and its response may be hidden; a preflighted one asks with OPTIONS
 * first, and the real request follows only after a check the preflight's answer must pass.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { type BrowserCheck, type CorsStep, corsFlows, corsFlowText, pageOrigin, type WireMessage } from '../../src/data/cors-flow.ts';
import { headers } from '../../src/data/headers.ts';
import { locales } from '../../src/data/locale.ts';

const flow = (id: 'simple' | 'preflight') => {
  const found = corsFlows.find((f) => f.id === id);
  assert.ok(found, id);
  return found;
};
const isMessage = (step: CorsStep): step is WireMessage => step.kind !== 'check';
const names = (message: WireMessage | undefined) => message?.headers.map(([name]) => name) ?? [];
const value = (message: WireMessage | undefined, name: string) => message?.headers.find(([n]) => n === name)?.[1];

describe('CORS diagram data', () => {
  test('the simple request goes out at once, with Origin; the browser checks the answer and may hide it', () => {
    const steps = flow('simple').steps;
    assert.deepEqual(steps.map((s) => s.kind), ['request', 'response', 'check']);
    const [request, response] = steps.filter(isMessage);
    assert.match(request?.start ?? '', /^(GET|HEAD|POST) /);
    assert.equal(value(request, 'Origin'), pageOrigin);
    assert.equal(value(response, 'Access-Control-Allow-Origin'), pageOrigin);
    const check = steps[2] as BrowserCheck;
    assert.match(check.no.en, /hides it/);
    assert.match(check.no.ro, /îl ascunde/);
  });

  test('the preflight: OPTIONS with Origin and Access-Control-Request-*, an answer with Access-Control-Allow-*, then the real request', () => {
    const steps = flow('preflight').steps;
    assert.deepEqual(steps.map((s) => s.kind), ['request', 'response', 'check', 'request', 'response', 'check']);
    const [preflight, answer, real, realResponse] = steps.filter(isMessage);
    assert.match(preflight?.start ?? '', /^OPTIONS /);
    assert.deepEqual(names(preflight), ['Origin', 'Access-Control-Request-Method', 'Access-Control-Request-Headers']);
    const method = value(preflight, 'Access-Control-Request-Method') ?? '';
    assert.equal(real?.start.split(' ')[0], method, 'the real request uses the method the preflight asked about');
    assert.equal(real?.start.split(' ')[1], preflight?.start.split(' ')[1], 'same URL');
    // Fetch: the header names the real request adds, lower-cased, sorted, joined by commas.
    const unsafe = names(real).filter((n) => n !== 'Origin').map((n) => n.toLowerCase()).sort();
    assert.equal(value(preflight, 'Access-Control-Request-Headers'), unsafe.join(','));
    for (const name of ['Access-Control-Allow-Origin', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers']) {
      assert.ok(names(answer).includes(name), name);
    }
    assert.ok((value(answer, 'Access-Control-Allow-Methods') ?? '').split(', ').includes(method));
    assert.match(answer?.start ?? '', /^2\d\d /);
    assert.equal(value(realResponse, 'Access-Control-Allow-Origin'), pageOrigin, 'the real response is checked too');
    const gate = steps[2] as BrowserCheck;
    assert.match(gate.no.en, /never sent/);
    assert.match(gate.no.ro, /nu mai este trimisă/);
  });

  test('every header of the diagram that the notes list has its entry, and every text has both languages', () => {
    const known = new Set(headers.map((h) => h.name));
    const drawn = new Set(corsFlows.flatMap((f) => f.steps.filter(isMessage).flatMap(names)));
    for (const name of ['Origin', 'Access-Control-Allow-Origin', 'Authorization', 'Content-Type']) {
      assert.ok(drawn.has(name) && known.has(name), name);
    }
    const texts = corsFlows.flatMap((f) => [
      f.title,
      f.when,
      ...f.steps.flatMap((s) => (s.kind === 'check' ? [s.question, s.yes, s.no] : [])),
    ]);
    for (const text of texts) {
      for (const locale of locales) assert.ok(text[locale].trim(), `empty ${locale} text`);
      assert.notEqual(text.ro, text.en, `untranslated: ${text.en}`);
    }
    assert.notEqual(corsFlowText.ro.title, corsFlowText.en.title);
    assert.notEqual(corsFlowText.ro.description, corsFlowText.en.description);
  });

  test('the diagram is on the response page in both languages, in the CORS section', () => {
    for (const prefix of ['', 'en/']) {
      const page = readFileSync(new URL(`../../src/content/docs/${prefix}response.mdx`, import.meta.url), 'utf8');
      const section = page.split(/^## /m).find((s) => /\{#cors\}/.test(s.split('\n')[0] ?? ''));
      assert.ok(section?.includes('<CorsFlow />'), `${prefix}response.mdx places <CorsFlow /> under {#cors}`);
    }
  });
});
