/**
 * The words and the order behind the TLS handshake and DNS resolution
 * diagrams: what RFC 8446 §2 and RFC 1034 §5 say happens, in both languages.
 * How the diagrams look (names, layouts, fit at 360 px) is checked in the
 * browser, in tests/e2e/network-protocols.spec.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dnsNodeIds, dnsNodes, dnsResolutionText, dnsSteps } from '../../src/data/dns-resolution.ts';
import { locales } from '../../src/data/locale.ts';
import { messageLabel, roundTrip, tlsHandshakeMessages, tlsHandshakeText } from '../../src/data/tls-handshake.ts';

describe('TLS 1.3 handshake diagram', () => {
  test('the messages of a full handshake, in RFC 8446 order, each from its sender', () => {
    assert.deepEqual(
      tlsHandshakeMessages.map((m) => `${m.from}:${messageLabel(m)}`),
      [
        'client:ClientHello',
        'server:ServerHello',
        'server:{EncryptedExtensions}',
        'server:{Certificate}',
        'server:{CertificateVerify}',
        'server:{Finished}',
        'client:{Finished}',
        'both:[Application Data]',
      ],
    );
    for (const hello of tlsHandshakeMessages.filter((m) => m.name.endsWith('Hello'))) {
      assert.equal(hello.extension, '+ key_share', `${hello.name} carries the key share`);
    }
  });

  test('one round trip: the client speaks, the server answers in one flight, and the client may then send data', () => {
    const { first, last } = roundTrip();
    const senders = tlsHandshakeMessages.slice(first, last + 1).map((m) => m.from);
    assert.equal(senders[0], 'client');
    assert.ok(senders.slice(1).every((s) => s === 'server'), 'a single flight from the server');
    assert.equal(tlsHandshakeMessages[last + 1]?.from, 'client', 'then the client finishes');
  });

  test('the badges follow the numbered steps beside the diagram, 1 to 4, in order', () => {
    const steps = tlsHandshakeMessages.map((m) => m.step);
    assert.deepEqual([...new Set(steps)], [1, 2, 3, 4]);
    assert.deepEqual(steps, [...steps].sort((a, b) => a - b));
  });

  test('every text exists in both languages', () => {
    for (const locale of locales) {
      const text = tlsHandshakeText[locale];
      for (const value of [text.title, text.description, text.client, text.server, text.roundTrip, ...Object.values(text.legend)]) {
        assert.ok(value.trim().length > 0, locale);
      }
    }
    assert.notEqual(tlsHandshakeText.ro.title, tlsHandshakeText.en.title);
    assert.notEqual(tlsHandshakeText.ro.description, tlsHandshakeText.en.description);
  });
});

describe('DNS resolution diagram', () => {
  test('the stub resolver asks the recursive resolver, which walks root, TLD and authoritative servers and answers', () => {
    assert.deepEqual(
      dnsNodes.map((n) => n.id),
      [...dnsNodeIds],
    );
    assert.deepEqual(
      dnsSteps.map((s) => `${s.from}>${s.to}`),
      [
        'stub>recursive',
        'recursive>root',
        'root>recursive',
        'recursive>tld',
        'tld>recursive',
        'recursive>authoritative',
        'authoritative>recursive',
        'recursive>stub',
      ],
    );
    for (const step of dnsSteps) {
      const down = dnsNodeIds.indexOf(step.to) > dnsNodeIds.indexOf(step.from);
      assert.equal(step.kind, down ? 'query' : 'reply', `${step.from}>${step.to}`);
    }
  });

  test('the two resolvers cache, and the last step says so', () => {
    assert.deepEqual(
      dnsNodes.filter((n) => n.caches).map((n) => n.id),
      ['stub', 'recursive'],
    );
    assert.match(dnsSteps.at(-1)?.text.en ?? '', /caches the answer.*caches it too/);
    assert.match(dnsSteps.at(-1)?.text.ro ?? '', /cache.*păstrează și el/);
  });

  test('every text exists in both languages, translated', () => {
    for (const step of dnsSteps) {
      for (const locale of locales) assert.ok(step.text[locale].trim().length > 0);
      assert.notEqual(step.text.ro, step.text.en);
    }
    assert.notEqual(dnsResolutionText.ro.title, dnsResolutionText.en.title);
    assert.notEqual(dnsResolutionText.ro.description, dnsResolutionText.en.description);
  });
});
