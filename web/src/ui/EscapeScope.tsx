import type { ReactNode } from 'react';

/**
 * Escape pressed anywhere inside calls `onEscape` (closes a question or form that was opened in
 * place). The key bubbles up here from the controls, or the group, that have focus; this wrapper
 * has no role and no box of its own (`display: contents`), so the group or form inside keeps its
 * name and layout.
 */
export function EscapeScope({ onEscape, children }: { onEscape: () => void; children: ReactNode }) {
  return (
    <div role="presentation" className="escape-scope" onKeyDown={(e) => e.key === 'Escape' && onEscape()}>
      {children}
    </div>
  );
}
