import type { Resource } from '../domain/types';
import { RESOURCE_KIND_LABELS } from './labels';

/** A milestone's resources, official documentation first, each with its kind in words. */
export function ResourceList({ resources }: { resources: readonly Resource[] }) {
  if (resources.length === 0) return null;
  return (
    <ul className="resources">
      {resources.map((resource) => (
        <li key={resource.url}>
          <span className="resource-kind">{RESOURCE_KIND_LABELS[resource.kind]}</span>
          <a href={resource.url} target="_blank" rel="noopener noreferrer">
            {resource.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
