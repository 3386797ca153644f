/**
 * The memory that the input of all clients may take together. A limit per
 * client (--max-bytes) is not enough on its own: many clients, each just under
 * it, add up (24 clients near 16 MiB each took the server to 461 MB). Each
 * client takes its bytes from the budget as they arrive and gives them back
 * once it no longer holds them.
 */
export interface InputBudget {
  readonly limit: number;
  /** Takes `bytes` if they fit; if they would go over the limit, takes nothing and returns false. */
  take(bytes: number): boolean;
  give(bytes: number): void;
  /** Bytes taken and not yet given back: the input held now, all clients together. */
  held(): number;
}

export function inputBudget(limit: number): InputBudget {
  let held = 0;
  return {
    limit,
    take(bytes) {
      if (held + bytes > limit) return false;
      held += bytes;
      return true;
    },
    give(bytes) {
      held -= bytes;
    },
    held: () => held,
  };
}
