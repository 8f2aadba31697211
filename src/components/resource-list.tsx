import type { Resource } from '../domain/types';
import { ExternalLink } from './external-link';
import { RESOURCE_KIND_LABELS } from './labels';

/** A milestone's resources, official documentation first, each with its kind in words. */
export function ResourceList({ resources }: { resources: readonly Resource[] }) {
  if (resources.length === 0) return null;
  return (
    <ul className="resources">
      {resources.map((resource) => (
        <li key={resource.url}>
          <span className="resource-kind">{RESOURCE_KIND_LABELS[resource.kind]}</span>
          <ExternalLink href={resource.url}>{resource.title}</ExternalLink>
        </li>
      ))}
    </ul>
  );
}
