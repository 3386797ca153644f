/**
 * Renders `::reference{kind="protocol-table"}`: every protocol on one row
 * (name, full name, group, layer, transport, ports, secure variants, RFC),
 * built from the same data as the entries and the layer diagram.
 */
import type { Locale } from '../data/locale.ts';
import { groupById, inLocale, layerLabel, layerOf, protocols, type ProtocolId } from '../data/protocols.ts';
import { translator } from '../i18n.ts';
import { type Cell, type ReferenceNode, table } from './markdown.ts';
import { link } from './phrasing.ts';
import { portNumbers, protocolName, secureVariantCell, transportText } from './protocols.ts';
import type { ReferenceKind } from './reference-kind.ts';

export const protocolTableReference: ReferenceKind = { render: (locale) => [renderTable(locale)] };

export interface ProtocolRow {
  id: ProtocolId;
  /** In column order: name, full name, group, layer, transport, ports, secure variants, specification. */
  cells: Cell[];
}

export function protocolTableRows(locale: Locale): ProtocolRow[] {
  return protocols.map((protocol) => {
    const group = groupById(protocol.group);
    const [spec] = protocol.specs;
    return {
      id: protocol.id,
      cells: [
        [link(`#${protocol.id}`, protocolName(protocol, locale))],
        inLocale(protocol.fullName, locale),
        [link(`#${group.anchor}`, group.shortName[locale])],
        layerLabel(layerOf(protocol), locale),
        transportText(protocol, locale),
        portNumbers(protocol.ports),
        secureVariantCell(protocol, locale),
        spec ? [link(spec.url, spec.label)] : '—',
      ],
    };
  });
}

function renderTable(locale: Locale): ReferenceNode {
  const t = translator(locale);
  const header = [
    t('reference.protocol.name'),
    t('reference.protocol.fullName'),
    t('reference.protocol.group'),
    t('reference.protocol.layer'),
    t('reference.protocol.transport'),
    t('reference.protocol.ports'),
    t('reference.protocol.secure'),
    t('reference.spec'),
  ];
  const node = table(header, protocolTableRows(locale).map((row) => row.cells));
  // A class of its own, so the wide table can keep the protocol names in view while it scrolls.
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: ['protocol-table'] } };
  return node;
}
