import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Heading } from 'mdast';
import { diagramWidths, layerDiagram } from '../../src/components/diagrams/protocol-layers.ts';
import { type Localized, locales } from '../../src/data/locale.ts';
import {
  layerIds,
  layerLabel,
  layerOf,
  layers,
  protocolById,
  protocolGroups,
  protocolIds,
  protocols,
  type ProtocolId,
  transportNames,
} from '../../src/data/protocols.ts';
import { protocolTableRows } from '../../src/reference/protocol-table.ts';
import { protocolsReference } from '../../src/reference/protocols.ts';

/**
 * Default ports (IANA), the ones the course notes get wrong included. Typed by
 * protocol id, so a fact about a protocol the data lacks does not compile
 * (and `protocolById` throws on it).
 */
const requiredPorts: Partial<Record<ProtocolId, number[]>> = {
  http: [80],
  https: [443],
  ftp: [21, 20],
  ftps: [990, 989],
  sftp: [22],
  ssh: [22],
  smtp: [25, 587],
  smtps: [465],
  pop3: [110],
  pop3s: [995],
  imap: [143],
  imaps: [993],
  dns: [53],
  dnssec: [53],
  dhcp: [67, 68],
  // IKE (RFC 7296) and its NAT traversal (RFC 3948).
  ipsec: [500, 4500],
};

const requiredLayers: Partial<Record<ProtocolId, string>> = {
  ip: 'internet',
  ipsec: 'internet',
  icmp: 'internet',
  arp: 'link',
  tcp: 'transport',
  udp: 'transport',
  tls: 'security',
  ssl: 'security',
  dtls: 'security',
  'tls-over-tcp': 'security',
  http: 'application',
  dns: 'application',
  dnssec: 'application',
  dhcp: 'application',
  'tcp-ip': 'suite',
};

const isLocalized = (value: unknown): value is Localized =>
  typeof value === 'object' && value !== null && locales.every((l) => typeof (value as Localized)[l] === 'string');

describe('protocols data', () => {
  test('every protocol id has exactly one entry, and every entry a known id', () => {
    const ids = protocols.map((p) => p.id);
    assert.ok(ids.length > 0);
    assert.equal(new Set(ids).size, ids.length, 'two entries share an id');
    assert.deepEqual([...ids].sort(), [...protocolIds].sort(), 'data and the list of ids differ');
  });

  test('every protocol has its own entry heading and anchor, in data order, in both locales', () => {
    const ids = protocols.map((p) => p.id);
    for (const locale of locales) {
      const entries = protocolsReference
        .render(locale)
        .filter((n): n is Heading => 'type' in n && n.type === 'heading' && n.depth === 3)
        .map((h) => (h.data?.hProperties as Record<string, string> | undefined)?.id);
      assert.deepEqual(entries, ids, locale);
    }
  });

  test('every protocol a fact is checked for exists', () => {
    for (const id of [...Object.keys(requiredPorts), ...Object.keys(requiredLayers)]) {
      assert.ok((protocolIds as readonly string[]).includes(id), `facts about ${id}, which the data lacks`);
    }
  });

  test('anchors are unique, lowercase kebab-case, and do not clash with the group sections', () => {
    const anchors = [...protocols.map((p) => p.id), ...protocolGroups.map((g) => g.anchor)];
    assert.equal(new Set(anchors).size, anchors.length, 'duplicate anchor');
    for (const anchor of anchors) assert.match(anchor, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('every text exists in both languages, non-empty and translated', () => {
    const texts: Localized[] = [
      ...protocolGroups.flatMap((g) => [g.name, g.shortName, g.summary]),
      ...protocols.flatMap((p) => [
        p.description,
        ...[p.note, p.correction, p.name, p.fullName, ...p.ports.map((port) => port.role)].filter(isLocalized),
      ]),
      ...layers.flatMap((l) => [l.name, l.osi].filter(isLocalized)),
      ...Object.values(transportNames).filter(isLocalized),
    ];
    for (const text of texts) {
      for (const locale of locales) assert.ok(text[locale].trim().length > 0, `empty ${locale} text`);
      assert.notEqual(text.ro, text.en, `untranslated text: ${text.en}`);
    }
  });

  test('ports are integers in 0–65535, each with a transport', () => {
    for (const p of protocols) {
      for (const port of p.ports) {
        assert.ok(Number.isInteger(port.number) && port.number >= 0 && port.number <= 65535, `${p.id}: ${port.number}`);
        assert.ok(port.transports.length > 0, `${p.id}: port ${port.number} has no transport`);
      }
      if (p.upgrade) assert.ok(Number.isInteger(p.upgrade.port) && p.upgrade.port <= 65535, `${p.id}: upgrade port`);
    }
  });

  test('default ports match the IANA registrations', () => {
    for (const [id, ports] of Object.entries(requiredPorts)) {
      assert.deepEqual(
        protocolById(id as ProtocolId).ports.map((p) => p.number),
        ports,
        id,
      );
    }
    assert.deepEqual(protocolById('dns').ports[0]?.transports, ['udp', 'tcp'], 'DNS uses UDP and TCP');
    assert.ok(protocolById('dhcp').ports.every((p) => p.transports.join() === 'udp'), 'DHCP uses UDP');
  });

  test('each protocol sits at its layer', () => {
    for (const [id, layer] of Object.entries(requiredLayers)) assert.equal(protocolById(id as ProtocolId).layer, layer, id);
    for (const p of protocols) assert.ok(p.layer === 'suite' || layerIds.includes(p.layer), `${p.id}: unknown layer`);
  });

  test('secure variants are existing protocols, other than the protocol itself', () => {
    for (const p of protocols) {
      for (const variant of p.secureVariants) {
        assert.ok(protocols.some((q) => q.id === variant), `${p.id}: unknown variant ${variant}`);
        assert.notEqual(variant, p.id);
      }
      if (p.inside) assert.ok(protocols.some((q) => q.id === p.inside), `${p.id}: unknown carrier ${p.inside}`);
    }
    assert.deepEqual(protocolById('ftp').secureVariants, ['ftps', 'sftp']);
    assert.equal(protocolById('sftp').inside, 'ssh', 'SFTP runs inside SSH, not TLS');
    assert.equal(protocolById('ftps').inside, 'tls');
  });

  test('the TLS over TCP entry names the real ports of the implicit-TLS variants and of STARTTLS', () => {
    const implicit = (['https', 'imaps', 'pop3s', 'smtps', 'ftps'] as const).map((id) => protocolById(id).ports[0]?.number);
    const upgrades = (['smtp', 'imap', 'pop3', 'ftp'] as const).map((id) => protocolById(id).upgrade?.port);
    const entry = protocolById('tls-over-tcp');
    for (const locale of locales) {
      for (const port of [...implicit, ...upgrades]) {
        assert.match(entry.description[locale], new RegExp(`\\b${port}\\b`), `${locale}: port ${port}`);
      }
    }
  });

  test('HTTPS lists 443 on UDP as well, for HTTP/3 over QUIC (RFC 9114)', () => {
    const https = protocolById('https');
    const port443 = https.ports.find((p) => p.number === 443);
    assert.deepEqual(port443?.transports, ['tcp', 'udp']);
    assert.ok(https.specs.some((spec) => spec.label.startsWith('RFC 9114')), 'cites RFC 9114');
    for (const locale of locales) {
      const role = port443?.role;
      assert.ok(role && typeof role !== 'string' && role[locale].includes('HTTP/3'), `${locale}: the port says what UDP is for`);
    }
  });

  test('SMTP on port 25, between servers, switches to TLS with STARTTLS too (RFC 3207)', () => {
    const relay = protocolById('smtp').ports.find((p) => p.number === 25);
    for (const locale of locales) {
      const role = relay?.role;
      assert.ok(role && typeof role !== 'string' && role[locale].includes('STARTTLS'), locale);
      assert.match(protocolById('tls-over-tcp').description[locale], /`STARTTLS`[^(]*\b25\b/, `${locale}: TLS over TCP names STARTTLS on 25`);
    }
  });

  test('TCP/IP names the secure variants its data lists, and links to them', () => {
    const suite = protocolById('tcp-ip');
    assert.deepEqual(suite.secureVariants, ['ipsec', 'tls']);
    for (const locale of locales) {
      for (const id of suite.secureVariants) assert.ok(suite.description[locale].includes(`](#${id})`), `${locale}: links to ${id}`);
    }
  });

  test('UDP answers the notes\' "much faster" with what is and is not faster, and keeps TCP for reliability', () => {
    const udp = protocolById('udp');
    assert.ok(udp.correction, 'UDP has a "compared with the notes" note');
    assert.match(udp.correction.en, /much faster/);
    assert.match(udp.correction.en, /latency/);
    assert.match(udp.correction.ro, /latență/);
    for (const locale of locales) {
      assert.match(udp.correction[locale], /\b8\b.*\b20\b/, `${locale}: the two header sizes`);
      assert.match(udp.description[locale], /VoIP, \*Voice over IP\*/, `${locale}: VoIP is expanded`);
    }
  });

  test('SSH names SCP as a protocol, the Secure Copy Protocol, not only as the scp command', () => {
    for (const locale of locales) assert.match(protocolById('ssh').description[locale], /\*\*SCP\*\* \(\*Secure Copy Protocol\*\)/, locale);
  });

  test('"compared with the notes" notes say "more precisely" where the notes are imprecise, never that they slipped', () => {
    for (const p of protocols) {
      if (!p.correction) continue;
      assert.doesNotMatch(p.correction.en, /\bslip/i, p.id);
      assert.doesNotMatch(p.correction.ro, /scăpare|greșeal/i, p.id);
    }
    // The notes never said that ICMP, ARP or DHCP run over TCP: nothing to correct there.
    assert.equal(protocolById('tcp-ip').correction, undefined);
  });

  test('Romanian texts use the typographic apostrophe (anii ’90)', () => {
    const texts = protocols.flatMap((p) => [p.description.ro, p.note?.ro ?? '', p.correction?.ro ?? '']);
    for (const text of texts) assert.doesNotMatch(text, /'\d/, text.slice(0, 60));
  });

  test('every group has protocols, and every entry renders with its correction, if any', () => {
    for (const group of protocolGroups) assert.ok(protocols.some((p) => p.group === group.id), `empty group ${group.id}`);
    for (const locale of locales) {
      const raw = protocolsReference
        .render(locale)
        .filter((n): n is { raw: string; mdxExpressions: false } => 'raw' in n)
        .map((n) => n.raw);
      const corrections = raw.filter((r) => r.startsWith(':::note['));
      assert.equal(corrections.length, protocols.filter((p) => p.correction).length, locale);
    }
  });
});

describe('the protocol table and the layer diagram tell the same story', () => {
  for (const locale of locales) {
    test(`${locale}: one table row per protocol, in data order, with the layer of the data`, () => {
      const rows = protocolTableRows(locale);
      assert.deepEqual(
        rows.map((r) => r.id),
        protocols.map((p) => p.id),
      );
      for (const row of rows) assert.equal(row.cells[3], layerLabel(layerOf(protocolById(row.id)), locale), row.id);
      assert.ok(rows.every((r) => r.cells.length === 8));
    });

    for (const width of Object.values(diagramWidths)) {
      test(`${locale}, ${width} px: every protocol is drawn once, in the band the table names`, () => {
        const diagram = layerDiagram(locale, width);
        const rows = new Map(protocolTableRows(locale).map((r) => [r.id, r]));
        const drawn = diagram.bands.flatMap((band) => band.chips.map((chip) => ({ band, chip })));
        const ids = [...drawn.map((d) => d.chip.id), ...diagram.suite.ids];
        assert.deepEqual([...ids].sort(), [...protocolIds].sort());
        for (const { band, chip } of drawn) {
          assert.equal(protocolById(chip.id).layer, band.id, chip.id);
          assert.equal(rows.get(chip.id)?.cells[3], band.label, chip.id);
        }
        assert.deepEqual(diagram.suite.ids, ['tcp-ip']);
        assert.deepEqual(
          diagram.bands.map((b) => b.id),
          [...layerIds],
        );
      });

      test(`${locale}, ${width} px: chips stay inside their band and do not overlap`, () => {
        const diagram = layerDiagram(locale, width);
        for (const band of diagram.bands) {
          assert.ok(band.x + band.width <= diagram.width && band.y + band.height <= diagram.height, band.id);
          for (const chip of band.chips) {
            assert.ok(chip.x >= band.x && chip.x + chip.width <= band.x + band.width, `${chip.id} overflows ${band.id}`);
            assert.ok(chip.y >= band.y && chip.y + chip.height <= band.y + band.height, `${chip.id} overflows ${band.id}`);
          }
          for (const [i, a] of band.chips.entries()) {
            for (const b of band.chips.slice(i + 1)) {
              const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
              assert.ok(apart, `${a.id} overlaps ${b.id}`);
            }
          }
        }
      });
    }
  }
});
