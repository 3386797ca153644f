/**
 * "Check yourself": the questions of every topic are complete in both
 * languages and well formed for their kind, every link in them lands on an
 * anchor its target page really has (the build's link validator only sees
 * Markdown, not what SelfCheck renders), every "what does this print?"
 * question is right, run through the sandbox runner in both languages, and
 * the grading and progress modules behave, including with broken storage.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { answerKey, isCorrect, isEmptyAnswer, normalizeAnswer, parseAnswerKey } from '../../src/components/practice/answer-check.ts';
import { linksIn, parseInline, plainText, strayMarkup } from '../../src/components/practice/inline-markdown.ts';
import { emptyProgress, parseProgress, progressStore, storageKey, type KeyValueStorage } from '../../src/components/practice/progress-store.ts';
import { locales, type Locale } from '../../src/data/locale.ts';
import { selfCheckTopics, type SelfCheckTopic } from '../../src/data/self-check/index.ts';
import { isChoiceQuestion, questionKinds, textIn, type Question } from '../../src/data/self-check/types.ts';
import { localizeComments, unpairedVariants, untranslatedComments } from '../../src/examples/localize.ts';
import { pageAnchors } from '../lib/page-anchors.ts';
import { runInNode } from '../lib/run-sandbox.ts';
import { pageSource } from '../lib/sandboxes.ts';
import { pagesWithSelfCheck, selfCheckElements } from '../lib/self-check-pages.ts';
import { locales as siteLocales, pageSlugs } from '../lib/site.ts';

const topics = Object.entries(selfCheckTopics) as [SelfCheckTopic, readonly Question[]][];
const all = topics.flatMap(([topic, questions]) => questions.map((question) => ({ topic, question, name: `${topic}/${question.id}` })));

/** Every human text of a question in one locale: prompt, explanation and option labels. */
function textsOf(question: Question, locale: Locale): string[] {
  const options = isChoiceQuestion(question) && question.kind !== 'predict' ? question.options.map((o) => textIn(o.text, locale)) : [];
  return [question.prompt[locale], question.explanation[locale], ...options];
}

const prefixOf = (locale: Locale) => siteLocales.find((l) => l.code === locale)?.prefix ?? '';

describe('self-check questions', () => {
  test('each topic is a page of the site and has 5 to 8 questions with unique ids', () => {
    for (const [topic, questions] of topics) {
      assert.ok(pageSlugs.includes(topic), `topic ${topic} has no page src/content/docs/${topic}.mdx`);
      assert.ok(questions.length >= 5 && questions.length <= 8, `${topic} has ${questions.length} questions; 5 to 8 fit one sitting`);
      const ids = questions.map((q) => q.id);
      assert.equal(new Set(ids).size, ids.length, `${topic}: question ids repeat`);
      for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${topic}: "${id}" must be a lowercase slug (it names elements and saved progress)`);
    }
  });

  test('every question has its texts in both languages, translated, and no explanation is empty', () => {
    for (const { question, name } of all) {
      assert.ok(questionKinds.includes(question.kind), `${name}: unknown kind ${question.kind}`);
      for (const locale of locales) {
        assert.ok(question.prompt[locale].trim(), `${name}: the ${locale} prompt is empty`);
        assert.ok(question.explanation[locale].trim().length > 40, `${name}: the ${locale} explanation is empty or too short to explain`);
      }
      assert.notEqual(question.prompt.ro, question.prompt.en, `${name}: the Romanian prompt is the English one`);
      assert.notEqual(question.explanation.ro, question.explanation.en, `${name}: the Romanian explanation is the English one`);
      if (isChoiceQuestion(question)) {
        for (const option of question.options) {
          for (const locale of locales) assert.ok(textIn(option.text, locale).trim(), `${name}/${option.id}: empty ${locale} option`);
          if (typeof option.text !== 'string') assert.notEqual(option.text.ro, option.text.en, `${name}/${option.id}: untranslated option`);
        }
      }
    }
  });

  test('each kind is well formed: one right option, at least one, or accepted answers', () => {
    for (const { question, name } of all) {
      if (question.kind === 'short') {
        const accepted = question.accepted.map(normalizeAnswer);
        assert.ok(accepted.every(Boolean), `${name}: an accepted answer is empty`);
        assert.equal(new Set(accepted).size, accepted.length, `${name}: accepted answers repeat once normalised`);
        continue;
      }
      const ids = question.options.map((o) => o.id);
      assert.equal(new Set(ids).size, ids.length, `${name}: option ids repeat`);
      for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${name}: option "${id}" must be a lowercase slug`);
      assert.ok(question.options.length >= 3, `${name}: a choice needs at least three options`);
      const right = question.options.filter((o) => o.correct).length;
      if (question.kind === 'multiple') {
        assert.ok(right >= 1, `${name}: a multiple choice needs at least one right option`);
        assert.ok(right < question.options.length, `${name}: every option is right, so there is nothing to choose`);
      } else {
        assert.equal(right, 1, `${name}: a ${question.kind} question needs exactly one right option`);
      }
      for (const locale of locales) {
        const texts: string[] = question.options.map((o) => textIn(o.text, locale));
        assert.equal(new Set(texts).size, texts.length, `${name}: two ${locale} options read the same`);
      }
    }
  });

  test('the right answers are not always in the same place', () => {
    const positions = all.flatMap(({ question }) =>
      question.kind === 'single' || question.kind === 'predict' ? [question.options.findIndex((o) => o.correct)] : [],
    );
    assert.ok(new Set(positions).size >= 3, `right options stand at positions ${[...new Set(positions)].join(', ')} only`);
  });

  test('inline Markdown is well formed: no backtick, asterisk or link left open', () => {
    for (const { question, name } of all) {
      for (const locale of locales) {
        for (const text of textsOf(question, locale)) assert.deepEqual(strayMarkup(text), [], `${name} (${locale}): ${text}`);
      }
    }
  });

  test('Romanian is written with comma-below ș ț and „quotes”', () => {
    for (const { question, name } of all) {
      for (const text of textsOf(question, 'ro')) {
        assert.doesNotMatch(text, /[şţŞŢ]/, `${name}: cedilla ş/ţ instead of comma-below ș/ț in "${text}"`);
        const prose = plainText(parseInline(text).filter((node) => node.type !== 'code'));
        assert.doesNotMatch(prose, /"/, `${name}: straight quotes in Romanian prose; write „…”: "${text}"`);
      }
    }
  });

  test('every explanation links to the entry it tests, in its own language, on an anchor the page has', () => {
    const anchorsOf = new Map<string, string[]>();
    const anchors = (slug: string, locale: Locale) => {
      const key = `${locale}:${slug}`;
      if (!anchorsOf.has(key)) anchorsOf.set(key, pageAnchors(slug, prefixOf(locale)).all);
      return anchorsOf.get(key) ?? [];
    };
    for (const { question, name } of all) {
      const targets: Record<Locale, string[]> = { ro: [], en: [] };
      for (const locale of locales) {
        const prefix = `/${prefixOf(locale)}`;
        const explanationLinks = linksIn(question.explanation[locale]);
        assert.ok(explanationLinks.some((href) => href.includes('#')), `${name} (${locale}): the explanation links to no entry`);
        for (const href of textsOf(question, locale).flatMap(linksIn)) {
          const match = /^\/(?:en\/)?([a-z0-9-]*)\/?#([^#\s]+)$/.exec(href);
          assert.ok(match, `${name} (${locale}): "${href}" is not a root-relative link to an anchor, like /status-codes/#404`);
          assert.ok(href.startsWith(prefix) && (locale === 'en' || !href.startsWith('/en/')), `${name} (${locale}): "${href}" leads into the other language`);
          const [, slug = '', anchor = ''] = match;
          assert.ok(pageSlugs.includes(slug), `${name} (${locale}): "${href}": no page ${slug}`);
          assert.ok(anchors(slug, locale).includes(anchor), `${name} (${locale}): "${href}": the ${locale} page ${slug} has no #${anchor}`);
          targets[locale].push(`${slug}#${anchor}`);
        }
      }
      assert.deepEqual(targets.en, targets.ro, `${name}: the two languages link to different entries`);
    }
  });

  test('the right answers grade as right, and a wrong pick or a stray one does not', () => {
    for (const { question, name } of all) {
      const key = answerKey(question);
      if (question.kind === 'short') {
        for (const accepted of question.accepted) {
          assert.ok(isCorrect(key, `  ${accepted.toUpperCase()} `), `${name}: "${accepted}" in capitals with spaces is refused`);
          assert.ok(isCorrect(key, accepted.toLowerCase()), `${name}: "${accepted}" in lower case is refused`);
        }
        assert.ok(!isCorrect(key, `${question.accepted[0]}0`), `${name}: a wrong answer is accepted`);
        continue;
      }
      const right = question.options.filter((o) => o.correct).map((o) => o.id);
      const wrong = question.options.filter((o) => !o.correct).map((o) => o.id);
      assert.ok(isCorrect(key, right), `${name}: the right options grade as wrong`);
      assert.ok(!isCorrect(key, [...right, wrong[0] ?? '']), `${name}: a wrong option on top of the right ones grades as right`);
      assert.ok(!isCorrect(key, wrong.slice(0, 1)), `${name}: a wrong option grades as right`);
      if (right.length > 1) assert.ok(!isCorrect(key, right.slice(1)), `${name}: a missing right option grades as right`);
      assert.deepEqual(parseAnswerKey(JSON.stringify(key)), key, `${name}: the key does not survive its data attribute`);
    }
  });
});

describe('self-check "what does this print?" questions', () => {
  const predictions = all.filter((entry) => entry.question.kind === 'predict');
  // Node caches modules by URL, and the runner loads code from a data: URL of its text: code that
  // is the same in both languages runs once, and both languages' options are checked against it.
  const runs = new Map<string, ReturnType<typeof runInNode>>();
  const run = (code: string) => {
    if (!runs.has(code)) runs.set(code, runInNode(code));
    return runs.get(code) as ReturnType<typeof runInNode>;
  };

  test('there is at least one, and their code has every comment in both languages', () => {
    assert.ok(predictions.length > 0);
    for (const { question, name } of predictions) {
      if (question.kind !== 'predict') continue;
      assert.deepEqual(untranslatedComments(question.code), [], `${name}: a comment lacks its twin`);
      assert.deepEqual(unpairedVariants(question.code), [], `${name}: a // @ro line lacks its // @en twin`);
    }
  });

  for (const { question, name } of predictions) {
    if (question.kind !== 'predict') continue;
    for (const locale of locales) {
      test(`${name} (${locale}): the option marked right is what the code prints in the sandbox runner`, async () => {
        const result = await run(localizeComments(question.code, locale).trim());
        assert.ok(!result.entries.some((entry) => entry.kind === 'uncaught'), `${name}: the code throws:\n${result.text}`);
        const right = question.options.find((o) => o.correct);
        assert.equal(result.text, right && textIn(right.text, locale), `${name}: the code prints something else`);
        for (const option of question.options.filter((o) => !o.correct)) {
          assert.notEqual(textIn(option.text, locale), result.text, `${name}/${option.id} is marked wrong but is the real output`);
        }
      });
    }
  }
});

describe('self-check grading', () => {
  test('short answers are compared trimmed, with inner spaces collapsed and case folded', () => {
    const key = { kind: 'short', accepted: ['404', 'content-type', '201 created'] } as const;
    const grade = (text: string) => isCorrect({ ...key, accepted: [...key.accepted] }, text);
    for (const text of ['404', ' 404 ', '\t404\n', 'Content-Type', 'CONTENT-type', '201   Created']) assert.ok(grade(text), JSON.stringify(text));
    for (const text of ['4 04', '0404', 'Content Type', '']) assert.ok(!grade(text), JSON.stringify(text));
    assert.ok(isEmptyAnswer('   '));
    assert.ok(isEmptyAnswer([]));
  });

  test('choices are right only when exactly the right options are picked', () => {
    const key = { kind: 'choice', correct: ['a', 'c'] } as const;
    const grade = (ids: string[]) => isCorrect({ ...key, correct: [...key.correct] }, ids);
    assert.ok(grade(['c', 'a']));
    assert.ok(!grade(['a']));
    assert.ok(!grade(['a', 'b', 'c']));
    assert.ok(!grade(['a', 'a']), 'picking the same option twice is not two options');
  });

  test('a malformed answer key is refused, not half-read', () => {
    for (const json of [undefined, '', '{', 'null', '[]', '{"kind":"choice"}', '{"kind":"short","accepted":[1]}', '{"kind":"other","correct":[]}']) {
      assert.equal(parseAnswerKey(json), undefined, String(json));
    }
  });
});

describe('self-check progress', () => {
  /** A storage backed by a Map, as a browser's would be. */
  const memoryStorage = (): KeyValueStorage & { map: Map<string, string> } => {
    const map = new Map<string, string>();
    return {
      map,
      getItem: (key) => map.get(key) ?? null,
      setItem: (key, value) => void map.set(key, value),
      removeItem: (key) => void map.delete(key),
    };
  };

  test('saved progress round-trips under one versioned key per topic, and Reset removes it', () => {
    const storage = memoryStorage();
    const store = progressStore('urls', () => storage);
    const progress = { ...emptyProgress(), answers: { 'http-port': '80', userinfo: ['host-attacker', 'user-name'] } };
    assert.ok(store.save(progress));
    assert.deepEqual([...storage.map.keys()], [storageKey('urls')]);
    assert.equal(JSON.parse(storage.map.get('self-check:urls') ?? '').version, 1);
    assert.deepEqual(store.load(), { progress, readable: true });
    assert.ok(store.clear());
    assert.deepEqual(store.load(), { progress: emptyProgress(), readable: true });
  });

  test('corrupt or foreign saved values give empty progress, keeping only well-formed answers', () => {
    for (const raw of [null, '', '{', 'null', '42', '[]', '{"version":2,"answers":{}}', '{"version":1}', '{"version":1,"answers":[]}']) {
      assert.deepEqual(parseProgress(raw), emptyProgress(), String(raw));
    }
    assert.deepEqual(parseProgress('{"version":1,"answers":{"a":"80","b":["x"],"c":3,"d":[1],"e":null}}').answers, { a: '80', b: ['x'] });
  });

  test('storage that throws never throws out of the store: it reports that it could not read or save', () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const unreachable = progressStore('urls', denied);
    assert.deepEqual(unreachable.load(), { progress: emptyProgress(), readable: false });
    assert.equal(unreachable.save(emptyProgress()), false);
    assert.equal(unreachable.clear(), false);

    const full = progressStore('urls', () => ({ ...memoryStorage(), setItem: () => { throw new DOMException('Quota exceeded', 'QuotaExceededError'); } }));
    assert.equal(full.load().readable, true);
    assert.equal(full.save(emptyProgress()), false);

    assert.deepEqual(progressStore('urls', () => undefined).load(), { progress: emptyProgress(), readable: false });
  });
});

describe('self-check on the pages', () => {
  test('<SelfCheck> elements are read from the pages, not from code or comments that show one', () => {
    const mdx = [
      '<SelfCheck topic="urls" />',
      '```mdx',
      '<SelfCheck topic="in-a-code-block" />',
      '```',
      '{/* <SelfCheck topic="in-a-comment" /> */}',
      'Write `<SelfCheck topic="inline" />` to place one.',
      "<SelfCheck topic='crud'/>",
    ].join('\n');
    assert.deepEqual(selfCheckElements(mdx), ['urls', 'crud']);
  });

  for (const { slug, topics: placed } of pagesWithSelfCheck()) {
    test(`${slug}: both languages place its own topic once, as the last section, under a {#self-check} heading`, () => {
      assert.deepEqual(placed.en, placed.ro, `${slug}: the two languages place different self-checks`);
      assert.deepEqual(placed.ro, [slug], `${slug} places ${placed.ro.join(', ')}; a page checks its own topic, once`);
      assert.ok(Object.hasOwn(selfCheckTopics, slug), `${slug}: no questions in src/data/self-check/${slug}.ts`);
      for (const locale of locales) {
        const source = pageSource(slug, locale) ?? '';
        const lines = source.split('\n');
        const heading = lines.findIndex((line) => /^## .*\{#self-check\}\s*$/.test(line));
        const element = lines.findIndex((line) => /<SelfCheck\b/.test(line));
        assert.ok(heading >= 0, `${slug} (${locale}): no "## … {#self-check}" heading`);
        assert.ok(element > heading, `${slug} (${locale}): <SelfCheck> must follow its heading`);
        assert.deepEqual(lines.slice(heading + 1).filter((line) => /^#{1,2} /.test(line)), [], `${slug} (${locale}): a section follows the self-check`);
      }
    });
  }
});

describe('self-check UI strings', () => {
  const read = (lang: Locale): Record<string, string> =>
    JSON.parse(readFileSync(new URL(`../../src/content/i18n/${lang}.json`, import.meta.url), 'utf8'));
  const strings = Object.fromEntries(locales.map((locale) => [locale, read(locale)])) as Record<Locale, Record<string, string>>;
  const keysOf = (locale: Locale) => Object.keys(strings[locale]).filter((key) => key.startsWith('selfCheck.'));

  test('exist in both languages, in the same order, translated, with the same placeholders', () => {
    assert.ok(keysOf('en').length > 0);
    assert.deepEqual(keysOf('ro'), keysOf('en'));
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const key of keysOf('en')) {
      const ro = strings.ro[key] ?? '';
      const en = strings.en[key] ?? '';
      assert.ok(ro.trim() && en.trim(), `${key} is empty`);
      assert.notEqual(ro, en, `${key}: the Romanian string is the English one`);
      assert.deepEqual(placeholders(ro), placeholders(en), `${key}: placeholders differ`);
      assert.doesNotMatch(ro, /[şţŞŢ]/, `${key}: cedilla instead of comma below`);
    }
  });
});
