import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { unzipSync } from 'fflate';
import { listStarterFiles, packStarter, starterSourceDir, STARTER_NAME } from '../../src/downloads/starter-archive.ts';

const requiredFiles = [
  'README.md',
  'package.json',
  'src/server.ts',
  'src/client.ts',
  'src/udp-server.ts',
  'src/udp-client.ts',
  'src/errors.ts',
  'src/write-all.ts',
];

const scratch = mkdtempSync(join(tmpdir(), 'starter-archive-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('the archive holds the starter\'s files, each byte for byte, under one folder', () => {
  const archive = packStarter();
  const unpacked = unzipSync(archive.bytes);
  const files = listStarterFiles();
  for (const file of requiredFiles) assert.ok(files.includes(file), `the starter lacks ${file}`);
  assert.deepEqual(Object.keys(unpacked), files.map((f) => `${STARTER_NAME}/${f}`));
  for (const file of files) {
    const inside = unpacked[`${STARTER_NAME}/${file}`];
    assert.ok(inside && Buffer.from(inside).equals(readFileSync(join(starterSourceDir, file))), `${file} differs`);
  }
});

test('same sources, same bytes: timestamps, permissions and litter do not change the archive', () => {
  const original = packStarter();
  const copy = join(scratch, 'copy');
  cpSync(starterSourceDir, copy, { recursive: true });
  // New timestamps and permissions on every copied file, plus files that must never be shipped.
  utimesSync(join(copy, 'README.md'), new Date(2031, 5, 6), new Date(2031, 5, 6));
  chmodSync(join(copy, 'src', 'server.ts'), 0o755);
  mkdirSync(join(copy, 'node_modules', 'left-over'), { recursive: true });
  writeFileSync(join(copy, 'node_modules', 'left-over', 'index.js'), 'x');
  writeFileSync(join(copy, '.DS_Store'), 'x');
  writeFileSync(join(copy, 'old.zip'), 'x');

  const again = packStarter(copy);
  assert.equal(again.sha256, original.sha256);
  assert.ok(Buffer.from(again.bytes).equals(Buffer.from(original.bytes)));
  assert.ok(!again.entries.some((e) => /node_modules|\.DS_Store|\.zip$/.test(e)));
});

test('size and SHA-256 describe the bytes', () => {
  const archive = packStarter();
  assert.equal(archive.size, archive.bytes.length);
  assert.equal(archive.sha256, createHash('sha256').update(archive.bytes).digest('hex'));
});
