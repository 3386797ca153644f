/**
 * Geometry of the layer diagram: one band per layer (application at the top,
 * link at the bottom), each holding a chip per protocol that sits there, and
 * a bracket for TCP/IP, which spans them all. Pure data, computed from
 * `src/data/protocols.ts`, so the tests can check that the diagram and the
 * protocol table tell the same story; `ProtocolLayers.astro` only draws it.
 */
import type { Locale } from '../../data/locale.ts';
import {
  inLocale,
  layerLabel,
  layers,
  type LayerId,
  type ProtocolId,
  protocols,
} from '../../data/protocols.ts';

export interface Chip {
  id: ProtocolId;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Band {
  id: LayerId;
  /** The full label, as in the protocol table ("Transport · OSI 4"). */
  label: string;
  /** The two halves of the label, drawn at either end of the band's header. */
  name: string;
  osi: string;
  x: number;
  y: number;
  width: number;
  height: number;
  chips: Chip[];
}

export interface LayerDiagram {
  width: number;
  height: number;
  bands: Band[];
  /** The protocols drawn as a bracket over every band instead of a chip (TCP/IP). */
  suite: { ids: ProtocolId[]; label: string; x: number; top: number; bottom: number };
}

/** The two layouts the page shows: the wide one in a desktop column, the narrow one on phones. */
export const diagramWidths = { wide: 600, narrow: 340 } as const;

const pad = 8;
const suiteWidth = 36;
const bandGap = 8;
const headerHeight = 32;
const innerPad = 12;
const chipHeight = 28;
const chipGap = 8;
const chipPadX = 10;
/** Advance of one character of the 14 px monospace chip font, rounded up so that labels never touch the border. */
const charWidth = 8.8;

export function layerDiagram(locale: Locale, width: number): LayerDiagram {
  const bandWidth = width - 2 * pad - suiteWidth;
  const bands: Band[] = [];
  let y = pad;
  for (const layer of layers) {
    const id = layer.id;
    const chips: Chip[] = [];
    let x = pad + innerPad;
    let row = 0;
    for (const protocol of protocols.filter((p) => p.layer === id)) {
      const label = inLocale(protocol.name, locale);
      const chipWidth = Math.ceil(label.length * charWidth + 2 * chipPadX);
      if (x + chipWidth > pad + bandWidth - innerPad && x > pad + innerPad) {
        row += 1;
        x = pad + innerPad;
      }
      chips.push({ id: protocol.id, label, x, y: y + headerHeight + row * (chipHeight + chipGap), width: chipWidth, height: chipHeight });
      x += chipWidth + chipGap;
    }
    const rows = chips.length > 0 ? row + 1 : 0;
    const height = headerHeight + rows * (chipHeight + chipGap) - (rows > 0 ? chipGap : 0) + innerPad;
    bands.push({
      id,
      label: layerLabel(layer, locale),
      name: inLocale(layer.name, locale),
      osi: inLocale(layer.osi, locale),
      x: pad,
      y,
      width: bandWidth,
      height,
      chips,
    });
    y += height + bandGap;
  }
  const suiteIds = protocols.filter((p) => p.layer === 'suite').map((p) => p.id);
  const suiteLabel = protocols
    .filter((p) => p.layer === 'suite')
    .map((p) => inLocale(p.name, locale))
    .join(', ');
  const height = y - bandGap + pad;
  return {
    width,
    height,
    bands,
    suite: { ids: suiteIds, label: suiteLabel, x: width - pad - suiteWidth / 2, top: pad, bottom: height - pad },
  };
}

/** The diagram in words, for screen readers: each layer with its protocols, top to bottom. */
export function describeDiagram(diagram: LayerDiagram, spansEveryLayer: string): string {
  const bands = diagram.bands.map((band) => `${band.label}: ${band.chips.map((c) => c.label).join(', ')}.`);
  return [...bands, `${diagram.suite.label}: ${spansEveryLayer}.`].join(' ');
}
