import type { Language, LanguageId } from '../domain/types';

/** The server languages a learner can choose, in the order the app lists them. */
export const languages: readonly Language[] = [
  {
    id: 'php',
    name: 'PHP',
    tagline: 'A language made for the web, behind WordPress and Laravel.',
  },
  {
    id: 'node',
    name: 'Node.js',
    tagline: 'JavaScript on the server, built around an event loop.',
  },
  {
    id: 'python',
    name: 'Python',
    tagline: 'A readable general-purpose language, also used for data and machine learning.',
  },
  {
    id: 'go',
    name: 'Go',
    tagline: 'A small, statically typed language for network services and cloud tools.',
  },
  {
    id: 'java',
    name: 'Java',
    tagline: 'A statically typed language on the JVM, common in large company backends.',
  },
  {
    id: 'csharp',
    name: 'C#',
    tagline: "Microsoft's statically typed language for .NET and ASP.NET Core.",
  },
  {
    id: 'ruby',
    name: 'Ruby',
    tagline: 'A dynamic language best known for the Ruby on Rails framework.',
  },
];

/** The name a learner sees for a language id. */
export function languageName(id: LanguageId): string {
  return languages.find((language) => language.id === id)?.name ?? id;
}
