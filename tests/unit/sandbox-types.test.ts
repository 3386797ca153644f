/**
 * The editor's type checker (src/components/sandbox/types/type-check.ts) on
 * what the site ships: every sandbox, and every exercise's starter and
 * solution, in both languages, has no type error under the configuration
 * the editor uses, and the checker does find the mistakes readers make.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { createTypeChecker, libFiles } from '../../src/components/sandbox/types/type-check.ts';
import { explain, explanations } from '../../src/components/sandbox/types/type-explanations.ts';
import { localizeComments } from '../../src/examples/localize.ts';
import { pageAnchors } from '../lib/page-anchors.ts';
import { sandboxIds, sandboxSource } from '../lib/sandboxes.ts';
import { locales } from '../lib/site.ts';

const libDir = dirname(createRequire(import.meta.url).resolve('typescript/lib/lib.d.ts'));
const checker = createTypeChecker(ts, libFiles((name) => readFileSync(join(libDir, name), 'utf8')));
const exercisesDir = new URL('../../src/exercises/', import.meta.url);
const exerciseIds = readdirSync(exercisesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const errorsOf = (code: string) => checker.diagnostics(code).map((d) => `${d.line}:${d.column} TS${d.code} ${d.message}`);

describe('shipped code type-checks clean', () => {
  for (const locale of ['ro', 'en'] as const) {
    for (const id of sandboxIds) {
      test(`sandbox ${id} (${locale})`, () => {
        assert.deepEqual(errorsOf(localizeComments(sandboxSource(id), locale)), []);
      });
    }
    for (const id of exerciseIds) {
      for (const file of ['starter', 'solution'] as const) {
        test(`exercise ${id}, ${file} (${locale})`, () => {
          const source = readFileSync(new URL(`${id}/${file}.ts`, exercisesDir), 'utf8');
          assert.deepEqual(errorsOf(localizeComments(source, locale)), []);
        });
      }
    }
  }
});

describe('the checker finds what readers get wrong', () => {
  test('a misspelt property, at its position, naming it', () => {
    const code = "const res = await fetch('https://api.example.com/users');\nconsole.log(res.stauts);\n";
    const [found, ...rest] = checker.diagnostics(code);
    assert.equal(rest.length, 0);
    assert.equal(found?.code, 2551);
    assert.equal(found?.line, 2);
    assert.equal(found?.column, 17);
    assert.equal(code.slice(found!.from, found!.to), 'stauts');
    assert.match(found!.message, /stauts.*status/);
  });

  test('a missing await, an unknown caught error, a wrong option, top-level await is fine', () => {
    const codes = (code: string) => checker.diagnostics(code).map((d) => d.code);
    assert.deepEqual(codes("const res = fetch('/x');\nconsole.log(res.status);"), [2339]);
    assert.deepEqual(codes("try { await fetch('/x'); } catch (error) { console.log(error.message); }"), [18046]);
    assert.deepEqual(codes("await fetch('/x', { methd: 'POST' });"), [2561]);
    assert.deepEqual(codes("const res = await fetch('/x');\nif (res.status === '200') {}"), [2367]);
    assert.deepEqual(codes("const url = new URL('https://a.ro/?q=1');\nconst q: string = url.searchParams.get('q');"), [2322]);
  });
});

describe('explanations of type errors', () => {
  test('exist in both languages, and their links land on an anchor of both pages', () => {
    const entries = Object.entries(explanations);
    assert.ok(entries.length >= 20, `${entries.length} explained codes`);
    for (const [code, explanation] of entries) {
      for (const locale of locales) {
        assert.ok(explanation.text[locale.code].trim().length > 20, `${code} ${locale.code}`);
        if (explanation.link === undefined) continue;
        const [slug, anchor] = explanation.link.split('/#') as [string, string];
        assert.ok(pageAnchors(slug, locale.prefix).all.includes(anchor), `${code}: ${locale.prefix}${explanation.link}`);
      }
    }
  });

  test('a property missing from a Promise is explained as a missing await', () => {
    const [found] = checker.diagnostics("const res = fetch('/x');\nconsole.log(res.status);");
    assert.match(explain(found!.code, found!.message)!.text.en, /await/);
    const [typo] = checker.diagnostics("const res = await fetch('/x');\nconsole.log(res.stauts);");
    assert.match(explain(typo!.code, typo!.message)!.text.ro, /greșeală de scriere/);
  });
});
