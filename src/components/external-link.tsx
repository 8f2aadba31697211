import { useContext, type ReactNode } from 'react';
import { OnlineContext } from './connection';
import './external-link.css';

/** A link to another site, in a new tab; offline, it says (and tells screen readers) that it needs a connection. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const online = useContext(OnlineContext);
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      {!online && <span className="needs-connection"> (needs a connection)</span>}
    </a>
  );
}
