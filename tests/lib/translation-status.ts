/**
 * Translation status: which texts changed in one language after the last
 * change of their twin in the other, read from the git history (HEAD only:
 * uncommitted edits do not count).
 *
 *   npm run i18n:status        (also printed, as a report that never fails, by `npm test`)
 *
 * What is compared, and how:
 *
 * - **Pages** `src/content/docs/X.mdx` and `src/content/docs/en/X.mdx`, and
 *   **sandbox outputs** `src/sandboxes/<id>/expected.ro.txt` and
 *   `expected.en.txt`: the last commit that touched each file
 *   (`git log -1 -- <file>`). When one is an ancestor of the other, the other
 *   side is newer, and the commits it has since are listed.
 * - **UI strings** `src/content/i18n/ro.json` and `en.json`, key by key: the
 *   last commit that changed the key's value in each file (one `git log -p`
 *   walk per file; moving a line or adding a comma is not a change).
 * - **Texts written twice in one file**: `ro:` / `en:` properties in
 *   `src/data/*.ts`, and the `// ro:` / `// en:` comments and `// @ro` /
 *   `// @en` lines of `src/sandboxes/<id>/index.ts` and `src/examples/`: the
 *   last commit of each side's lines (`git blame`).
 *
 * "ro newer" means the Romanian side changed after the English one last did:
 * the English text may need the same change (and the reverse for "en newer").
 * "both changed" means each side has a change the other side's last change
 * did not see (work merged from two branches).
 *
 * A commit whose message contains `[i18n skip]` (a typo fixed in one
 * language, say) is not counted as a change of either side.
 *
 * Without git, outside a repository or before the first commit, the status
 * says why and reports nothing; in a shallow clone it warns that older
 * history is missing.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Locale, locales } from '../../src/data/locale.ts';

export const skipMarker = '[i18n skip]';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface CommitRef {
  hash: string;
  /** Committer date, `YYYY-MM-DD` (UTC). */
  date: string;
  subject: string;
}

export type DriftKind = 'page' | 'sandbox-output' | 'ui-string' | 'inline-text';

export interface Drift {
  kind: DriftKind;
  /** A page's slug, a sandbox id, a UI key, or `file:line (entry)` for an inline text. */
  name: string;
  /** The file (or files) the texts live in, relative to the project root. */
  files: Record<Locale, string>;
  /** The side that changed after the other's last change; `both` when each did. */
  newer: Locale | 'both';
  /** The last change of each side. */
  last: Record<Locale, CommitRef>;
  /** Each side's changes that the other side's last change did not see, newest first. */
  ahead: Record<Locale, CommitRef[]>;
}

export interface OneSided {
  kind: DriftKind;
  name: string;
  /** The only language it exists in at HEAD. */
  only: Locale;
  file: string;
}

export type TranslationStatus =
  | { available: false; reason: string }
  | {
      available: true;
      head: CommitRef;
      /** A shallow clone lacks older history: drift older than its first commit is invisible. */
      shallow: boolean;
      /** How many pairs (files, keys, inline texts) of each kind were compared. */
      compared: Record<DriftKind, number>;
      drifts: Drift[];
      oneSided: OneSided[];
    };

export const kindTitles: Record<DriftKind, string> = {
  page: 'Pages (src/content/docs/X.mdx ↔ src/content/docs/en/X.mdx)',
  'sandbox-output': 'Sandbox outputs (src/sandboxes/<id>/expected.ro.txt ↔ expected.en.txt)',
  'ui-string': 'UI strings, key by key (src/content/i18n/ro.json ↔ en.json)',
  'inline-text': 'Texts written twice in one file (src/data ro:/en:, sandbox and example comments and @ro/@en lines)',
};

const kinds = Object.keys(kindTitles) as DriftKind[];

/* ------------------------------------------------------------------ git */

interface GitResult {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: NodeJS.ErrnoException;
}

/** Variables that would point git at another repository than the directory it runs in. */
const repositoryVariables = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR', 'GIT_PREFIX'];

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' };
  for (const name of repositoryVariables) delete env[name];
  return env;
}

function runGit(root: string, args: string[]): GitResult {
  const result = spawnSync('git', ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false', '-c', 'color.ui=never', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: gitEnv(),
    maxBuffer: 512 * 1024 * 1024,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', error: result.error as NodeJS.ErrnoException | undefined };
}

class Repo {
  readonly root: string;
  readonly commits = new Map<string, CommitRef>();
  readonly #ancestry = new Map<string, boolean>();
  #skipped: string[] | undefined;

  constructor(root: string) {
    this.root = root;
  }

  git(args: string[]): string {
    const { status, stdout, stderr, error } = runGit(this.root, args);
    if (error || status !== 0) {
      const why = error?.message ?? (stderr.trim().split('\n')[0] || `exit ${status}`);
      throw new Error(`git ${args.slice(0, 2).join(' ')}…: ${why}`);
    }
    return stdout;
  }

  /** Remembers a commit seen in some output (`%H%x09%ct%x09%s`) and returns it. */
  remember(hash: string, seconds: number, subject: string): CommitRef {
    let commit = this.commits.get(hash);
    if (!commit) {
      commit = { hash, date: new Date(seconds * 1000).toISOString().slice(0, 10), subject };
      this.commits.set(hash, commit);
    }
    return commit;
  }

  /** Commits from `git log --format=%H%x09%ct%x09%s`, newest first. */
  parseLog(text: string): CommitRef[] {
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [hash = '', seconds = '0', ...subject] = line.split('\t');
        return this.remember(hash, Number(seconds), subject.join('\t'));
      });
  }

  /** `git log` arguments that leave out commits marked as not changing a translation. */
  static readonly counted = ['--invert-grep', '--fixed-strings', '--regexp-ignore-case', `--grep=${skipMarker}`];

  log(args: string[]): CommitRef[] {
    return this.parseLog(this.git(['log', '--format=%H%x09%ct%x09%s', ...Repo.counted, ...args]));
  }

  /** The hashes of the commits marked with the skip marker. */
  skipped(): string[] {
    this.#skipped ??= this.git(['log', '--format=%H', '--fixed-strings', '--regexp-ignore-case', `--grep=${skipMarker}`, 'HEAD'])
      .split('\n')
      .filter(Boolean);
    return this.#skipped;
  }

  /** Whether `a` is `b` or one of its ancestors. */
  isAncestor(a: string, b: string): boolean {
    if (a === b) return true;
    const key = `${a} ${b}`;
    let answer = this.#ancestry.get(key);
    if (answer === undefined) {
      const { status } = runGit(this.root, ['merge-base', '--is-ancestor', a, b]);
      answer = status === 0;
      this.#ancestry.set(key, answer);
    }
    return answer;
  }

  /** Which of two last changes came after the other, by ancestry. */
  order(ro: CommitRef, en: CommitRef): Locale | 'both' | 'same' {
    if (ro.hash === en.hash) return 'same';
    if (this.isAncestor(en.hash, ro.hash)) return 'ro';
    if (this.isAncestor(ro.hash, en.hash)) return 'en';
    return 'both';
  }

  /** The files at HEAD under some folders, relative to the root. */
  filesAtHead(folders: string[]): string[] {
    return this.git(['ls-tree', '-r', '--name-only', 'HEAD', '--', ...folders]).split('\n').filter(Boolean);
  }

  show(path: string): string {
    return this.git(['show', `HEAD:./${path}`]);
  }
}

/** Why there is no history to read, or undefined when there is. */
function unavailable(root: string): string | undefined {
  const inside = runGit(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside.error?.code === 'ENOENT') return 'git is not installed (or not on PATH): no translation status.';
  if (inside.error) return `git could not run (${inside.error.message}): no translation status.`;
  if (inside.status !== 0 || inside.stdout.trim() !== 'true') {
    // git says why, e.g. "not a git repository" or a repository owned by another user ("dubious ownership").
    const said = inside.stderr.trim().split('\n')[0]?.replace(/^fatal: /, '');
    return `${root} is not a git work tree${said ? ` (git: ${said})` : ''}: no translation status.`;
  }
  if (runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD']).status !== 0) return 'the repository has no commit yet: no translation status.';
  return undefined;
}

/* ------------------------------------------------------------ file pairs */

interface Pair {
  kind: DriftKind;
  name: string;
  files: Partial<Record<Locale, string>>;
}

/** `src/content/docs/X.mdx` with `src/content/docs/en/X.mdx`, by the same name. */
function pagePairs(files: string[]): Pair[] {
  const docs = 'src/content/docs/';
  const pairs = new Map<string, Pair>();
  for (const file of files) {
    if (!file.startsWith(docs) || !/\.mdx?$/.test(file)) continue;
    const rest = file.slice(docs.length);
    const locale: Locale = rest.startsWith('en/') ? 'en' : 'ro';
    const relative = locale === 'en' ? rest.slice('en/'.length) : rest;
    const name = relative.replace(/\.mdx?$/, '');
    const pair = pairs.get(name) ?? { kind: 'page', name, files: {} };
    pair.files[locale] = file;
    pairs.set(name, pair);
  }
  return [...pairs.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function sandboxOutputPairs(files: string[]): Pair[] {
  const pairs = new Map<string, Pair>();
  for (const file of files) {
    const match = /^src\/sandboxes\/([^/]+)\/expected\.(ro|en)\.txt$/.exec(file);
    if (!match) continue;
    const [, id = '', locale] = match;
    const pair = pairs.get(id) ?? { kind: 'sandbox-output', name: id, files: {} };
    pair.files[locale as Locale] = file;
    pairs.set(id, pair);
  }
  return [...pairs.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function compareFiles(repo: Repo, pairs: Pair[], drifts: Drift[], oneSided: OneSided[]): number {
  let compared = 0;
  for (const { kind, name, files } of pairs) {
    const { ro, en } = files;
    if (!ro || !en) {
      const only: Locale = ro ? 'ro' : 'en';
      oneSided.push({ kind, name, only, file: (ro ?? en) as string });
      continue;
    }
    const [lastRo] = repo.log(['-1', 'HEAD', '--', ro]);
    const [lastEn] = repo.log(['-1', 'HEAD', '--', en]);
    // Every commit of one side is marked [i18n skip]: nothing to compare it with.
    if (!lastRo || !lastEn) continue;
    compared += 1;
    const newer = repo.order(lastRo, lastEn);
    if (newer === 'same') continue;
    drifts.push({
      kind,
      name,
      files: { ro, en },
      newer,
      last: { ro: lastRo, en: lastEn },
      ahead: {
        ro: newer === 'en' ? [] : repo.log([`${lastEn.hash}..HEAD`, '--', ro]),
        en: newer === 'ro' ? [] : repo.log([`${lastRo.hash}..HEAD`, '--', en]),
      },
    });
  }
  return compared;
}

/* ------------------------------------------------------------ UI strings */

const jsonLine = /^[+-]\s*("(?:[^"\\]|\\.)*")\s*:\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)\s*,?\s*$/;

/** Every commit that changed each key's value in one JSON file, newest first. */
function keyChanges(repo: Repo, file: string): Map<string, CommitRef[]> {
  const changes = new Map<string, CommitRef[]>();
  const text = repo.git([
    'log',
    '-p',
    '--unified=0',
    '--no-ext-diff',
    '--no-textconv',
    '--format=%x00%H%x09%ct%x09%s',
    ...Repo.counted,
    'HEAD',
    '--',
    file,
  ]);
  for (const chunk of text.split('\0').slice(1)) {
    const [header = '', ...lines] = chunk.split('\n');
    const [hash = '', seconds = '0', ...subject] = header.split('\t');
    const commit = repo.remember(hash, Number(seconds), subject.join('\t'));
    const removed = new Map<string, string>();
    const added = new Map<string, string>();
    for (const line of lines) {
      if (line.startsWith('+++') || line.startsWith('---')) continue;
      const match = jsonLine.exec(line);
      if (!match) continue;
      let key: string;
      try {
        key = JSON.parse(match[1] ?? '""') as string;
      } catch {
        continue;
      }
      (line.startsWith('+') ? added : removed).set(key, match[2] ?? '');
    }
    for (const [key, value] of added) {
      if (removed.get(key) === value) continue; // moved, or a comma added after it
      const list = changes.get(key) ?? [];
      list.push(commit);
      changes.set(key, list);
    }
  }
  return changes;
}

function compareUiStrings(repo: Repo, files: string[], drifts: Drift[], oneSided: OneSided[]): number {
  const paths = { ro: 'src/content/i18n/ro.json', en: 'src/content/i18n/en.json' } satisfies Record<Locale, string>;
  if (!locales.every((l) => files.includes(paths[l]))) return 0;
  const keys = Object.fromEntries(
    locales.map((l) => {
      try {
        return [l, Object.keys(JSON.parse(repo.show(paths[l])) as Record<string, unknown>)];
      } catch {
        return [l, []];
      }
    }),
  ) as Record<Locale, string[]>;
  const changes = Object.fromEntries(locales.map((l) => [l, keyChanges(repo, paths[l])])) as Record<Locale, Map<string, CommitRef[]>>;
  let compared = 0;
  for (const locale of locales) {
    const other = locale === 'ro' ? 'en' : 'ro';
    for (const key of keys[locale]) {
      if (!keys[other].includes(key)) oneSided.push({ kind: 'ui-string', name: key, only: locale, file: paths[locale] });
    }
  }
  for (const key of keys.ro.filter((k) => keys.en.includes(k))) {
    const ro = changes.ro.get(key) ?? [];
    const en = changes.en.get(key) ?? [];
    const [lastRo] = ro;
    const [lastEn] = en;
    if (!lastRo || !lastEn) continue;
    compared += 1;
    const newer = repo.order(lastRo, lastEn);
    if (newer === 'same') continue;
    drifts.push({
      kind: 'ui-string',
      name: key,
      files: paths,
      newer,
      last: { ro: lastRo, en: lastEn },
      ahead: {
        ro: ro.filter((c) => !repo.isAncestor(c.hash, lastEn.hash)),
        en: en.filter((c) => !repo.isAncestor(c.hash, lastRo.hash)),
      },
    });
  }
  return compared;
}

/* --------------------------------------------- texts twice in one file */

interface BlamedLine {
  text: string;
  commit: CommitRef;
  seconds: number;
}

function blame(repo: Repo, file: string): BlamedLine[] {
  const ignored = repo.skipped().flatMap((hash) => ['--ignore-rev', hash]);
  const text = repo.git(['blame', '--porcelain', ...ignored, 'HEAD', '--', file]);
  const info = new Map<string, { seconds: number; subject: string }>();
  const lines: BlamedLine[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const header = /^([0-9a-f]{40}) \d+ \d+/.exec(line);
    if (header) {
      current = header[1] ?? '';
      if (!info.has(current)) info.set(current, { seconds: 0, subject: '' });
      continue;
    }
    const entry = info.get(current);
    if (!entry) continue;
    if (line.startsWith('\t')) {
      lines.push({ text: line.slice(1), commit: repo.remember(current, entry.seconds, entry.subject), seconds: entry.seconds });
    } else if (line.startsWith('committer-time ')) {
      entry.seconds = Number(line.slice('committer-time '.length));
    } else if (line.startsWith('summary ')) {
      entry.subject = line.slice('summary '.length);
    }
  }
  return lines;
}

interface InlinePair {
  /** 0-based index of the pair's first line. */
  start: number;
  label: string;
  ranges: Record<Locale, [number, number]>;
}

const indentOf = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;

/** `ro:` and `en:` properties of a `Localized` value, each starting its own line. */
function propertyPairs(lines: string[]): InlinePair[] {
  const pairs: InlinePair[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = /^(\s*)(ro|en):\s/.exec(lines[i] ?? '');
    if (!first) continue;
    const indent = first[1]?.length ?? 0;
    const firstLocale = first[2] as Locale;
    const secondLocale: Locale = firstLocale === 'ro' ? 'en' : 'ro';
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^\\s{${indent}}${secondLocale}:\\s`).test(lines[j] ?? '') && indentOf(lines[j] ?? '') > indent) j++;
    if (j >= lines.length || !new RegExp(`^\\s{${indent}}${secondLocale}:\\s`).test(lines[j] ?? '')) continue;
    let end = j + 1;
    while (end < lines.length && indentOf(lines[end] ?? '') > indent) end++;
    const ranges = { [firstLocale]: [i, j], [secondLocale]: [j, end] } as Record<Locale, [number, number]>;
    pairs.push({ start: i, label: entryLabel(lines, i, indent), ranges });
    i = end - 1;
  }
  return pairs;
}

/** `id › property` for the `Localized` value whose `ro:` line is at `index`, as far as the lines tell. */
function entryLabel(lines: string[], index: number, indent: number): string {
  let property = '';
  let propertyIndent = indent;
  let k = index - 1;
  for (; k >= 0; k--) {
    const line = lines[k] ?? '';
    if (!line.trim() || indentOf(line) >= indent) continue;
    property = /^\s*([\w$]+)\s*:/.exec(line)?.[1] ?? '';
    propertyIndent = indentOf(line);
    break;
  }
  let id = '';
  for (k -= 1; k >= 0; k--) {
    const line = lines[k] ?? '';
    if (!line.trim()) continue;
    if (indentOf(line) < propertyIndent) break;
    if (indentOf(line) > propertyIndent) continue;
    const match = /^\s*(?:id|code|name|slug|key|label|anchor)\s*:\s*(?:'([^']*)'|"([^"]*)"|(\d+))/.exec(line);
    if (match) {
      id = match[1] ?? match[2] ?? match[3] ?? '';
      break;
    }
  }
  return [id, property].filter(Boolean).join(' › ');
}

/** Runs of `// ro:` comment lines followed by their `// en:` run, and `// @ro` lines followed by `// @en`. */
function commentPairs(lines: string[]): InlinePair[] {
  const tagOf = (line: string): { kind: 'comment' | 'line'; locale: Locale } | undefined => {
    const comment = /^\s*\/\/\s*(ro|en):/.exec(line);
    if (comment) return { kind: 'comment', locale: comment[1] as Locale };
    const variant = /\/\/ @(ro|en)\s*$/.exec(line);
    if (variant) return { kind: 'line', locale: variant[1] as Locale };
    return undefined;
  };
  const pairs: InlinePair[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = tagOf(lines[i] ?? '');
    if (!first) {
      i++;
      continue;
    }
    const runEnd = (from: number, locale: Locale) => {
      let k = from;
      while (k < lines.length) {
        const tag = tagOf(lines[k] ?? '');
        if (!tag || tag.kind !== first.kind || tag.locale !== locale) break;
        k++;
      }
      return k;
    };
    const j = runEnd(i, first.locale);
    const second: Locale = first.locale === 'ro' ? 'en' : 'ro';
    const end = runEnd(j, second);
    if (end > j) {
      const ranges = { [first.locale]: [i, j], [second]: [j, end] } as Record<Locale, [number, number]>;
      pairs.push({ start: i, label: first.kind, ranges });
    }
    i = Math.max(end, i + 1);
  }
  return pairs;
}

function isInlineTextFile(file: string): boolean {
  return /^src\/data\/[^/]+\.ts$/.test(file) || /^src\/sandboxes\/[^/]+\/index\.ts$/.test(file) || /^src\/examples\/.+\.ts$/.test(file);
}

function compareInlineTexts(repo: Repo, files: string[], drifts: Drift[]): number {
  let compared = 0;
  for (const file of files.filter(isInlineTextFile)) {
    const source = repo.show(file);
    if (!/(^|\n)\s*(ro|en):\s|\/\/\s*(ro|en):|\/\/ @(ro|en)\s*(\n|$)/.test(source)) continue;
    const blamed = blame(repo, file);
    const lines = blamed.map((b) => b.text);
    for (const pair of [...propertyPairs(lines), ...commentPairs(lines)].sort((a, b) => a.start - b.start)) {
      const latest = (locale: Locale) => {
        const [from, to] = pair.ranges[locale];
        return blamed.slice(from, to).reduce((best, line) => (line.seconds > best.seconds ? line : best));
      };
      const lastRo = latest('ro').commit;
      const lastEn = latest('en').commit;
      compared += 1;
      const newer = repo.order(lastRo, lastEn);
      if (newer === 'same') continue;
      drifts.push({
        kind: 'inline-text',
        name: `${file}:${pair.start + 1}${pair.label ? ` (${pair.label})` : ''}`,
        files: { ro: file, en: file },
        newer,
        last: { ro: lastRo, en: lastEn },
        ahead: { ro: newer === 'en' ? [] : [lastRo], en: newer === 'ro' ? [] : [lastEn] },
      });
    }
  }
  return compared;
}

/* ---------------------------------------------------------------- status */

/** The translation status of the project (or of any checkout with the same layout) at `root`. */
export function translationStatus(root: string = projectRoot): TranslationStatus {
  const reason = unavailable(root);
  if (reason) return { available: false, reason };
  const repo = new Repo(root);
  try {
    const [head] = repo.parseLog(repo.git(['log', '-1', '--format=%H%x09%ct%x09%s', 'HEAD']));
    if (!head) return { available: false, reason: 'HEAD could not be read: no translation status.' };
    const shallow = repo.git(['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const files = repo.filesAtHead(['src/content/docs', 'src/content/i18n', 'src/sandboxes', 'src/data', 'src/examples']);
    const drifts: Drift[] = [];
    const oneSided: OneSided[] = [];
    const compared: Record<DriftKind, number> = {
      page: compareFiles(repo, pagePairs(files), drifts, oneSided),
      'sandbox-output': compareFiles(repo, sandboxOutputPairs(files), drifts, oneSided),
      'ui-string': compareUiStrings(repo, files, drifts, oneSided),
      'inline-text': compareInlineTexts(repo, files, drifts),
    };
    return { available: true, head, shallow, compared, drifts, oneSided };
  } catch (error) {
    return { available: false, reason: `reading the history failed (${(error as Error).message}): no translation status.` };
  }
}

/* ---------------------------------------------------------------- report */

const short = (commit: CommitRef) => commit.hash.slice(0, 7);
const ref = (commit: CommitRef) => `${short(commit)} (${commit.date})`;
const clip = (text: string, length = 72) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function describe(drift: Drift): string[] {
  const { newer, last, ahead } = drift;
  if (newer === 'both') {
    return [
      `  ${drift.name}: both changed: ro last in ${ref(last.ro)}, en last in ${ref(last.en)}; neither saw the other's change`,
      ...locales.flatMap((l) => commitLines(l, ahead[l])),
    ];
  }
  const older: Locale = newer === 'ro' ? 'en' : 'ro';
  const since = `since ${older}'s last change in ${ref(last[older])}`;
  const changes = ahead[newer];
  if (drift.kind === 'inline-text') {
    return [`  ${drift.name}: ${newer} newer, ${since}: ${newer} changed in ${ref(last[newer])} "${clip(last[newer].subject, 60)}"`];
  }
  return [`  ${drift.name}: ${newer} newer, ${since}`, ...commitLines(newer, changes)];
}

function commitLines(locale: Locale, commits: CommitRef[], shown = 3): string[] {
  if (commits.length === 0) return [];
  const lines = commits.slice(0, shown).map((c) => `      ${short(c)} ${c.date} ${clip(c.subject)}`);
  if (commits.length > shown) lines.push(`      … and ${commits.length - shown} earlier`);
  return [`    ${locale}: ${commits.length} commit${commits.length === 1 ? '' : 's'} since:`, ...lines];
}

/** A readable report of a status, for the terminal. */
export function formatReport(status: TranslationStatus): string {
  if (!status.available) return `Translation status: ${status.reason}`;
  const out: string[] = [
    `Translation status at ${ref(status.head)}, from the git history (uncommitted changes are not counted; commits marked ${skipMarker} are not changes).`,
  ];
  if (status.shallow) {
    out.push('Warning: this is a shallow clone; changes older than its history are invisible (git fetch --unshallow for a full report).');
  }
  for (const kind of kinds) {
    const drifts = status.drifts.filter((d) => d.kind === kind);
    const oneSided = status.oneSided.filter((o) => o.kind === kind);
    const unit = kind === 'ui-string' ? 'keys' : kind === 'inline-text' ? 'texts' : 'pairs';
    out.push('', `${kindTitles[kind]}: ${status.compared[kind]} ${unit} compared, ${drifts.length === 0 ? 'all in step' : `${drifts.length} drifted`}`);
    for (const drift of drifts) out.push(...describe(drift));
    for (const locale of locales) {
      const names = oneSided.filter((o) => o.only === locale).map((o) => o.name);
      if (names.length === 0) continue;
      // Starlight has built-in texts for its own keys, so a key of its own may be set in one language only.
      const note = kind === 'ui-string' ? `; the other language shows Starlight's built-in text, if Starlight has the key` : '';
      out.push(`  only in ${locale} (${names.length}${note}): ${names.join(', ')}`);
    }
  }
  const total = status.drifts.length;
  out.push('', total === 0 ? 'Every translation is in step with its original.' : `${total} drifted in all: check that each newer side's change is carried to the other language.`);
  return out.join('\n');
}

/** The status and its report in one call (what `npm test` prints). */
export function translationReport(root: string = projectRoot): { status: TranslationStatus; report: string } {
  const status = translationStatus(root);
  return { status, report: formatReport(status) };
}

if (import.meta.main) {
  const started = performance.now();
  const { report } = translationReport(process.argv[2] ?? projectRoot);
  console.log(report);
  console.log(`(${Math.round(performance.now() - started)} ms)`);
}
