import type { Language, LanguageId } from '../domain/types';

/** The server languages a learner can choose, in the order the app lists them. */
export const languages: readonly Language[] = [
  {
    id: 'php',
    name: 'PHP',
    tagline: 'A language made for the web, behind WordPress and Laravel.',
    roadHours: { total: 1081, core: 525 },
  },
  {
    id: 'node',
    name: 'Node.js',
    tagline: 'JavaScript on the server, built around an event loop.',
    roadHours: { total: 1065, core: 506 },
  },
  {
    id: 'python',
    name: 'Python',
    tagline: 'A readable general-purpose language, also used for data and machine learning.',
    roadHours: { total: 1074, core: 508 },
  },
  {
    id: 'go',
    name: 'Go',
    tagline: 'A small, statically typed language for network services and cloud tools.',
    roadHours: { total: 1003, core: 474 },
  },
  {
    id: 'java',
    name: 'Java',
    tagline: 'A statically typed language on the JVM, common in large company backends.',
    roadHours: { total: 1059, core: 527 },
  },
  {
    id: 'csharp',
    name: 'C#',
    tagline: "Microsoft's statically typed language for .NET and ASP.NET Core.",
    roadHours: { total: 1033, core: 510 },
  },
  {
    id: 'ruby',
    name: 'Ruby',
    tagline: 'A dynamic language best known for the Ruby on Rails framework.',
    roadHours: { total: 1026, core: 501 },
  },
];

/** The name a learner sees for a language id. */
export function languageName(id: LanguageId): string {
  return languages.find((language) => language.id === id)?.name ?? id;
}
