import type { LanguageProfile } from '../domain/language-facts';
import type { Source } from '../domain/types';
import { official, pythonRiseWriteUp, survey2025, w3techs } from './language-sources';

// Figures (usage, TIOBE, websites, throughput) take their source from `figureSeries` in
// language-sources.ts; every other fact names its own. A source that reports what someone else
// measured or announced is marked `secondary`; a judgement rather than a fact is `qualitative`.

/** When the official pages not re-read for the December 2026 audit were read. */
const READ_EARLIER = '2026-08';

function earlier(title: string, url: string): Source {
  return official(title, url, READ_EARLIER);
}

/** GitHub's curated topic pages state a framework's creator and first release. */
function githubTopic(topic: string, name: string): Source {
  return {
    title: `GitHub topic: ${name}`,
    url: `https://github.com/topics/${topic}`,
    asOf: '2026-12',
    secondary: true,
  };
}

const aboutRuby = official('About Ruby', 'https://www.ruby-lang.org/en/about/');

const SERVER_ONLY = 'Server only: the browser still needs JavaScript, so you learn two languages.';
const ML_IN_PYTHON = 'but machine-learning work mostly happens in Python.';

export const languageProfiles: readonly LanguageProfile[] = [
  {
    id: 'php',
    surveyUsage: { value: 18.9, display: '18.9%' },
    tiobe: { value: 1.11, display: '13th (1.11%)' },
    websiteShare: { value: 71.8, display: '71.8%' },
    throughput: { value: 16_800, display: '16,800 req/s (Laravel)' },
    frameworks: [
      {
        name: 'Laravel',
        url: 'https://laravel.com',
        firstRelease: { text: 'June 2011', source: githubTopic('laravel', 'Laravel') },
      },
      {
        name: 'Symfony',
        url: 'https://symfony.com',
        firstRelease: { text: 'October 2005', source: githubTopic('symfony', 'Symfony') },
      },
    ],
    firstRelease: {
      text: 'June 1995, when Rasmus Lerdorf released PHP Tools to the public.',
      source: official('PHP manual: History of PHP', 'https://www.php.net/manual/en/history.php.php'),
    },
    typing: {
      text: 'Dynamic, with optional type declarations.',
      source: earlier('PHP manual: Type declarations', 'https://www.php.net/manual/en/language.types.declarations.php'),
    },
    concurrency: {
      text: 'Usually one request per worker process, sharing nothing between requests; Fibers (since PHP 8.1) allow cooperative concurrency inside a request.',
      source: earlier('PHP manual: Fibers', 'https://www.php.net/manual/en/language.fibers.php'),
      qualitative: true,
    },
    packages: {
      text: 'Composer and the Packagist registry.',
      source: earlier('Composer', 'https://getcomposer.org'),
    },
    typicalUses: {
      text: 'Content sites and server-rendered web apps, many of them built on WordPress or Laravel.',
      source: w3techs,
      qualitative: true,
    },
    learningNotes: {
      text: 'Quick to get going: a page can mix HTML with PHP and almost every web host runs it. Much old tutorial material teaches outdated habits, so prefer recent guides and a framework such as Laravel.',
      source: earlier('PHP manual: Getting started', 'https://www.php.net/manual/en/getting-started.php'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 4,
        reason: 'Easy first steps: mix PHP into an HTML page and almost any web host will run it.',
      },
      dataAndMl: { score: 1, reason: 'Rarely used for data or machine learning; that work usually happens in Python.' },
      frontToBack: { score: 1, reason: SERVER_ONLY },
    },
  },
  {
    id: 'node',
    surveyUsage: {
      value: 48.7,
      display: '48.7%',
      note: 'Node.js’s own figure, from the survey’s question on web frameworks and technologies; the other languages come from its question on languages. JavaScript, counting browser use, was used by 66.0%.',
    },
    tiobe: {
      value: 2.63,
      display: '6th (2.63%)',
      note: 'JavaScript, the language Node.js runs: TIOBE ranks languages, not runtimes.',
    },
    websiteShare: { value: 5.9, display: '5.9%', note: 'Reported as JavaScript.' },
    throughput: { value: 78_136, display: '78,136 req/s (Express)' },
    frameworks: [
      {
        name: 'Express',
        url: 'https://expressjs.com',
        firstRelease: {
          text: '1.0 in November 2010',
          source: official(
            'Express changelog (History.md): 1.0.0 / 2010-11-16',
            'https://github.com/expressjs/express/blob/master/History.md',
            '2010-11-16',
          ),
        },
      },
      {
        name: 'Fastify',
        url: 'https://fastify.dev',
        firstRelease: { text: 'October 2016', source: githubTopic('fastify', 'Fastify') },
      },
      { name: 'NestJS', url: 'https://nestjs.com' },
    ],
    firstRelease: {
      text: '2009. Its changelog starts with version 0.0.3, dated 11 June 2009.',
      source: official(
        'Node.js changelog archive (versions 0.0.3 to 0.11)',
        'https://github.com/nodejs/node/blob/main/doc/changelogs/CHANGELOG_ARCHIVE.md',
      ),
    },
    typing: {
      text: 'JavaScript is dynamic; TypeScript adds static types that are erased when it compiles to JavaScript.',
      source: earlier('TypeScript documentation', 'https://www.typescriptlang.org/docs/'),
    },
    concurrency: {
      text: 'A single-threaded event loop with non-blocking I/O.',
      source: earlier('About Node.js', 'https://nodejs.org/en/about'),
    },
    packages: {
      text: 'npm and the npm registry.',
      source: earlier('About npm', 'https://docs.npmjs.com/about-npm'),
    },
    typicalUses: {
      text: 'Network and real-time servers and JSON APIs, with one language on both ends; Node.js describes itself as designed to build “scalable network applications”.',
      source: earlier('About Node.js', 'https://nodejs.org/en/about'),
    },
    learningNotes: {
      text: 'If you already know JavaScript from the browser there is no new language to learn. The new ideas are asynchronous code (promises, async/await) and the event loop.',
      source: official('Node.js: Learn', 'https://nodejs.org/learn'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 4,
        reason: 'No new language after the JavaScript the road starts with; asynchronous code takes practice.',
      },
      dataAndMl: { score: 1, reason: 'Possible, but data and machine-learning work mostly happens in Python.' },
      frontToBack: { score: 5, reason: 'The same language runs in the browser and on the server.' },
    },
  },
  {
    id: 'python',
    surveyUsage: {
      value: 57.9,
      display: '57.9%',
      note: 'Up 7 percentage points from 2024, which the survey ties to AI, data science and back-end work. That was the largest one-year rise in Python’s own history, not the largest in the survey: Docker rose 17 points.',
      noteSources: [survey2025, pythonRiseWriteUp],
    },
    tiobe: { value: 18.53, display: '1st (18.53%)' },
    websiteShare: { value: 1.2, display: '1.2%' },
    throughput: {
      value: 32_651,
      display: '32,651 req/s (Django)',
      note: 'Measured with Django, one of the frameworks the Python track teaches; the write-up has no FastAPI figure.',
    },
    frameworks: [
      {
        name: 'Django',
        url: 'https://www.djangoproject.com',
        firstRelease: {
          text: 'open-sourced in summer 2005',
          source: official('Django FAQ: General', 'https://docs.djangoproject.com/en/stable/faq/general/'),
        },
      },
      {
        name: 'Flask',
        url: 'https://flask.palletsprojects.com',
        firstRelease: {
          text: '0.1 in April 2010',
          source: official(
            'Flask changelog (CHANGES.rst): Version 0.1, released 2010-04-16',
            'https://github.com/pallets/flask/blob/main/CHANGES.rst',
            '2010-04-16',
          ),
        },
      },
      { name: 'FastAPI', url: 'https://fastapi.tiangolo.com' },
    ],
    firstRelease: {
      text: 'February 1991: version 0.9.0, posted to the alt.sources newsgroup.',
      source: official(
        'Guido van Rossum, “A Brief Timeline of Python” (The History of Python)',
        'https://python-history.blogspot.com/2009/01/brief-timeline-of-python.html',
        '2009-01',
      ),
    },
    typing: {
      text: 'Dynamic; type annotations are optional and not enforced at runtime.',
      source: earlier('Python documentation: typing', 'https://docs.python.org/3/library/typing.html'),
    },
    concurrency: {
      text: 'Threads under a global interpreter lock (GIL) and asyncio; an optional free-threaded build since Python 3.13.',
      source: earlier(
        'Python documentation: Python support for free threading',
        'https://docs.python.org/3/howto/free-threading-python.html',
      ),
    },
    packages: {
      text: 'pip and the Python Package Index (PyPI).',
      source: earlier('Python Package Index', 'https://pypi.org'),
    },
    typicalUses: {
      text: 'Web APIs (Django, FastAPI) plus data, machine learning and scripting; its tutorial calls it an “ideal language for scripting and rapid application development”.',
      source: earlier('The Python Tutorial', 'https://docs.python.org/3/tutorial/'),
    },
    learningNotes: {
      text: 'Its own tutorial calls Python “an easy to learn, powerful programming language”, and its plain syntax makes it a common first language. For the web you add a framework such as Django or FastAPI.',
      source: earlier('The Python Tutorial', 'https://docs.python.org/3/tutorial/'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 5,
        reason: 'Plain, readable syntax; its own tutorial calls it “an easy to learn, powerful programming language”.',
      },
      dataAndMl: {
        score: 5,
        reason:
          'The usual language for data and machine learning; the 2025 survey ties its rise to AI and data science.',
      },
      frontToBack: { score: 1, reason: SERVER_ONLY },
    },
  },
  {
    id: 'go',
    surveyUsage: { value: 16.4, display: '16.4%' },
    tiobe: { value: 1.07, display: '14th (1.07%)' },
    websiteShare: null,
    throughput: {
      value: 338_096,
      display: '338,096 req/s (Fiber)',
      note: 'Measured with Fiber, which the Go track does not teach: it teaches net/http, Gin or Echo.',
    },
    frameworks: [
      {
        name: 'Gin',
        url: 'https://gin-gonic.com',
        firstRelease: { text: 'June 2014', source: githubTopic('gin', 'Gin') },
      },
      { name: 'Echo', url: 'https://echo.labstack.com' },
    ],
    firstRelease: {
      text: 'November 2009, when Go became a public open-source project.',
      source: official('Go FAQ: What is the history of the project?', 'https://go.dev/doc/faq#history'),
    },
    typing: {
      text: 'Static.',
      source: earlier('The Go Programming Language Specification', 'https://go.dev/ref/spec'),
    },
    concurrency: {
      text: 'Goroutines and channels.',
      source: earlier('Effective Go: Concurrency', 'https://go.dev/doc/effective_go#concurrency'),
    },
    packages: {
      text: 'Go modules.',
      source: earlier('Go Modules Reference', 'https://go.dev/ref/mod'),
    },
    typicalUses: {
      text: 'Cloud infrastructure, network services and command-line tools; Docker and Kubernetes are written in Go.',
      source: earlier('The Go website, go.dev', 'https://go.dev'),
      qualitative: true,
    },
    learningNotes: {
      text: 'A small language with few features to learn and one standard way to format code. Static types and explicit error handling ask for more care at first but catch mistakes early.',
      source: earlier('A Tour of Go', 'https://go.dev/tour/'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 3,
        reason: 'A small language to learn, but static types and explicit error handling take getting used to.',
      },
      dataAndMl: { score: 1, reason: `Good for the services around data, ${ML_IN_PYTHON}` },
      frontToBack: { score: 1, reason: SERVER_ONLY },
    },
  },
  {
    id: 'java',
    surveyUsage: { value: 29.4, display: '29.4%' },
    tiobe: { value: 8.25, display: '4th (8.25%)' },
    websiteShare: { value: 5.4, display: '5.4%' },
    throughput: { value: 243_639, display: '243,639 req/s (Spring)' },
    frameworks: [
      {
        name: 'Spring Boot',
        url: 'https://spring.io/projects/spring-boot',
        firstRelease: {
          text: '1.0 in April 2014',
          source: official(
            'Spring Boot 1.0 GA Released (Spring blog)',
            'https://spring.io/blog/2014/04/01/spring-boot-1-0-ga-released',
            '2014-04-01',
          ),
        },
      },
    ],
    firstRelease: {
      text: 'January 1996 (JDK 1.0), after alpha releases in 1995.',
      // InfoQ quotes Sun's press release of 23 January 1996.
      source: {
        title: 'InfoQ: Java 1.0 Turns 25',
        url: 'https://www.infoq.com/news/2021/01/java-turns-25/',
        asOf: '2021-01',
        secondary: true,
      },
    },
    typing: {
      text: 'Static.',
      source: earlier('dev.java: Learn Java', 'https://dev.java/learn/'),
    },
    concurrency: {
      text: 'Operating-system threads; virtual threads became final in JDK 21.',
      source: official('JEP 444: Virtual Threads', 'https://openjdk.org/jeps/444'),
    },
    packages: {
      text: 'Maven and Maven Central.',
      source: earlier('Apache Maven', 'https://maven.apache.org'),
    },
    typicalUses: {
      text: 'Large company backends, usually with Spring Boot.',
      source: earlier('Spring Boot', 'https://spring.io/projects/spring-boot'),
      qualitative: true,
    },
    learningNotes: {
      text: 'More to set up before the first endpoint: static types, classes, a build tool and Spring Boot’s conventions. In return the compiler and editor catch many mistakes early.',
      source: earlier('dev.java: Learn Java', 'https://dev.java/learn/'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 2,
        reason:
          'More to learn before the first endpoint: static types, classes, a build tool and framework conventions.',
      },
      dataAndMl: { score: 2, reason: `Fast and well tooled for data-heavy services, ${ML_IN_PYTHON}` },
      frontToBack: { score: 1, reason: SERVER_ONLY },
    },
  },
  {
    id: 'csharp',
    surveyUsage: { value: 27.8, display: '27.8%' },
    tiobe: { value: 4.09, display: '5th (4.09%)' },
    websiteShare: { value: 4.4, display: '4.4%', note: 'Reported as ASP.NET.' },
    throughput: { value: 609_966, display: '609,966 req/s (ASP.NET Core)' },
    frameworks: [
      {
        name: 'ASP.NET Core',
        url: 'https://dotnet.microsoft.com/apps/aspnet',
        firstRelease: {
          text: '1.0 in June 2016, with .NET Core 1.0',
          source: official(
            '.NET Core 1.0.0 release notes',
            'https://github.com/dotnet/core/blob/main/release-notes/1.0/1.0.0.md',
            '2016-06-27',
          ),
        },
      },
    ],
    firstRelease: {
      text: 'February 2002: C# 1.0 shipped with Visual Studio .NET 2002.',
      source: {
        title: 'ADTmag: Gates and Co. roll out Visual Studio .NET',
        url: 'https://adtmag.com/Articles/2002/02/13/Gates-and-Co-roll-out-Visual-Studio-NET.aspx',
        asOf: '2002-02-13',
        secondary: true,
      },
      alsoSources: [
        official(
          'C# documentation: The history of C#',
          'https://learn.microsoft.com/dotnet/csharp/whats-new/csharp-version-history',
        ),
      ],
    },
    typing: {
      text: 'Static.',
      source: earlier('C# documentation', 'https://learn.microsoft.com/dotnet/csharp/'),
    },
    concurrency: {
      text: 'Task-based async/await.',
      source: earlier(
        'C# documentation: Asynchronous programming',
        'https://learn.microsoft.com/dotnet/csharp/asynchronous-programming/',
      ),
    },
    packages: {
      text: 'NuGet.',
      source: earlier('What is NuGet?', 'https://learn.microsoft.com/nuget/what-is-nuget'),
    },
    typicalUses: {
      text: 'Large company backends, usually with ASP.NET Core.',
      source: earlier('ASP.NET', 'https://dotnet.microsoft.com/apps/aspnet'),
      qualitative: true,
    },
    learningNotes: {
      text: 'Much like Java in shape: static types, classes and a project system to learn first, with strong editor support that catches mistakes early.',
      source: earlier('C# documentation', 'https://learn.microsoft.com/dotnet/csharp/'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 2,
        reason: 'More to learn before the first endpoint: static types, classes and a project system.',
      },
      dataAndMl: { score: 2, reason: `Fast and well tooled for data-heavy services, ${ML_IN_PYTHON}` },
      frontToBack: { score: 1, reason: SERVER_ONLY },
    },
  },
  {
    id: 'ruby',
    surveyUsage: { value: 6.4, display: '6.4%' },
    tiobe: { value: 0.98, display: '16th (0.98%)' },
    websiteShare: { value: 6.7, display: '6.7%' },
    throughput: { value: 42_546, display: '42,546 req/s (Rails)' },
    frameworks: [
      {
        name: 'Ruby on Rails',
        url: 'https://rubyonrails.org',
        firstRelease: {
          text: '1.0 in December 2005',
          source: official(
            'Rails 1.0: Party like it’s one oh oh! (Ruby on Rails blog)',
            'https://rubyonrails.org/2005/12/13/rails-1-0-party-like-its-one-oh-oh',
            '2005-12-13',
          ),
        },
      },
    ],
    firstRelease: {
      text: '1995',
      source: aboutRuby,
    },
    typing: {
      text: 'Dynamic.',
      source: aboutRuby,
    },
    concurrency: {
      text: 'Threads under a global VM lock (GVL). Ractors can run Ruby code in parallel, but Ruby 4.0 still marks them experimental.',
      source: official('Ruby documentation: Ractor', 'https://docs.ruby-lang.org/en/master/language/ractor_md.html'),
      alsoSources: [
        official(
          'Ruby 4.0.0 Released',
          'https://www.ruby-lang.org/en/news/2025/12/25/ruby-4-0-0-released/',
          '2025-12-25',
        ),
      ],
    },
    packages: {
      text: 'RubyGems and Bundler.',
      source: earlier('RubyGems', 'https://rubygems.org'),
    },
    typicalUses: {
      text: 'Rails applications and product prototypes.',
      source: earlier('Ruby on Rails', 'https://rubyonrails.org'),
      qualitative: true,
    },
    learningNotes: {
      text: 'Readable code, and Rails’ conventions give you a working app quickly; understanding what those conventions do for you takes longer.',
      source: earlier('Rails Guides: Getting Started', 'https://guides.rubyonrails.org/getting_started.html'),
      qualitative: true,
    },
    judgements: {
      gentleStart: {
        score: 4,
        reason: 'Readable code, and Rails’ conventions give a working app quickly, though much happens out of sight.',
      },
      dataAndMl: { score: 1, reason: 'Rarely used for data or machine learning; that work usually happens in Python.' },
      frontToBack: { score: 1, reason: SERVER_ONLY },
    },
  },
];
