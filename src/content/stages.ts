import type { Stage } from '../domain/types';

/** The road in order: prerequisites first. */
export const stages: readonly Stage[] = [
  {
    id: 'web-foundations',
    title: 'Web foundations',
    summary: 'HTML, CSS and JavaScript: what every page a server sends is made of.',
  },
  {
    id: 'internet-and-tools',
    title: 'Internet and tools',
    summary: 'How the web works, HTTP, DNS and hosting, the terminal, Git and GitHub.',
  },
  {
    id: 'server-language',
    title: 'Server language',
    summary:
      'Your chosen language: its idioms, tooling, a first project and a web framework. Its database and test tools come with the Data skills and Testing stages.',
  },
  {
    id: 'data-skills',
    title: 'Data skills',
    summary: 'SQL, relational design, a real database, ORMs, migrations, indexes, NoSQL and caching.',
  },
  {
    id: 'apis-and-security',
    title: 'APIs and security',
    summary: 'REST and JSON, other API styles, authentication and keeping a server safe.',
  },
  {
    id: 'testing-and-shipping',
    title: 'Testing and shipping',
    summary: 'Tests, CI/CD, containers, web servers, deployment, logging and monitoring.',
  },
  {
    id: 'beyond',
    title: 'Beyond',
    summary: 'Architecture, messaging, real-time, search, scaling and AI in the backend.',
  },
];
