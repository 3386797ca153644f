import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { localizeComments, unpairedVariants, untranslatedComments } from '../../src/examples/localize.ts';

const source = [
  "import { createServer } from 'node:net';",
  '  // ro: Creează serverul',
  '  // en: Create the server',
  'const server = createServer(); // an untagged comment stays',
].join('\n');

test('keeps the comments of the page language and drops the others', () => {
  assert.equal(
    localizeComments(source, 'ro'),
    "import { createServer } from 'node:net';\n  // Creează serverul\nconst server = createServer(); // an untagged comment stays",
  );
  assert.equal(
    localizeComments(source, 'en'),
    "import { createServer } from 'node:net';\n  // Create the server\nconst server = createServer(); // an untagged comment stays",
  );
});

test('finds a comment that exists in one language only', () => {
  assert.deepEqual(untranslatedComments(source), []);
  assert.deepEqual(untranslatedComments('// ro: doar română\nx();\n// en: only English'), [
    'line 1: no en comment',
    'line 3: no ro comment',
  ]);
});

test('a comment may span several lines: its ro lines, then its en lines', () => {
  assert.deepEqual(untranslatedComments('// ro: unu\n// ro: doi\n// en: one\n// en: two\nx();'), []);
  assert.deepEqual(untranslatedComments('// ro: unu\n// en: one\n// ro: doi\nx();'), ['line 3: no en comment']);
});

test('lines tagged // @ro and // @en are kept only in their language', () => {
  const code = "log('Stare'); // @ro\nlog('Status'); // @en\nlog(1);";
  assert.equal(localizeComments(code, 'ro'), "log('Stare');\nlog(1);");
  assert.equal(localizeComments(code, 'en'), "log('Status');\nlog(1);");
  assert.deepEqual(unpairedVariants(code), []);
  assert.deepEqual(unpairedVariants("log('Stare'); // @ro\nlog(1);"), ['line 1: expected one line per language (ro, en) in that order']);
});

test('every example and sandbox file has each comment in both languages', () => {
  const roots = ['../../src/examples/', '../../src/sandboxes/'];
  for (const root of roots) {
    let files: string[];
    try {
      files = readdirSync(new URL(root, import.meta.url), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const file of files.filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('localize.ts'))) {
      const text = readFileSync(new URL(root + file, import.meta.url), 'utf8');
      assert.deepEqual(untranslatedComments(text), [], `${root}${file}`);
    }
  }
});
