/**
 * The translation status report, on small git repositories built here: a
 * side changed alone is listed as newer, a pair changed in one commit is not,
 * and without a repository the report says so instead of failing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { formatReport, translationStatus, type Drift, type TranslationStatus } from '../lib/translation-status.ts';

const hasGit = !spawnSync('git', ['--version']).error;
const noGit = hasGit ? false : 'git is not installed';

const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new repository in a temporary folder, isolated from the machine's git configuration. */
function repository() {
  const root = mkdtempSync(join(tmpdir(), 'translation-status-'));
  made.push(root);
  let tick = 0;
  const git = (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
    // One commit a day, from 2024-01-01, so the report's dates are known.
    const date = new Date(Date.UTC(2024, 0, 1 + tick)).toISOString();
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };
  git('init', '-q', '-b', 'main');
  return {
    root,
    git,
    write(files: Record<string, string>) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
    },
    commit(message: string) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
      tick += 1;
      return git('rev-parse', 'HEAD');
    },
  };
}

function drifts(status: TranslationStatus): Drift[] {
  assert.ok(status.available, status.available ? '' : status.reason);
  return status.drifts;
}

const json = (entries: Record<string, string>) => `${JSON.stringify(entries, null, 2)}\n`;

describe('translation status', () => {
  test('a page changed only in Romanian is "ro newer"; a pair changed in the same commit is not listed', { skip: noGit }, () => {
    const repo = repository();
    repo.write({
      'src/content/docs/guide.mdx': '# Ghid\n',
      'src/content/docs/en/guide.mdx': '# Guide\n',
      'src/content/docs/both.mdx': '# Amândouă\n',
      'src/content/docs/en/both.mdx': '# Both\n',
    });
    const first = repo.commit('Add two pages');
    repo.write({
      'src/content/docs/guide.mdx': '# Ghid\n\nActualizat.\n',
      'src/content/docs/both.mdx': '# Amândouă\n\nActualizat.\n',
      'src/content/docs/en/both.mdx': '# Both\n\nUpdated.\n',
    });
    const second = repo.commit('Update the guide in Romanian');

    const status = translationStatus(repo.root);
    const found = drifts(status);
    assert.deepEqual(
      found.map((d) => [d.kind, d.name, d.newer]),
      [['page', 'guide', 'ro']],
    );
    assert.equal(found[0]?.last.en.hash, first);
    assert.deepEqual(
      found[0]?.ahead.ro.map((c) => c.hash),
      [second],
    );
    assert.ok(status.available && status.compared.page === 2);

    const report = formatReport(status);
    assert.match(report, new RegExp(`^  guide: ro newer, since en's last change in ${first.slice(0, 7)} \\(2024-01-01\\)$`, 'm'));
    assert.match(report, /Update the guide in Romanian/);
    assert.doesNotMatch(report, /^ {2}both:/m);
  });

  test('an English page changed after the Romanian one is "en newer"; a page missing its twin is named', { skip: noGit }, () => {
    const repo = repository();
    repo.write({ 'src/content/docs/index.mdx': 'a\n', 'src/content/docs/en/index.mdx': 'a\n', 'src/content/docs/new.mdx': 'nou\n' });
    repo.commit('Pages');
    repo.write({ 'src/content/docs/en/index.mdx': 'b\n' });
    repo.commit('Fix the English home page');
    const status = translationStatus(repo.root);
    assert.deepEqual(
      drifts(status).map((d) => [d.name, d.newer]),
      [['index', 'en']],
    );
    assert.ok(status.available);
    assert.deepEqual(status.oneSided, [{ kind: 'page', name: 'new', only: 'ro', file: 'src/content/docs/new.mdx' }]);
    assert.match(formatReport(status), /^ {2}index: en newer/m);
    assert.match(formatReport(status), /^ {2}only in ro \(1\): new$/m);
  });

  test('changes made on two branches and merged are "both changed"', { skip: noGit }, () => {
    const repo = repository();
    repo.write({ 'src/content/docs/p.mdx': 'a\n', 'src/content/docs/en/p.mdx': 'a\n' });
    repo.commit('Page');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write({ 'src/content/docs/p.mdx': 'b\n' });
    repo.commit('Romanian on a branch');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'src/content/docs/en/p.mdx': 'b\n' });
    repo.commit('English on main');
    repo.git('merge', '-q', '--no-edit', 'side');
    const [drift] = drifts(translationStatus(repo.root));
    assert.equal(drift?.newer, 'both');
    assert.deepEqual(drift?.ahead.ro.map((c) => c.subject), ['Romanian on a branch']);
    assert.deepEqual(drift?.ahead.en.map((c) => c.subject), ['English on main']);
  });

  test('sandbox outputs are compared like pages', { skip: noGit }, () => {
    const repo = repository();
    repo.write({ 'src/sandboxes/demo/expected.ro.txt': '1\n', 'src/sandboxes/demo/expected.en.txt': '1\n', 'src/sandboxes/demo/index.ts': 'console.log(1);\n' });
    repo.commit('Sandbox');
    repo.write({ 'src/sandboxes/demo/expected.en.txt': '2\n' });
    repo.commit('English output');
    assert.deepEqual(
      drifts(translationStatus(repo.root)).map((d) => [d.kind, d.name, d.newer]),
      [['sandbox-output', 'demo', 'en']],
    );
  });

  test('UI strings are compared key by key; a moved line or an added comma is no change', { skip: noGit }, () => {
    const repo = repository();
    repo.write({
      'src/content/i18n/ro.json': json({ 'a.one': 'Unu', 'a.two': 'Doi' }),
      'src/content/i18n/en.json': json({ 'a.one': 'One', 'a.two': 'Two' }),
    });
    repo.commit('Strings');
    // Romanian: a.one changes; a.two only moves (and gains a comma), a.three is new in both.
    repo.write({
      'src/content/i18n/ro.json': json({ 'a.two': 'Doi', 'a.one': 'Unul', 'a.three': 'Trei' }),
      'src/content/i18n/en.json': json({ 'a.one': 'One', 'a.two': 'Two', 'a.three': 'Three' }),
    });
    const second = repo.commit('Change a.one in Romanian, add a.three');
    const status = translationStatus(repo.root);
    assert.deepEqual(
      drifts(status).map((d) => [d.kind, d.name, d.newer]),
      [['ui-string', 'a.one', 'ro']],
    );
    assert.equal(drifts(status)[0]?.last.ro.hash, second);
    assert.ok(status.available && status.compared['ui-string'] === 3);
    assert.match(formatReport(status), /^ {2}a\.one: ro newer/m);
  });

  test('texts written twice in one file: ro:/en: properties, tagged comments and @ro/@en lines', { skip: noGit }, () => {
    const repo = repository();
    repo.write({
      'src/data/things.ts': [
        'export const things = [',
        '  {',
        "    id: 'first',",
        '    description: {',
        "      ro: 'Primul.',",
        "      en: 'The first.',",
        '    },',
        '  },',
        "  { id: 'second', name: { ro: 'Al doilea', en: 'Second' } },",
        '];',
        '',
      ].join('\n'),
      'src/sandboxes/demo/index.ts': ['// ro: Salut', '// en: Hello', "console.log('Salut'); // @ro", "console.log('Hello'); // @en", ''].join('\n'),
    });
    repo.commit('Data and a sandbox');
    repo.write({
      'src/data/things.ts': [
        'export const things = [',
        '  {',
        "    id: 'first',",
        '    description: {',
        "      ro: 'Primul.',",
        "      en: 'The very first.',",
        '    },',
        '  },',
        "  { id: 'second', name: { ro: 'Al doilea', en: 'Second' } },",
        '];',
        '',
      ].join('\n'),
      'src/sandboxes/demo/index.ts': ['// ro: Salut', '// en: Hello', "console.log('Salutare'); // @ro", "console.log('Hello'); // @en", ''].join('\n'),
    });
    repo.commit('Reword');
    const status = translationStatus(repo.root);
    assert.deepEqual(
      drifts(status).map((d) => [d.kind, d.name, d.newer]),
      [
        ['inline-text', 'src/data/things.ts:5 (first › description)', 'en'],
        ['inline-text', 'src/sandboxes/demo/index.ts:3 (line)', 'ro'],
      ],
    );
    // The one-line { ro, en } cannot tell its sides apart, so it is not counted.
    assert.ok(status.available && status.compared['inline-text'] === 3);
  });

  test(`a commit marked [i18n skip] is not a change`, { skip: noGit }, () => {
    const repo = repository();
    repo.write({ 'src/content/docs/p.mdx': 'a\n', 'src/content/docs/en/p.mdx': 'a\n', 'src/data/d.ts': "x = {\n  ro: 'a',\n  en: 'a',\n};\n" });
    repo.commit('Page');
    repo.write({ 'src/content/docs/p.mdx': 'ă\n', 'src/data/d.ts': "x = {\n  ro: 'ă',\n  en: 'a',\n};\n" });
    repo.commit('Fix a diacritic [i18n skip]');
    assert.deepEqual(drifts(translationStatus(repo.root)), []);
  });

  test('outside a repository, before the first commit and without git, the report says so', () => {
    const plain = mkdtempSync(join(tmpdir(), 'translation-status-plain-'));
    made.push(plain);
    // Should the temporary folder sit inside some repository, git must not look above it.
    const ceiling = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = dirname(plain);
    const outside = translationStatus(plain);
    if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    assert.equal(outside.available, false);
    assert.match(formatReport(outside), /^Translation status: .*(not a git work tree|git is not installed)/);

    if (hasGit) {
      const empty = repository();
      const status = translationStatus(empty.root);
      assert.equal(status.available, false);
      assert.match(formatReport(status), /no commit yet/);
    }

    const path = process.env.PATH;
    process.env.PATH = join(plain, 'no-such-bin');
    try {
      const status = translationStatus(plain);
      assert.equal(status.available, false);
      assert.match(formatReport(status), /git is not installed/);
    } finally {
      process.env.PATH = path;
    }
  });

  test('this repository: the report is produced quickly, whatever it finds', () => {
    const started = performance.now();
    const status = translationStatus();
    const report = formatReport(status);
    assert.ok(report.startsWith('Translation status'));
    // A checkout without its .git (an unpacked archive) has no status, and says so.
    if (status.available) assert.ok(status.compared.page > 0, 'no page pair found');
    assert.ok(performance.now() - started < 10_000, 'the report took more than 10 s');
  });
});
