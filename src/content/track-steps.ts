import type { LanguageId } from '../domain/types';

/**
 * The milestones of each language's track that the common projects build on ("in your chosen
 * language"). A common milestone cannot know which language the learner chose, so it needs the
 * step's milestone of every track; on a learner's road only their language's one is present,
 * and a prerequisite that is not on the road holds nobody back (isReady in src/domain/progress).
 * The published roadmap.json keeps these ids as they are, so any reader gets the same rule.
 */
export const trackSteps = {
  /** Serving HTTP with the track's main web framework. */
  web: {
    php: 'php-laravel',
    node: 'node-express',
    python: 'python-fastapi',
    go: 'go-net-http',
    java: 'java-spring-boot',
    csharp: 'csharp-aspnet-core',
    ruby: 'ruby-rails',
  },
  /** Reading and writing a SQL database from the language. */
  data: {
    php: 'php-eloquent',
    node: 'node-databases',
    python: 'python-databases',
    go: 'go-databases',
    java: 'java-data-access',
    csharp: 'csharp-ef-core',
    ruby: 'ruby-active-record',
  },
  /** Automated tests with the language's own tools. */
  tests: {
    php: 'php-testing',
    node: 'node-testing',
    python: 'python-testing',
    go: 'go-testing',
    java: 'java-testing',
    csharp: 'csharp-testing',
    ruby: 'ruby-testing',
  },
  /**
   * Sign-up and login with the framework's own security module, where the framework expects one
   * (elsewhere the web framework step and the common authentication milestones cover it).
   */
  login: {
    java: 'java-spring-security',
    csharp: 'csharp-aspnet-identity',
  },
} as const satisfies Record<string, Partial<Record<LanguageId, string>>>;

export type TrackStep = keyof typeof trackSteps;

/** The ids of a step's milestone in every track that has one, to spread into prerequisites. */
export function trackStep(step: TrackStep): string[] {
  return Object.values(trackSteps[step]);
}
