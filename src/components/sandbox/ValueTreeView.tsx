/**
 * An explorable console value, as the browser's devtools show one: a line
 * per value, opened and closed with the mouse or the keyboard. Built on the
 * WAI-ARIA tree pattern (one tab stop; arrows move, open and close; Home and
 * End jump), so a screen reader announces each line with its level and
 * whether it is open. The visible lines are one flat list carrying their
 * level, size and position (`aria-level`, `aria-setsize`, `aria-posinset`):
 * a line's name is its own text, not its children's too. The lines arrive flat and already checked (guard.ts):
 * a line's children are the lines after it one level deeper.
 *
 * Written by hand: the tree-view components of the React ecosystem bring
 * their own styling and data model for a few dozen lines of behaviour.
 */
import { useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { NamespaceStrings } from '../../i18n.ts';
import { interpolate } from '../../interpolate.ts';
import type { ValueTree } from './runner/protocol.ts';

interface Props {
  tree: ValueTree;
  id: string;
  strings: NamespaceStrings<'sandbox'>;
}

/** Each line's children, its parent (-1 for a root) and its place among its siblings (1-based), and the roots, from the flat list. */
function childrenOf(lines: ValueTree['lines']): { roots: number[]; children: number[][]; parent: number[]; position: number[] } {
  const children: number[][] = lines.map(() => []);
  const parent: number[] = [];
  const position: number[] = [];
  const roots: number[] = [];
  const open: number[] = [];
  lines.forEach(([depth], i) => {
    open.length = depth;
    const up = open[depth - 1];
    const siblings = up === undefined ? roots : children[up]!;
    siblings.push(i);
    position[i] = siblings.length;
    parent[i] = up ?? -1;
    open[depth] = i;
  });
  return { roots, children, parent, position };
}

export function ValueTreeView({ tree, id, strings }: Props) {
  const { roots, children, parent, position } = useMemo(() => childrenOf(tree.lines), [tree]);
  // Like a devtools console, the values open one level: their properties show, nested objects stay closed.
  const [expanded, setExpanded] = useState(() => new Set(roots));
  const [active, setActive] = useState(roots[0] ?? 0);
  const treeRef = useRef<HTMLUListElement>(null);

  // The lines a reader can see: the roots, and the children of every open line, in reading order.
  const visible: number[] = [];
  const show = (line: number) => {
    visible.push(line);
    if (expanded.has(line)) children[line]!.forEach(show);
  };
  roots.forEach(show);

  // The one tab stop: the line last focused, or its nearest visible parent once it was closed away.
  let tabStop = active;
  while (!visible.includes(tabStop) && parent[tabStop]! >= 0) tabStop = parent[tabStop]!;

  const siblingsOf = (line: number) => (parent[line]! >= 0 ? children[parent[line]!]! : roots);

  const toggle = (line: number, open = !expanded.has(line)) => {
    if (children[line]!.length === 0 || open === expanded.has(line)) return;
    setExpanded((now) => {
      const next = new Set(now);
      if (open) next.add(line);
      else next.delete(line);
      return next;
    });
  };

  const focusLine = (line: number) => {
    setActive(line);
    treeRef.current?.querySelector<HTMLElement>(`[data-line="${line}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!item || !treeRef.current) return;
    const line = Number(item.dataset.line);
    const at = visible.indexOf(line);
    const kids = children[line]!;
    switch (event.key) {
      case 'ArrowDown':
        if (at < visible.length - 1) focusLine(visible[at + 1]!);
        break;
      case 'ArrowUp':
        if (at > 0) focusLine(visible[at - 1]!);
        break;
      case 'ArrowRight':
        if (kids.length > 0 && !expanded.has(line)) toggle(line, true);
        else if (kids.length > 0) focusLine(kids[0]!);
        break;
      case 'ArrowLeft':
        if (expanded.has(line)) toggle(line, false);
        else if (parent[line]! >= 0) focusLine(parent[line]!);
        break;
      case 'Home':
        focusLine(visible[0]!);
        break;
      case 'End':
        focusLine(visible.at(-1)!);
        break;
      case 'Enter':
      case ' ':
        toggle(line);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    // The output panel is a live region; opening a line is the reader's own act, announced by focus, not read out again.
    <div className="sandbox-tree-wrap" aria-live="off">
      <ul id={id} ref={treeRef} role="tree" className="sandbox-tree" aria-label={strings['sandbox.valueTree']} onKeyDown={onKeyDown}>
        {visible.map((line) => {
          const [depth, label] = tree.lines[line]!;
          const opens = children[line]!.length > 0;
          const siblings = siblingsOf(line);
          return (
            <li
              key={line}
              role="treeitem"
              data-line={line}
              aria-level={depth + 1}
              aria-setsize={siblings.length}
              aria-posinset={position[line]}
              aria-expanded={opens ? expanded.has(line) : undefined}
              tabIndex={line === tabStop ? 0 : -1}
              style={{ '--depth': depth } as CSSProperties}
              onFocus={() => setActive(line)}
              onClick={() => {
                toggle(line);
                focusLine(line);
              }}
            >
              {label}
            </li>
          );
        })}
      </ul>
      {tree.left > 0 && <p className="sandbox-cut">{interpolate(strings['sandbox.treeLeft'], { count: tree.left })}</p>}
    </div>
  );
}
