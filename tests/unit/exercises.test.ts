/**
 * Coding exercises: every exercise is complete in both languages, its links
 * land on anchors their pages have, its check ids agree between the texts and
 * the checks module, and, run in Node through the same runner as the Check
 * button, its reference solution passes every check while its starter code
 * fails at least one, in both languages.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { linksIn, strayMarkup } from '../../src/components/practice/inline-markdown.ts';
import { locales, type Locale } from '../../src/data/locale.ts';
import { selfCheckTopics } from '../../src/data/self-check/index.ts';
import { localizeComments, unpairedVariants, untranslatedComments } from '../../src/examples/localize.ts';
import { exercises } from '../../src/exercises/index.ts';
import type { Exercise } from '../../src/exercises/types.ts';
import { exerciseFiles, exerciseFolders, exerciseSource, hasExerciseFile } from '../lib/exercises.ts';
import { pageAnchors } from '../lib/page-anchors.ts';
import { runExerciseInNode } from '../lib/run-sandbox.ts';
import { locales as siteLocales, pageSlugs } from '../lib/site.ts';

const prefixOf = (locale: Locale) => siteLocales.find((l) => l.code === locale)?.prefix ?? '';

function textsOf(exercise: Exercise, locale: Locale): string[] {
  return [exercise.title[locale], ...exercise.task.map((p) => p[locale]), ...Object.values(exercise.checks).flatMap((c) => [c.label[locale], c.hint[locale]])];
}

/** How many exercises each page must have at least. */
const minimum: Record<string, number> = { urls: 2, request: 2, response: 2, crud: 2, 'status-codes': 2, sockets: 1 };

describe('coding exercises', () => {
  test('the registry lists every folder of src/exercises/ once, each with its four files', () => {
    assert.deepEqual(exercises.map((e) => e.id).sort(), exerciseFolders(), 'src/exercises/index.ts and the folders disagree');
    for (const { id } of exercises) {
      assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${id}: the id names the anchor #exercise-${id}, so it must be a lowercase slug`);
      for (const file of exerciseFiles) assert.ok(hasExerciseFile(id, file), `${id}: missing ${file}`);
    }
  });

  test('each topic page has its exercises', () => {
    for (const [topic, count] of Object.entries(minimum)) {
      const found = exercises.filter((e) => e.topic === topic).length;
      assert.ok(found >= count, `${topic} has ${found} exercises; it needs at least ${count}`);
    }
    for (const { id, topic } of exercises) assert.ok(Object.hasOwn(selfCheckTopics, topic) && pageSlugs.includes(topic), `${id}: no page ${topic}`);
  });

  test('every text exists in both languages, translated, with well-formed Markdown', () => {
    for (const exercise of exercises) {
      assert.ok(exercise.task.length > 0, `${exercise.id}: no task`);
      assert.ok(Object.keys(exercise.checks).length >= 2, `${exercise.id}: feedback needs at least two checks`);
      for (const locale of locales) {
        for (const text of textsOf(exercise, locale)) {
          assert.ok(text.trim(), `${exercise.id}: an empty ${locale} text`);
          assert.deepEqual(strayMarkup(text), [], `${exercise.id} (${locale}): unbalanced Markdown in "${text}"`);
        }
      }
      const [ro, en] = [textsOf(exercise, 'ro'), textsOf(exercise, 'en')];
      ro.forEach((text, i) => assert.notEqual(text, en[i], `${exercise.id}: "${text}" is the same in both languages`));
    }
  });

  test('every link lands on an anchor of its page, in its own language, and both languages link to the same entries', () => {
    for (const exercise of exercises) {
      const targets: Record<Locale, string[]> = { ro: [], en: [] };
      for (const locale of locales) {
        const prefix = `/${prefixOf(locale)}`;
        for (const href of textsOf(exercise, locale).flatMap(linksIn)) {
          const match = /^\/(?:en\/)?([a-z0-9-]*)\/?#([^#\s]+)$/.exec(href);
          assert.ok(match, `${exercise.id} (${locale}): "${href}" is not a root-relative link to an anchor`);
          assert.ok(href.startsWith(prefix) && (locale === 'en' || !href.startsWith('/en/')), `${exercise.id} (${locale}): "${href}" leads into the other language`);
          const [, slug = '', anchor = ''] = match;
          assert.ok(pageAnchors(slug, prefixOf(locale)).all.includes(anchor), `${exercise.id} (${locale}): the page ${slug} has no #${anchor}`);
          targets[locale].push(`${slug}#${anchor}`);
        }
      }
      assert.deepEqual(targets.en, targets.ro, `${exercise.id}: the two languages link to different entries`);
      assert.ok(Object.values(exercise.checks).every((c) => linksIn(c.hint.en).length > 0 || c.hint.en.length > 20), `${exercise.id}: a hint says nothing`);
    }
  });

  test('the starter and the solution carry their comments in both languages', () => {
    for (const { id } of exercises) {
      for (const file of ['starter.ts', 'solution.ts'] as const) {
        const source = exerciseSource(id, file);
        assert.deepEqual(untranslatedComments(source), [], `${id}/${file}: a comment lacks its twin`);
        assert.deepEqual(unpairedVariants(source), [], `${id}/${file}: a // @ro line lacks its // @en twin`);
      }
    }
  });

  for (const exercise of exercises) {
    describe(`exercise ${exercise.id}`, () => {
      const checks = exerciseSource(exercise.id, 'checks.ts');

      test('the checks module has the checks the texts describe, in the same order', async () => {
        const module = (await import(`../../src/exercises/${exercise.id}/checks.ts`)) as { default: Record<string, unknown> };
        assert.deepEqual(Object.keys(module.default), Object.keys(exercise.checks));
        assert.doesNotMatch(checks, /^import (?!type )/m, 'checks.ts may import types only: it is sent to the worker as source');
      });

      for (const locale of locales) {
        test(`the solution passes every check (${locale})`, async () => {
          const { outcomes, text } = await runExerciseInNode(localizeComments(exerciseSource(exercise.id, 'solution.ts'), locale), checks);
          assert.deepEqual(outcomes.map((o) => o.id), Object.keys(exercise.checks), `checks missing from the outcome; the program printed:\n${text}`);
          const failed = outcomes.filter((o) => !o.passed);
          assert.deepEqual(failed, [], `the solution fails; it printed:\n${text}`);
        });

        test(`the starter fails at least one check and throws no error of its own (${locale})`, async () => {
          const { outcomes, text } = await runExerciseInNode(localizeComments(exerciseSource(exercise.id, 'starter.ts'), locale), checks);
          assert.equal(outcomes.length, Object.keys(exercise.checks).length);
          assert.ok(outcomes.some((o) => !o.passed), `the starter already passes every check; it printed:\n${text}`);
          assert.ok(outcomes.every((o) => o.error === ''), `a check threw on the starter: ${JSON.stringify(outcomes)}`);
        });
      }
    });
  }
});
