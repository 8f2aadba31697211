import type { FigureSeries } from '../domain/language-facts';
import type { SeriesByKey } from '../domain/ranking';
import type { Source } from '../domain/types';

// The sources behind the comparison. Each was read in a stored copy of the page or repository it
// names; `secondary` marks a source that reports what another body measured or announced, and
// `via` names where we read figures that the measuring body's own page did not let us read.
// The checks behind each entry are listed in docs/compare-sources.md.

/** When the official pages cited below were last read. */
const READ_IN = '2026-12';

export function official(title: string, url: string, asOf: string = READ_IN): Source {
  return { title, url, asOf };
}

export const survey2025: Source = {
  title: 'Stack Overflow Developer Survey 2025: Technology, most popular technologies, all respondents',
  name: 'Stack Overflow survey',
  url: 'https://survey.stackoverflow.co/2025/technology',
  asOf: '2025',
  // The figures were read in several independent copies of the survey's tables, which agree.
  secondary: true,
};

const survey2026Results: Source = {
  title: 'The results of the 2026 Developer Survey are here! (Stack Overflow blog)',
  url: 'https://stackoverflow.blog/2026/10/06/the-results-of-the-2026-developer-survey-are-here/',
  asOf: '2026-10-06',
};

export const pythonRiseWriteUp: Source = {
  title: 'The 2025 StackOverflow Survey Results Are In: Python’s 7-Point Jump and Docker’s 17-Point Surge (r/webdev)',
  url: 'https://www.reddit.com/r/webdev/comments/1mlmriz/the_2025_stackoverflow_survey_results_are_in/',
  asOf: '2025-08',
  secondary: true,
};

const tiobe: Source = {
  title:
    'TIOBE Index for August 2026, top 20, transcribed in toUpperCase78/tiobe-index-ratings (Tiobe_Index_August2026.csv)',
  name: 'TIOBE index',
  url: 'https://github.com/toUpperCase78/tiobe-index-ratings/blob/c9a7f40df74a573d794a52c6749ca06e0225287a/Tiobe_Index_August2026.csv',
  asOf: '2026-08',
  secondary: true,
};

const tiobeMethod: Source = {
  title: 'toUpperCase78/tiobe-index-ratings: README (how TIOBE computes its ratings; archived 11 August 2026)',
  url: 'https://github.com/toUpperCase78/tiobe-index-ratings/blob/3dc28e6a11a00ccaa12aa75335918a664a58ecdf/README.md',
  asOf: '2026-08-11',
  secondary: true,
};

export const w3techs: Source = {
  title: 'W3Techs: Usage statistics of server-side programming languages for websites',
  name: 'W3Techs',
  url: 'https://w3techs.com/technologies/overview/programming_language',
  asOf: '2026-03',
  via: {
    title: 'Benjamin Crozat, “Is PHP dead? Usage statistics and market share (2026)”',
    url: 'https://benjamincrozat.com/php-is-dead-2026',
    asOf: '2026-03-12',
  },
};

const techEmpower: Source = {
  title: 'TechEmpower Framework Benchmarks, Round 23, Fortunes test, physical hardware',
  name: 'TechEmpower Round 23',
  url: 'https://www.techempower.com/benchmarks/#section=data-r23&hw=ph&test=fortune',
  asOf: '2025-02',
  via: {
    title: 'Tuan Anh Pham, “Popular Backend Frameworks Performance Benchmark” (DEV Community)',
    url: 'https://dev.to/tuananhpham/popular-backend-frameworks-performance-benchmark-1bkh',
    asOf: '2025-07',
  },
};

const fortunesTest: Source = official(
  'TechEmpower Framework Benchmarks wiki: Framework tests overview',
  'https://github.com/TechEmpower/FrameworkBenchmarks/wiki/Project-Information-Framework-Tests-Overview',
);

const techEmpowerSunset: Source = {
  title: 'Sunsetting the TechEmpower Framework Benchmarks (TechEmpower/FrameworkBenchmarks issue #10932)',
  url: 'https://github.com/TechEmpower/FrameworkBenchmarks/issues/10932',
  asOf: '2026-03-24',
};

/** The measured rows: what each measures, its one source, and what holds for the whole row. */
export const figureSeries: SeriesByKey = {
  surveyUsage: {
    key: 'surveyUsage',
    measure: 'Developer usage',
    counts: 'people who used the language, not jobs',
    source: survey2025,
    caveat:
      'Share of all respondents, learners included, who used the language in the past year: use, not jobs. The 2026 results came out in October 2026, but we could not yet read them for all seven languages.',
    caveatSources: [survey2026Results],
  },
  tiobe: {
    key: 'tiobe',
    measure: 'TIOBE index rating',
    counts: 'search-engine results, not jobs',
    source: tiobe,
    caveat:
      'TIOBE rates languages by search-engine results, not by jobs or code written. August 2026 is the newest month we could trace to its numbers.',
    caveatSources: [tiobeMethod],
  },
  websiteShare: {
    key: 'websiteShare',
    measure: 'Share of websites',
    counts: 'public websites, not jobs',
    source: w3techs,
    caveat:
      'Share of public websites whose server-side language W3Techs can detect: websites, not backend jobs or APIs.',
  },
  throughput: {
    key: 'throughput',
    measure: 'Throughput',
    counts: 'the speed of tuned benchmark code',
    source: techEmpower,
    caveat:
      'Peak requests per second of one tuned framework per language, each request reading a database and rendering an HTML page: not what a typical app reaches. Read in a write-up of the round, not in TechEmpower’s own results. Round 23 is the last round: TechEmpower is sunsetting the project.',
    caveatSources: [fortunesTest, techEmpowerSunset],
  },
} satisfies Record<string, FigureSeries>;
