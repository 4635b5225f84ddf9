import { useEffect } from 'react';

/** "Partners · Beacon" in the tab and in the screen reader's announcement of the page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Beacon` : 'Beacon';
  }, [title]);
}
