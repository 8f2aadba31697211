import type { Opinion } from '../domain/language-facts';

/**
 * The article Backend Path grew from. Its title and address were not recorded when the product
 * began; `title` and `url` stay null until someone finds them, and the page says so.
 */
export const seedArticle: {
  readonly title: string | null;
  readonly url: string | null;
  readonly summary: string;
  readonly opinions: readonly Opinion[];
} = {
  title: null,
  url: null,
  summary:
    'It says a backend developer needs the basics of HTML, CSS and JavaScript, then a real server-side language, and names three: PHP, Node.js and Python.',
  opinions: [
    {
      language: 'php',
      claim: 'PHP job openings have dropped compared with the past, and demand is “steadily falling”.',
      compareWith: ['websiteShare', 'surveyUsage'],
    },
    {
      language: 'node',
      claim: 'Node.js lets JavaScript run on the server, and demand for it is likely to grow.',
      compareWith: ['surveyUsage'],
    },
    {
      language: 'python',
      claim: 'Python is among the most popular languages, easy to learn, and strong for big data and machine learning.',
      compareWith: ['surveyUsage', 'tiobe'],
    },
  ],
};

/** Said wherever a claim or a criterion is about jobs. */
export const NO_JOB_POSTING_DATA =
  'We have no job-posting data: none of the sources on this page counts job openings, so no figure here can confirm or refute a claim about jobs.';
