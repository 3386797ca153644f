/**
 * Renders `::reference{kind="protocols"}`: one section per group
 * (`#core-protocols`) and one entry per protocol (`#tcp`), each entry opening
 * with a line of facts (layer, transport, ports, secure variants, RFCs).
 */
import type { PhrasingContent } from 'mdast';
import type { Locale } from '../data/locale.ts';
import {
  groupById,
  inLocale,
  layerLabel,
  layerOf,
  type Port,
  type Protocol,
  protocolById,
  protocolGroups,
  protocols,
  transportNames,
} from '../data/protocols.ts';
import { translator } from '../i18n.ts';
import { notesCorrection } from './course-notes.ts';
import { factsLine, type Fact } from './facts-line.ts';
import { aside, heading, markdown, type ReferenceNode } from './markdown.ts';
import { emphasis, inlineCode, joined, link, text } from './phrasing.ts';
import type { ReferenceKind } from './reference-kind.ts';
import { keyFact } from './search.ts';

export const protocolsReference: ReferenceKind = { render: renderProtocols };

function renderProtocols(locale: Locale): ReferenceNode[] {
  const nodes: ReferenceNode[] = [];
  for (const group of protocolGroups) {
    nodes.push(heading(2, group.anchor, group.name[locale]), markdown(group.summary[locale]));
    for (const protocol of protocols.filter((p) => p.group === group.id)) nodes.push(...renderEntry(protocol, locale));
  }
  return nodes;
}

function renderEntry(protocol: Protocol, locale: Locale): ReferenceNode[] {
  const nodes: ReferenceNode[] = [
    heading(3, protocol.id, protocolName(protocol, locale), 'protocol'),
    factsLine(protocolFacts(protocol, locale)),
    markdown(protocol.description[locale]),
  ];
  if (protocol.note) nodes.push(aside('tip', protocol.note[locale]));
  if (protocol.correction) nodes.push(notesCorrection(locale, protocol.correction[locale]));
  return nodes;
}

export function protocolName(protocol: Protocol, locale: Locale): string {
  return inLocale(protocol.name, locale);
}

/** "TCP + TLS": what carries the protocol's messages; "—" for the suite, which carries everything. */
export function transportText(protocol: Protocol, locale: Locale): string {
  const carriers = protocol.transports.map((t) => inLocale(transportNames[t], locale));
  if (protocol.inside) carriers.push(protocolName(protocolById(protocol.inside), locale));
  return carriers.length > 0 ? carriers.join(protocol.inside ? ' + ' : ', ') : '—';
}

export function portNumbers(ports: readonly Port[]): string {
  return ports.length > 0 ? ports.map((p) => p.number).join(', ') : '—';
}

/** Links to the secure variants, each with its ports, then the in-place upgrade (`STARTTLS 587`). */
export function secureVariantCell(protocol: Protocol, locale: Locale): PhrasingContent[] {
  const parts: PhrasingContent[][] = protocol.secureVariants.map((id) => {
    const variant = protocolById(id);
    const name = link(`#${id}`, protocolName(variant, locale));
    return variant.ports.length > 0 ? [name, text(` ${portNumbers(variant.ports)}`)] : [name];
  });
  if (protocol.upgrade) {
    parts.push([inlineCode(protocol.upgrade.command), text(` ${protocol.upgrade.port}`)]);
  }
  return parts.length > 0 ? joined(parts, ' · ') : [text('—')];
}

function protocolFacts(protocol: Protocol, locale: Locale): Fact[] {
  const t = translator(locale);
  const group = groupById(protocol.group);
  const ports = protocol.ports.map((p) => {
    const port = text(`${p.number}/${p.transports.map((x) => x.toUpperCase()).join('+')}`);
    return [isOwnPort(protocol, p) ? keyFact([port]) : port, ...(p.role ? [text(` (${inLocale(p.role, locale)})`)] : [])];
  });
  const facts: Fact[] = [
    { value: emphasis([text(inLocale(protocol.fullName, locale))]) },
    { label: t('reference.protocol.group'), value: link(`#${group.anchor}`, group.shortName[locale]) },
    { label: t('reference.protocol.layer'), value: layerLabel(layerOf(protocol), locale) },
    { label: t('reference.protocol.transport'), value: transportText(protocol, locale) },
    { label: t('reference.protocol.ports'), value: ports.length > 0 ? joined(ports, ', ') : '—' },
  ];
  if (protocol.secureVariants.length > 0 || protocol.upgrade) {
    facts.push({ label: t('reference.protocol.secure'), value: secureVariantCell(protocol, locale) });
  }
  facts.push({ label: t('reference.spec'), value: joined(protocol.specs.map((spec) => [link(spec.url, spec.label)]), ', ') });
  return facts;
}

/**
 * Whether a port is the protocol's own rather than borrowed from the protocol
 * it runs inside (SFTP uses SSH's 22) or extends (DNSSEC uses DNS's 53): a
 * search for a port number should land on the protocol the port belongs to.
 */
export function isOwnPort(protocol: Protocol, port: Port): boolean {
  const lenders = protocols.filter((p) => p.id === protocol.inside || p.secureVariants.includes(protocol.id));
  return !lenders.some((lender) => lender.ports.some((p) => p.number === port.number));
}
