import { formatAsOf } from '../domain/sources';
import type { Source } from '../domain/types';
import { sourceAnchor } from './footnote-refs';

/** Every cited source once, numbered as the markers in the table refer to them. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ol className="source-list">
      {sources.map((source, index) => (
        <li key={sourceAnchor(index + 1)} id={sourceAnchor(index + 1)}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
          , {formatAsOf(source.asOf)}
          {source.secondary ? ' · secondary source' : ''}
          {source.via && (
            <>
              {' · figures read in '}
              <a href={source.via.url} target="_blank" rel="noopener noreferrer">
                {source.via.title}
              </a>
              , {formatAsOf(source.via.asOf)}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
