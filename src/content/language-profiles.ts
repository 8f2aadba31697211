import type { LanguageProfile, Opinion } from '../domain/language-facts';
import type { Source } from '../domain/types';

// Every figure and fact here comes from /work/shared/research/languages.md. A source read through
// someone else's copy or write-up is marked `secondary`; a judgement rather than a measurement is
// marked `qualitative`.

const survey: Source = {
  title: 'Stack Overflow Developer Survey 2025',
  url: 'https://survey.stackoverflow.co/2025/',
  asOf: '2025-07',
  secondary: true,
};

const tiobe: Source = {
  title: 'TIOBE Index, September 2026',
  url: 'https://www.tiobe.com/tiobe-index/',
  asOf: '2026-09',
  secondary: true,
};

const w3techs: Source = {
  title: 'W3Techs: usage statistics of server-side programming languages',
  url: 'https://w3techs.com/technologies/overview/programming_language',
  asOf: '2026-03',
  secondary: true,
};

const techEmpower: Source = {
  title: 'TechEmpower Framework Benchmarks, Round 23, Fortunes test',
  url: 'https://www.techempower.com/benchmarks/',
  asOf: '2025',
  secondary: true,
};

const WEBSITE_NOTE =
  'Measures public websites whose server-side language can be detected, not backend jobs or APIs.';

const THROUGHPUT_NOTE =
  'A tuned peak figure, not what a typical database-bound app reaches. Round 23 is the last round: TechEmpower is winding the project down.';

/** When the official pages below were read. */
const DOCS_AS_OF = '2026-08';

function official(title: string, url: string): Source {
  return { title, url, asOf: DOCS_AS_OF };
}

export const languageProfiles: readonly LanguageProfile[] = [
  {
    id: 'php',
    surveyUsage: { value: 18.9, display: '18.9%', source: survey },
    tiobe: { value: 1.04, display: '14th (1.04%)', source: tiobe },
    websiteShare: { value: 71.8, display: '71.8%', source: w3techs, caveat: WEBSITE_NOTE },
    throughput: {
      value: 16_800,
      display: '16,800 req/s (Laravel)',
      source: techEmpower,
      caveat: THROUGHPUT_NOTE,
    },
    frameworks: {
      items: [
        { name: 'Laravel', firstRelease: 'June 2011', url: 'https://laravel.com' },
        { name: 'Symfony', firstRelease: 'October 2005', url: 'https://symfony.com' },
      ],
      source: official('Laravel and Symfony release histories', 'https://laravel.com'),
    },
    firstRelease: {
      text: '1995',
      source: official('PHP manual: History of PHP', 'https://www.php.net/manual/en/history.php.php'),
    },
    typing: {
      text: 'Dynamic, with optional type declarations.',
      source: official(
        'PHP manual: Type declarations',
        'https://www.php.net/manual/en/language.types.declarations.php',
      ),
    },
    concurrency: {
      text: 'Usually one request per worker process, sharing nothing between requests; Fibers (since PHP 8.1) allow cooperative concurrency inside a request.',
      source: official('PHP manual: Fibers', 'https://www.php.net/manual/en/language.fibers.php'),
      qualitative: true,
    },
    packages: {
      text: 'Composer (2012) and the Packagist registry.',
      source: official('Composer', 'https://getcomposer.org'),
    },
    typicalUses: {
      text: 'Content sites and server-rendered web apps, many of them built on WordPress or Laravel.',
      source: w3techs,
      qualitative: true,
    },
    learningNotes: {
      text: 'Quick to get going: a page can mix HTML with PHP and almost every web host runs it. Much old tutorial material teaches outdated habits, so prefer recent guides and a framework such as Laravel.',
      source: official('PHP manual: Getting started', 'https://www.php.net/manual/en/getting-started.php'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 4,
        reason: 'Easy first steps: mix PHP into an HTML page and almost any web host will run it.',
      },
      dataAndMl: {
        score: 1,
        reason: 'Rarely used for data or machine learning; that work usually happens in Python.',
      },
      frontToBack: {
        score: 1,
        reason: 'Server only: the browser still needs JavaScript, so you learn two languages.',
      },
    },
  },
  {
    id: 'node',
    surveyUsage: {
      value: 66.0,
      display: '66.0% (JavaScript)',
      source: survey,
      note: 'JavaScript, the language Node.js runs. Node.js itself was used by 48.7% of respondents in the survey’s web frameworks and technologies category.',
    },
    tiobe: {
      value: 2.76,
      display: '6th (2.76%)',
      source: tiobe,
      note: 'JavaScript, the language Node.js runs: TIOBE ranks languages, not runtimes.',
    },
    websiteShare: {
      value: 5.9,
      display: '5.9% (JavaScript)',
      source: w3techs,
      note: 'Reported as JavaScript.',
      caveat: WEBSITE_NOTE,
    },
    throughput: {
      value: 78_136,
      display: '78,136 req/s (Express)',
      source: techEmpower,
      caveat: THROUGHPUT_NOTE,
    },
    frameworks: {
      items: [
        { name: 'Express', firstRelease: 'November 2010', url: 'https://expressjs.com' },
        { name: 'Fastify', firstRelease: 'October 2016', url: 'https://fastify.dev' },
        { name: 'NestJS', firstRelease: 'May 2017', url: 'https://nestjs.com' },
      ],
      source: official('Express, Fastify and NestJS release histories', 'https://expressjs.com'),
    },
    firstRelease: {
      text: 'Node.js: May 2009. JavaScript itself dates from 1995, TypeScript from October 2012.',
      source: official('About Node.js', 'https://nodejs.org/en/about'),
    },
    typing: {
      text: 'JavaScript is dynamic; TypeScript adds static types that are erased when it compiles to JavaScript.',
      source: official('TypeScript documentation', 'https://www.typescriptlang.org/docs/'),
    },
    concurrency: {
      text: 'A single-threaded event loop with non-blocking I/O.',
      source: official('About Node.js', 'https://nodejs.org/en/about'),
    },
    packages: {
      text: 'npm (2010) and the npm registry.',
      source: official('About npm', 'https://docs.npmjs.com/about-npm'),
    },
    typicalUses: {
      text: 'Network and real-time servers and JSON APIs, with one language on both ends; Node.js describes itself as designed to build “scalable network applications”.',
      source: official('About Node.js', 'https://nodejs.org/en/about'),
    },
    learningNotes: {
      text: 'If you already know JavaScript from the browser there is no new language to learn. The new ideas are asynchronous code (promises, async/await) and the event loop.',
      source: official('Node.js: Learn', 'https://nodejs.org/en/learn'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 4,
        reason: 'No new language after the JavaScript the road starts with; asynchronous code takes practice.',
      },
      dataAndMl: {
        score: 1,
        reason: 'Possible, but data and machine-learning work mostly happens in Python.',
      },
      frontToBack: {
        score: 5,
        reason: 'The same language runs in the browser and on the server.',
      },
    },
  },
  {
    id: 'python',
    surveyUsage: {
      value: 57.9,
      display: '57.9%',
      source: survey,
      note: 'A 7-point rise, the largest the survey reports, which it ties to AI, data science and backend work.',
    },
    tiobe: { value: 17.76, display: '1st (17.76%)', source: tiobe },
    websiteShare: { value: 1.2, display: '1.2%', source: w3techs, caveat: WEBSITE_NOTE },
    throughput: {
      value: 32_651,
      display: '32,651 req/s (Django)',
      source: techEmpower,
      caveat: THROUGHPUT_NOTE,
    },
    frameworks: {
      items: [
        { name: 'Django', firstRelease: 'July 2005', url: 'https://www.djangoproject.com' },
        { name: 'Flask', firstRelease: 'April 2010', url: 'https://flask.palletsprojects.com' },
        { name: 'FastAPI', firstRelease: 'December 2018', url: 'https://fastapi.tiangolo.com' },
      ],
      source: official('Django, Flask and FastAPI release histories', 'https://www.djangoproject.com'),
    },
    firstRelease: {
      text: 'February 1991',
      source: official('Python documentation: History and License', 'https://docs.python.org/3/license.html'),
    },
    typing: {
      text: 'Dynamic; type annotations are optional and not enforced at runtime.',
      source: official('Python documentation: typing', 'https://docs.python.org/3/library/typing.html'),
    },
    concurrency: {
      text: 'Threads under a global interpreter lock (GIL) and asyncio; an optional free-threaded build since Python 3.13.',
      source: official(
        'Python documentation: Python support for free threading',
        'https://docs.python.org/3/howto/free-threading-python.html',
      ),
    },
    packages: {
      text: 'pip and the Python Package Index (PyPI).',
      source: official('Python Package Index', 'https://pypi.org'),
    },
    typicalUses: {
      text: 'Web APIs (Django, FastAPI) plus data, machine learning and scripting; its tutorial calls it an “ideal language for scripting and rapid application development”.',
      source: official('The Python Tutorial', 'https://docs.python.org/3/tutorial/'),
    },
    learningNotes: {
      text: 'Its own tutorial calls Python “an easy to learn, powerful programming language”, and its plain syntax makes it a common first language. For the web you add a framework such as Django or FastAPI.',
      source: official('The Python Tutorial', 'https://docs.python.org/3/tutorial/'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 5,
        reason: 'Plain, readable syntax; its own tutorial calls it “an easy to learn, powerful programming language”.',
      },
      dataAndMl: {
        score: 5,
        reason: 'The usual language for data and machine learning; the 2025 survey ties its rise to AI and data science.',
      },
      frontToBack: {
        score: 1,
        reason: 'Server only: the browser still needs JavaScript, so you learn two languages.',
      },
    },
  },
  {
    id: 'go',
    surveyUsage: { value: 16.4, display: '16.4%', source: survey },
    tiobe: { value: 1.1, display: '12th (1.10%)', source: tiobe },
    websiteShare: null,
    throughput: {
      value: 338_096,
      display: '338,096 req/s (Fiber)',
      source: techEmpower,
      caveat: THROUGHPUT_NOTE,
    },
    frameworks: {
      items: [
        { name: 'Gin', firstRelease: 'June 2014', url: 'https://gin-gonic.com' },
        { name: 'Echo', firstRelease: '2015', url: 'https://echo.labstack.com' },
      ],
      source: official('Gin and Echo release histories', 'https://gin-gonic.com'),
    },
    firstRelease: {
      text: 'November 2009',
      source: official('Go FAQ', 'https://go.dev/doc/faq'),
    },
    typing: {
      text: 'Static.',
      source: official('The Go Programming Language Specification', 'https://go.dev/ref/spec'),
    },
    concurrency: {
      text: 'Goroutines and channels.',
      source: official('Effective Go: Concurrency', 'https://go.dev/doc/effective_go#concurrency'),
    },
    packages: {
      text: 'Go modules.',
      source: official('Go Modules Reference', 'https://go.dev/ref/mod'),
    },
    typicalUses: {
      text: 'Cloud infrastructure, network services and command-line tools; Docker and Kubernetes are written in Go.',
      source: official('The Go website, go.dev', 'https://go.dev'),
      qualitative: true,
    },
    learningNotes: {
      text: 'A small language with few features to learn and one standard way to format code. Static types and explicit error handling ask for more care at first but catch mistakes early.',
      source: official('A Tour of Go', 'https://go.dev/tour/'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 3,
        reason: 'A small language to learn, but static types and explicit error handling take getting used to.',
      },
      dataAndMl: {
        score: 1,
        reason: 'Good for the services around data, but machine-learning work mostly happens in Python.',
      },
      frontToBack: {
        score: 1,
        reason: 'Server only: the browser still needs JavaScript, so you learn two languages.',
      },
    },
  },
  {
    id: 'java',
    surveyUsage: { value: 29.4, display: '29.4%', source: survey },
    tiobe: { value: 7.54, display: '4th (7.54%)', source: tiobe },
    websiteShare: { value: 5.4, display: '5.4%', source: w3techs, caveat: WEBSITE_NOTE },
    throughput: {
      value: 243_639,
      display: '243,639 req/s (Spring)',
      source: techEmpower,
      caveat: THROUGHPUT_NOTE,
    },
    frameworks: {
      items: [
        {
          name: 'Spring Boot',
          firstRelease: 'April 2014 (1.0)',
          url: 'https://spring.io/projects/spring-boot',
        },
      ],
      // Spring Boot's 1.0 date was read in a secondary source.
      source: {
        title: 'Spring Boot release history',
        url: 'https://spring.io/projects/spring-boot',
        asOf: DOCS_AS_OF,
        secondary: true,
      },
    },
    firstRelease: {
      text: 'May 1995',
      source: official('dev.java', 'https://dev.java'),
    },
    typing: {
      text: 'Static.',
      source: official('dev.java: Learn Java', 'https://dev.java/learn/'),
    },
    concurrency: {
      text: 'Operating-system threads; virtual threads became final in JDK 21.',
      source: {
        title: 'JEP 444: Virtual Threads',
        url: 'https://openjdk.org/jeps/444',
        asOf: DOCS_AS_OF,
        secondary: true,
      },
    },
    packages: {
      text: 'Maven (2004) and Maven Central.',
      source: official('Apache Maven', 'https://maven.apache.org'),
    },
    typicalUses: {
      text: 'Large company backends, usually with Spring Boot.',
      source: official('Spring Boot', 'https://spring.io/projects/spring-boot'),
      qualitative: true,
    },
    learningNotes: {
      text: 'More to set up before the first endpoint: static types, classes, a build tool and Spring Boot’s conventions. In return the compiler and editor catch many mistakes early.',
      source: official('dev.java: Learn Java', 'https://dev.java/learn/'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 2,
        reason: 'More to learn before the first endpoint: static types, classes, a build tool and framework conventions.',
      },
      dataAndMl: {
        score: 2,
        reason: 'Fast and well tooled for data-heavy services, but machine-learning work mostly happens in Python.',
      },
      frontToBack: {
        score: 1,
        reason: 'Server only: the browser still needs JavaScript, so you learn two languages.',
      },
    },
  },
  {
    id: 'csharp',
    surveyUsage: { value: 27.8, display: '27.8%', source: survey },
    tiobe: { value: 4.22, display: '5th (4.22%)', source: tiobe },
    websiteShare: {
      value: 4.4,
      display: '4.4% (ASP.NET)',
      source: w3techs,
      note: 'Reported as ASP.NET.',
      caveat: WEBSITE_NOTE,
    },
    throughput: {
      value: 609_966,
      display: '609,966 req/s (ASP.NET Core)',
      source: techEmpower,
      caveat: THROUGHPUT_NOTE,
    },
    frameworks: {
      items: [
        {
          name: 'ASP.NET Core',
          firstRelease: 'June 2016 (with .NET Core 1.0)',
          url: 'https://dotnet.microsoft.com/apps/aspnet',
        },
      ],
      source: official('ASP.NET Core release history', 'https://dotnet.microsoft.com/apps/aspnet'),
    },
    firstRelease: {
      text: 'January 2002',
      source: official(
        'C# documentation: The history of C#',
        'https://learn.microsoft.com/dotnet/csharp/whats-new/csharp-version-history',
      ),
    },
    typing: {
      text: 'Static.',
      source: official('C# documentation', 'https://learn.microsoft.com/dotnet/csharp/'),
    },
    concurrency: {
      text: 'Task-based async/await.',
      source: official(
        'C# documentation: Asynchronous programming',
        'https://learn.microsoft.com/dotnet/csharp/asynchronous-programming/',
      ),
    },
    packages: {
      text: 'NuGet (2010).',
      source: official('What is NuGet?', 'https://learn.microsoft.com/nuget/what-is-nuget'),
    },
    typicalUses: {
      text: 'Large company backends, usually with ASP.NET Core.',
      source: official('ASP.NET', 'https://dotnet.microsoft.com/apps/aspnet'),
      qualitative: true,
    },
    learningNotes: {
      text: 'Much like Java in shape: static types, classes and a project system to learn first, with strong editor support that catches mistakes early.',
      source: official('C# documentation', 'https://learn.microsoft.com/dotnet/csharp/'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 2,
        reason: 'More to learn before the first endpoint: static types, classes and a project system.',
      },
      dataAndMl: {
        score: 2,
        reason: 'Fast and well tooled for data-heavy services, but machine-learning work mostly happens in Python.',
      },
      frontToBack: {
        score: 1,
        reason: 'Server only: the browser still needs JavaScript, so you learn two languages.',
      },
    },
  },
  {
    id: 'ruby',
    surveyUsage: { value: 6.4, display: '6.4%', source: survey },
    tiobe: { value: 0.73, display: 'outside top 20 (0.73%)', source: tiobe },
    websiteShare: { value: 6.7, display: '6.7%', source: w3techs, caveat: WEBSITE_NOTE },
    throughput: {
      value: 42_546,
      display: '42,546 req/s (Rails)',
      source: techEmpower,
      caveat: THROUGHPUT_NOTE,
    },
    frameworks: {
      items: [
        {
          name: 'Ruby on Rails',
          firstRelease: 'December 2005 (1.0)',
          url: 'https://rubyonrails.org',
        },
      ],
      source: official('Ruby on Rails release history', 'https://rubyonrails.org'),
    },
    firstRelease: {
      text: 'December 1995',
      source: official('About Ruby', 'https://www.ruby-lang.org/en/about/'),
    },
    typing: {
      text: 'Dynamic.',
      source: official('About Ruby', 'https://www.ruby-lang.org/en/about/'),
    },
    concurrency: {
      text: 'Threads under a global VM lock (GVL), with Ractors for parallelism.',
      source: official('Ruby documentation: Ractor', 'https://docs.ruby-lang.org/en/master/ractor_md.html'),
    },
    packages: {
      text: 'RubyGems and Bundler.',
      source: official('RubyGems', 'https://rubygems.org'),
    },
    typicalUses: {
      text: 'Rails applications and product prototypes.',
      source: official('Ruby on Rails', 'https://rubyonrails.org'),
      qualitative: true,
    },
    learningNotes: {
      text: 'Readable code, and Rails’ conventions give you a working app quickly; understanding what those conventions do for you takes longer.',
      source: official('Rails Guides: Getting Started', 'https://guides.rubyonrails.org/getting_started.html'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 4,
        reason: 'Readable code, and Rails’ conventions give a working app quickly, though much happens out of sight.',
      },
      dataAndMl: {
        score: 1,
        reason: 'Rarely used for data or machine learning; that work usually happens in Python.',
      },
      frontToBack: {
        score: 1,
        reason: 'Server only: the browser still needs JavaScript, so you learn two languages.',
      },
    },
  },
];

/** Names the seed article, which the research gives without a web address. */
export const seedArticleLabel = 'The article Backend Path grew from';

export const seedArticleSummary =
  'It says a backend developer needs the basics of HTML, CSS and JavaScript, then a real server-side language, and names three: PHP, Node.js and Python.';

/** One article's opinions: show them beside the measured figures, never mixed into them. */
export const seedArticleOpinions: readonly Opinion[] = [
  {
    language: 'php',
    claim: 'The article says PHP job openings have dropped compared with the past and that demand is “steadily falling”.',
  },
  {
    language: 'node',
    claim: 'The article says Node.js lets JavaScript run on the server and that demand for it is likely to grow.',
  },
  {
    language: 'python',
    claim: 'The article says Python is among the most popular languages, easy to learn, and strong for big data and machine learning.',
  },
];
