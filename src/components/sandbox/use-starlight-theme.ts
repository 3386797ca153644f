/**
 * Follows Starlight's theme switch live: Starlight writes the resolved theme
 * ("light" or "dark") to `<html data-theme>`, so observing that attribute is
 * enough, whatever the reader picked (including "auto").
 */
import { useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';

const read = (): Theme => (document.documentElement.dataset.theme === 'light' ? 'light' : 'dark');

export function useStarlightTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(() => (typeof document === 'undefined' ? 'dark' : read()));
  useEffect(() => {
    setTheme(read());
    const observer = new MutationObserver(() => setTheme(read()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}
