/**
 * Starlight's `pagefind` config option, exposed by Starlight as a virtual
 * module (its own Search component reads it there). Starlight publishes no
 * type for it; this is the part the search UI uses.
 */
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: {
    ranking?: Record<string, unknown>;
    indexWeight?: number;
  };
}
