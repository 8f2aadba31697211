import type { Milestone } from '../domain/types';

/**
 * Milestones common to every server language, ordered by stage and, within a stage,
 * prerequisites before the milestones that need them. Ids are stable forever: progress is
 * keyed by them. The per-language tracks (stage 'server-language') live elsewhere.
 */
export const commonMilestones: readonly Milestone[] = [
  // ---------------------------------------------------------------- Web foundations
  {
    id: 'html-basics',
    stageId: 'web-foundations',
    title: 'HTML basics',
    summary:
      'HTML describes the structure of a web page: headings, paragraphs, links, images, lists, tables and forms. You write pages by hand and learn which element fits which kind of content.',
    why: 'Servers send HTML and receive form data, so you need to know what a well-formed page and a form submission look like.',
    kind: 'skill',
    hours: 12,
    prerequisites: [],
    resources: [
      { title: 'MDN: HTML', url: 'https://developer.mozilla.org/en-US/docs/Web/HTML', kind: 'official' },
      { title: 'web.dev: Learn HTML', url: 'https://web.dev/learn/html', kind: 'course' },
      {
        title: 'The Odin Project: Foundations',
        url: 'https://www.theodinproject.com/paths/foundations/courses/foundations',
        kind: 'course',
      },
    ],
  },
  {
    id: 'css-basics',
    stageId: 'web-foundations',
    title: 'CSS basics',
    summary:
      'CSS controls how HTML looks: colours, fonts, spacing, and page layout with flexbox and grid. You learn selectors, the box model and how styles cascade and override each other.',
    why: 'Backend developers still build admin pages, email templates and server-rendered views, and need to read the styles their colleagues write.',
    kind: 'skill',
    hours: 12,
    prerequisites: ['html-basics'],
    resources: [
      { title: 'MDN: CSS', url: 'https://developer.mozilla.org/en-US/docs/Web/CSS', kind: 'official' },
      { title: 'web.dev: Learn CSS', url: 'https://web.dev/learn/css', kind: 'course' },
    ],
  },
  {
    id: 'js-basics',
    stageId: 'web-foundations',
    title: 'JavaScript basics',
    summary:
      'JavaScript is the programming language every browser runs. Learn variables, types, functions, arrays, objects, loops, modules, and how promises and async/await deal with work that takes time.',
    why: 'It runs the browser clients that call your APIs, and JSON, the format most APIs speak, comes straight from its syntax.',
    kind: 'skill',
    hours: 25,
    prerequisites: ['html-basics'],
    resources: [
      {
        title: 'MDN: JavaScript Guide',
        url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide',
        kind: 'official',
      },
      { title: 'The Modern JavaScript Tutorial', url: 'https://javascript.info/', kind: 'interactive' },
      { title: 'Eloquent JavaScript (free online book)', url: 'https://eloquentjavascript.net/', kind: 'book' },
    ],
  },
  {
    id: 'dom-and-fetch',
    stageId: 'web-foundations',
    title: 'The DOM and fetch',
    summary:
      'The DOM is the live tree of a page that JavaScript can read and change. fetch lets a page ask a server for data without reloading, which is how most web apps talk to a backend.',
    why: 'Seeing how a browser calls your API, with which headers and how it handles errors, helps you design endpoints that are pleasant to use.',
    kind: 'skill',
    hours: 10,
    prerequisites: ['js-basics'],
    resources: [
      {
        title: 'MDN: Document Object Model (DOM)',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/Document_Object_Model',
        kind: 'official',
      },
      { title: 'MDN: Fetch API', url: 'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API', kind: 'official' },
      { title: 'javascript.info: Fetch', url: 'https://javascript.info/fetch', kind: 'article' },
    ],
  },
  {
    id: 'accessibility-basics',
    stageId: 'web-foundations',
    title: 'Accessibility basics',
    summary:
      'Accessibility means everyone can use a site, whether they rely on a keyboard, a screen reader or zoom. It starts with semantic HTML, labelled form fields, text alternatives for images and enough colour contrast.',
    why: 'The pages, error messages and emails your server produces reach every user, and many countries require public services to be accessible.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['html-basics', 'css-basics'],
    resources: [
      {
        title: 'W3C WAI: Introduction to Web Accessibility',
        url: 'https://www.w3.org/WAI/fundamentals/accessibility-intro/',
        kind: 'official',
      },
      { title: 'MDN: Accessibility', url: 'https://developer.mozilla.org/en-US/docs/Web/Accessibility', kind: 'official' },
      { title: 'web.dev: Learn Accessibility', url: 'https://web.dev/learn/accessibility', kind: 'course' },
    ],
  },
  {
    id: 'browser-devtools',
    stageId: 'web-foundations',
    title: 'Browser developer tools',
    summary:
      'Every browser has built-in tools to inspect a page, run JavaScript in a console and watch each network request with its headers, status code, body and timing.',
    why: 'The network panel shows exactly what your server sent back, which makes it one of the quickest debugging tools you have.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['html-basics', 'js-basics'],
    resources: [
      { title: 'Chrome DevTools documentation', url: 'https://developer.chrome.com/docs/devtools', kind: 'official' },
      {
        title: 'Firefox DevTools user docs',
        url: 'https://firefox-source-docs.mozilla.org/devtools-user/',
        kind: 'official',
      },
    ],
  },

  // ---------------------------------------------------------------- Internet and tools
  {
    id: 'how-the-internet-works',
    stageId: 'internet-and-tools',
    title: 'How the internet works',
    summary:
      'The internet is a network of networks. Computers find each other by IP address and send data in small packets, with TCP making delivery reliable. Learn the rough path a request takes from your laptop to a server and back.',
    why: 'Latency, timeouts and unreachable services make much more sense once you can picture the network underneath your code.',
    kind: 'skill',
    hours: 5,
    prerequisites: [],
    resources: [
      {
        title: 'MDN: How does the Internet work?',
        url: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Howto/Web_mechanics/How_does_the_Internet_work',
        kind: 'official',
      },
      { title: 'Julia Evans: Networking! ACK! (zine)', url: 'https://wizardzines.com/zines/networking/', kind: 'book' },
    ],
  },
  {
    id: 'http-basics',
    stageId: 'internet-and-tools',
    title: 'HTTP basics',
    summary:
      'HTTP is the request and response protocol of the web. Learn URLs, methods such as GET and POST, status codes, headers and bodies, and how HTTP/1.1, HTTP/2 and HTTP/3 differ at a high level.',
    why: 'A backend developer spends most days receiving HTTP requests and choosing the right response, so this is core vocabulary.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['how-the-internet-works'],
    resources: [
      {
        title: 'MDN: Overview of HTTP',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Overview',
        kind: 'official',
      },
      { title: 'RFC 9110: HTTP Semantics', url: 'https://datatracker.ietf.org/doc/html/rfc9110', kind: 'official' },
      { title: "Julia Evans: HTTP, Learn Your Browser's Language (zine)", url: 'https://wizardzines.com/zines/http/', kind: 'book' },
    ],
  },
  {
    id: 'dns-and-domains',
    stageId: 'internet-and-tools',
    title: 'Domain names and DNS',
    summary:
      'DNS turns a name like example.com into the IP address of a server. Learn how domains are registered, what A, AAAA, CNAME, MX and TXT records do, and why changes can take a while to spread.',
    why: 'Pointing a domain at your server, setting up email and proving you own a domain to a provider all come down to DNS records.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['how-the-internet-works'],
    resources: [
      {
        title: 'MDN: What is a domain name?',
        url: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Howto/Web_mechanics/What_is_a_domain_name',
        kind: 'official',
      },
      { title: 'Julia Evans: How DNS Works (zine)', url: 'https://wizardzines.com/zines/dns/', kind: 'book' },
      { title: 'Mess With DNS', url: 'https://messwithdns.net/', kind: 'interactive' },
    ],
  },
  {
    id: 'how-browsers-work',
    stageId: 'internet-and-tools',
    title: 'How browsers work',
    summary:
      'A browser looks up the address, opens a connection, sends requests, then parses HTML, CSS and JavaScript to draw the page. It also keeps caches and cookies and enforces security rules such as the same-origin policy.',
    why: 'Cookies, caching headers and CORS are all enforced by the browser, so knowing its side explains many bugs you will see from the server.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['http-basics', 'html-basics'],
    resources: [
      {
        title: 'MDN: How browsers work',
        url: 'https://developer.mozilla.org/en-US/docs/Web/Performance/Guides/How_browsers_work',
        kind: 'official',
      },
      { title: 'web.dev: How browsers work', url: 'https://web.dev/articles/howbrowserswork', kind: 'article' },
    ],
  },
  {
    id: 'hosting-basics',
    stageId: 'internet-and-tools',
    title: 'Web hosting',
    summary:
      'Hosting means running your site or app on a computer that is always online. Learn the main options, from static hosting to virtual servers, managed platforms and the big clouds, and what each one looks after for you.',
    why: 'Knowing where your code will run shapes how you build it, configure it and pay for it.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['dns-and-domains', 'http-basics'],
    resources: [
      {
        title: 'MDN: What is a web server?',
        url: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Howto/Web_mechanics/What_is_a_web_server',
        kind: 'official',
      },
      { title: 'GitHub Pages documentation', url: 'https://docs.github.com/en/pages', kind: 'official' },
    ],
  },
  {
    id: 'terminal-basics',
    stageId: 'internet-and-tools',
    title: 'The terminal and shell',
    summary:
      'The terminal lets you control a computer by typing commands. Learn to move between folders, create and edit files, read logs, chain commands with pipes, set environment variables and write small shell scripts.',
    why: 'Servers, containers, Git and most developer tools are driven from the command line, often on machines with no screen at all.',
    kind: 'skill',
    hours: 10,
    prerequisites: [],
    resources: [
      { title: 'GNU Bash manual', url: 'https://www.gnu.org/software/bash/manual/', kind: 'official' },
      { title: 'The Missing Semester of Your CS Education (MIT)', url: 'https://missing.csail.mit.edu/', kind: 'course' },
      { title: 'The Linux Command Line (free book)', url: 'https://linuxcommand.org/tlcl.php', kind: 'book' },
    ],
  },
  {
    id: 'ssh-basics',
    stageId: 'internet-and-tools',
    title: 'SSH and remote servers',
    summary:
      'SSH gives you a secure terminal on another computer. Learn to create a key pair, log in to a server with it, copy files across and keep the private key safe.',
    why: 'You will use SSH to reach servers and to talk to Git hosts without typing a password each time.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['terminal-basics'],
    resources: [
      { title: 'OpenSSH manual pages', url: 'https://www.openssh.com/manual.html', kind: 'official' },
      {
        title: 'GitHub Docs: Connecting to GitHub with SSH',
        url: 'https://docs.github.com/en/authentication/connecting-to-github-with-ssh',
        kind: 'official',
      },
    ],
  },
  {
    id: 'text-editors',
    stageId: 'internet-and-tools',
    title: 'A code editor (optional)',
    summary:
      'A good editor with syntax highlighting, search, a built-in terminal and extensions for your language makes everyday work smoother. This one is optional: use any editor you like and learn its shortcuts.',
    why: 'Most of your working hours go into reading and changing code, so a comfortable editor pays off quickly.',
    kind: 'skill',
    hours: 3,
    prerequisites: [],
    resources: [
      { title: 'Visual Studio Code documentation', url: 'https://code.visualstudio.com/docs', kind: 'official' },
      { title: 'Neovim documentation', url: 'https://neovim.io/doc/', kind: 'official' },
    ],
  },
  {
    id: 'git-basics',
    stageId: 'internet-and-tools',
    title: 'Git basics',
    summary:
      'Git records the history of your code as a series of commits. Learn to create a repository, stage and commit changes, read the log and diffs, undo mistakes and ignore files that should not be tracked.',
    why: 'Every team keeps its code in Git, and a clean history is how you review, share and roll back changes to a server.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['terminal-basics'],
    resources: [
      { title: 'Git documentation', url: 'https://git-scm.com/doc', kind: 'official' },
      { title: 'Pro Git (free book)', url: 'https://git-scm.com/book/en/v2', kind: 'book' },
      { title: 'Julia Evans: How Git Works (zine)', url: 'https://wizardzines.com/zines/git/', kind: 'book' },
    ],
  },
  {
    id: 'git-branching',
    stageId: 'internet-and-tools',
    title: 'Git branching and merging',
    summary:
      'Branches let you work on a change without disturbing the main line. Learn to create and switch branches, merge or rebase them, and resolve conflicts when two changes touch the same lines.',
    why: 'Teams build every feature and fix on a branch, so merging and resolving conflicts is a daily skill.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['git-basics'],
    resources: [
      {
        title: 'Pro Git: Branches in a Nutshell',
        url: 'https://git-scm.com/book/en/v2/Git-Branching-Branches-in-a-Nutshell',
        kind: 'official',
      },
      { title: 'Learn Git Branching', url: 'https://learngitbranching.js.org/', kind: 'interactive' },
    ],
  },
  {
    id: 'github-and-pull-requests',
    stageId: 'internet-and-tools',
    title: 'GitHub, GitLab and pull requests',
    summary:
      "Services such as GitHub and GitLab keep a shared copy of a repository online. Learn to push and pull, fork, open a pull request (a merge request on GitLab), review other people's changes and answer review comments.",
    why: 'Pull requests are how changes are proposed, reviewed, tested and merged in nearly every company and open-source project.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['git-branching'],
    resources: [
      { title: 'GitHub Docs: Pull requests', url: 'https://docs.github.com/en/pull-requests', kind: 'official' },
      { title: 'GitLab documentation', url: 'https://docs.gitlab.com/', kind: 'official' },
    ],
  },
  {
    id: 'project-personal-site',
    stageId: 'internet-and-tools',
    title: 'Publish a personal page',
    summary:
      'Build a small personal page in plain HTML and CSS, keep it in a Git repository on GitHub or GitLab, and publish it with GitHub Pages or a similar static host. Optionally point a domain name of your own at it.',
    why: 'Taking something from your editor to a public URL ties Git, hosting and DNS together, and gives you a place to list your later projects.',
    kind: 'project',
    hours: 8,
    prerequisites: ['css-basics', 'github-and-pull-requests', 'hosting-basics'],
    resources: [
      { title: 'GitHub Pages documentation', url: 'https://docs.github.com/en/pages', kind: 'official' },
      { title: 'roadmap.sh project: Basic HTML website', url: 'https://roadmap.sh/projects/basic-html-website', kind: 'article' },
    ],
  },

  // ---------------------------------------------------------------- Data skills
  {
    id: 'project-task-tracker-cli',
    stageId: 'data-skills',
    title: 'Build a task tracker CLI',
    summary:
      'In your chosen language, write a command-line program that adds, updates, deletes and lists tasks, marks them to do, in progress or done, and saves them in a JSON file. Keep it in Git with a short README.',
    why: 'A small program with input, output, files and error handling is the best first proof that you can use your language on your own.',
    kind: 'project',
    hours: 10,
    prerequisites: ['terminal-basics', 'git-basics'],
    resources: [
      { title: 'Introducing JSON', url: 'https://www.json.org/json-en.html', kind: 'official' },
      { title: 'roadmap.sh project: Task Tracker', url: 'https://roadmap.sh/projects/task-tracker', kind: 'article' },
    ],
  },
  {
    id: 'sql-basics',
    stageId: 'data-skills',
    title: 'SQL basics',
    summary:
      'SQL is the language for asking a relational database questions and changing its data. Learn to create tables and to insert, select, filter, sort, update and delete rows, and to combine two tables with a simple join.',
    why: 'Almost every backend keeps its data in a relational database, and SQL is how you read and change it.',
    kind: 'skill',
    hours: 15,
    prerequisites: ['terminal-basics'],
    resources: [
      { title: 'PostgreSQL tutorial', url: 'https://www.postgresql.org/docs/current/tutorial.html', kind: 'official' },
      { title: 'SQLBolt', url: 'https://sqlbolt.com/', kind: 'interactive' },
      { title: 'freeCodeCamp: Learn', url: 'https://www.freecodecamp.org/learn', kind: 'course' },
    ],
  },
  {
    id: 'sql-joins-and-aggregates',
    stageId: 'data-skills',
    title: 'Joins, grouping and subqueries',
    summary:
      'Go beyond single-table queries: inner and outer joins, GROUP BY with counts and sums, HAVING, subqueries and common table expressions (WITH). These answer questions like "how much did each customer spend this month?".',
    why: 'Reports, dashboards and many API endpoints need data from several tables at once, and doing that work in SQL is usually faster than in application code.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['sql-basics'],
    resources: [
      { title: 'PostgreSQL: Queries', url: 'https://www.postgresql.org/docs/current/queries.html', kind: 'official' },
      { title: 'PostgreSQL Exercises', url: 'https://pgexercises.com/', kind: 'interactive' },
    ],
  },
  {
    id: 'relational-design',
    stageId: 'data-skills',
    title: 'Relational design and normalization',
    summary:
      'Design tables that model your data well: primary and foreign keys, one-to-many and many-to-many relationships, constraints, and normalization so that each fact is stored once. Learn when a little duplication is a fair trade.',
    why: 'A sound schema keeps data consistent and queries simple for years, while a poor one causes bugs that are expensive to undo.',
    kind: 'skill',
    hours: 10,
    prerequisites: ['sql-basics'],
    resources: [
      { title: 'PostgreSQL: Constraints', url: 'https://www.postgresql.org/docs/current/ddl-constraints.html', kind: 'official' },
      { title: 'Database normalization (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Database_normalization', kind: 'article' },
    ],
  },
  {
    id: 'postgresql',
    stageId: 'data-skills',
    title: 'PostgreSQL',
    summary:
      'PostgreSQL is a free and widely used relational database. Install it or run it in a container, connect with psql, create databases and roles, and use its data types such as text, numeric, timestamptz, arrays and JSONB.',
    why: 'It is a common default for new backends, and what you learn in it carries over to other SQL databases.',
    kind: 'skill',
    hours: 12,
    prerequisites: ['sql-basics'],
    resources: [
      { title: 'PostgreSQL documentation', url: 'https://www.postgresql.org/docs/', kind: 'official' },
      { title: 'PostgreSQL: psql reference', url: 'https://www.postgresql.org/docs/current/app-psql.html', kind: 'official' },
    ],
  },
  {
    id: 'sqlite-and-mysql',
    stageId: 'data-skills',
    title: 'SQLite, MySQL and MariaDB',
    summary:
      'SQLite is a whole database in a single file, ideal for small apps, tests and tools. MySQL and its fork MariaDB are server databases behind a large share of the web. Learn where each fits and how their SQL differs from PostgreSQL.',
    why: 'You will meet these databases in existing projects and hosting plans, so it helps to be at ease with more than one.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['sql-basics'],
    resources: [
      { title: 'SQLite documentation', url: 'https://www.sqlite.org/docs.html', kind: 'official' },
      { title: 'MySQL documentation', url: 'https://dev.mysql.com/doc/', kind: 'official' },
      { title: 'SQLite: Appropriate uses for SQLite', url: 'https://www.sqlite.org/whentouse.html', kind: 'article' },
    ],
  },
  {
    id: 'orms',
    stageId: 'data-skills',
    title: 'ORMs and query builders',
    summary:
      'An ORM maps database rows to objects in your language and writes much of the SQL for you; a query builder helps you compose SQL safely in code. Learn what they make easier, what they hide, and how to see the SQL they actually run.',
    why: 'Most web frameworks ship with an ORM, and using it well without losing sight of the SQL is part of everyday backend work.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['relational-design', 'postgresql'],
    resources: [
      { title: 'SQLAlchemy documentation (Python)', url: 'https://docs.sqlalchemy.org/', kind: 'official' },
      { title: 'Prisma documentation (Node.js)', url: 'https://www.prisma.io/docs', kind: 'official' },
      { title: 'Laravel Eloquent documentation (PHP)', url: 'https://laravel.com/docs/eloquent', kind: 'official' },
    ],
  },
  {
    id: 'migrations',
    stageId: 'data-skills',
    title: 'Database migrations',
    summary:
      'Migrations are small, numbered scripts that change a database schema step by step, such as adding a column or an index. They live in Git next to your code, so every copy of the database can be brought to the same shape.',
    why: 'Changing a live database without losing data or stopping the app is a routine but risky part of shipping features.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['relational-design', 'git-basics'],
    resources: [
      { title: 'PostgreSQL: Modifying tables', url: 'https://www.postgresql.org/docs/current/ddl-alter.html', kind: 'official' },
      { title: 'Martin Fowler: Evolutionary Database Design', url: 'https://martinfowler.com/articles/evodb.html', kind: 'article' },
    ],
  },
  {
    id: 'indexes',
    stageId: 'data-skills',
    title: 'Indexes',
    summary:
      'An index is a sorted lookup structure that lets the database find rows without reading the whole table. Learn B-tree indexes, indexes over several columns, unique indexes, and the cost every index adds to writes.',
    why: 'The right index can turn a query from seconds into milliseconds, and a missing one is a common cause of slow endpoints.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['postgresql'],
    resources: [
      { title: 'PostgreSQL: Indexes', url: 'https://www.postgresql.org/docs/current/indexes.html', kind: 'official' },
      { title: 'Use The Index, Luke', url: 'https://use-the-index-luke.com/', kind: 'book' },
    ],
  },
  {
    id: 'query-profiling',
    stageId: 'data-skills',
    title: 'Reading query plans',
    summary:
      'EXPLAIN and EXPLAIN ANALYZE show how the database plans to run a query and how long each step took. Learn to spot full table scans, costly sorts and indexes that are never used.',
    why: 'Measuring before you optimize tells you which query is slow and why, instead of guessing.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['indexes'],
    resources: [
      { title: 'PostgreSQL: Using EXPLAIN', url: 'https://www.postgresql.org/docs/current/using-explain.html', kind: 'official' },
    ],
  },
  {
    id: 'transactions-acid',
    stageId: 'data-skills',
    title: 'Transactions and ACID',
    summary:
      'A transaction groups several changes so that either all of them happen or none do. ACID (atomicity, consistency, isolation, durability) names the guarantees, and isolation levels decide what transactions running at the same time can see of each other.',
    why: 'Payments, bookings and stock counts stay correct only when related writes are wrapped in transactions.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['postgresql'],
    resources: [
      {
        title: 'PostgreSQL tutorial: Transactions',
        url: 'https://www.postgresql.org/docs/current/tutorial-transactions.html',
        kind: 'official',
      },
      {
        title: 'PostgreSQL: Transaction isolation',
        url: 'https://www.postgresql.org/docs/current/transaction-iso.html',
        kind: 'official',
      },
    ],
  },
  {
    id: 'n-plus-one',
    stageId: 'data-skills',
    title: 'The N+1 query problem',
    summary:
      'The N+1 problem is loading a list with one query and then running one more query for every item in it, often hidden inside an ORM. Learn to spot it in your logs and fix it with a join or eager loading.',
    why: 'It is one of the most common reasons an endpoint is quick with ten rows and painfully slow with ten thousand.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['orms'],
    resources: [
      {
        title: 'Rails Guides: Active Record Query Interface (eager loading)',
        url: 'https://guides.rubyonrails.org/active_record_querying.html',
        kind: 'official',
      },
      {
        title: 'Django: Database access optimization',
        url: 'https://docs.djangoproject.com/en/stable/topics/db/optimization/',
        kind: 'official',
      },
    ],
  },
  {
    id: 'nosql-overview',
    stageId: 'data-skills',
    title: 'NoSQL databases: an overview',
    summary:
      'NoSQL is a loose name for databases that do not use relational tables: document, key-value, wide-column and graph stores. Learn what each family is good at and what you give up compared with SQL.',
    why: 'Choosing a store that fits the shape of your data and queries is a real design decision, and the answer is often still a relational database.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['relational-design'],
    resources: [
      { title: 'AWS: What is NoSQL?', url: 'https://aws.amazon.com/nosql/', kind: 'official' },
      { title: 'Designing Data-Intensive Applications', url: 'https://dataintensive.net/', kind: 'book' },
    ],
  },
  {
    id: 'mongodb',
    stageId: 'data-skills',
    title: 'Document databases with MongoDB',
    summary:
      'MongoDB stores JSON-like documents in collections instead of rows in tables. Learn to insert and query documents, choose between embedding and referencing related data, build indexes and use the aggregation pipeline.',
    why: 'Document stores are common in Node.js and startup stacks, and knowing when a document model fits helps you choose well.',
    kind: 'skill',
    hours: 10,
    prerequisites: ['nosql-overview'],
    resources: [
      { title: 'MongoDB manual', url: 'https://www.mongodb.com/docs/manual/', kind: 'official' },
      { title: 'MongoDB University', url: 'https://learn.mongodb.com/', kind: 'course' },
    ],
  },
  {
    id: 'redis-key-value',
    stageId: 'data-skills',
    title: 'Key-value stores with Redis',
    summary:
      'Redis keeps data in memory as keys that point to strings, hashes, lists, sets and sorted sets, each with an optional expiry time. Learn its basic commands and how it can save data to disk.',
    why: 'Redis is the usual home for caches, sessions, rate-limit counters, simple queues and leaderboards.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['nosql-overview'],
    resources: [
      { title: 'Redis documentation', url: 'https://redis.io/docs/latest/', kind: 'official' },
      { title: 'Redis data types', url: 'https://redis.io/docs/latest/develop/data-types/', kind: 'official' },
    ],
  },
  {
    id: 'wide-column-and-graph',
    stageId: 'data-skills',
    title: 'Wide-column and graph databases',
    summary:
      'Wide-column stores such as Cassandra and DynamoDB spread huge tables over many machines and are designed around queries you know in advance. Graph databases such as Neo4j store nodes and relationships, which makes questions like "friends of friends" easy.',
    why: 'You will rarely need them, but recognizing the problems they solve stops you forcing the wrong tool onto a job.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['nosql-overview'],
    resources: [
      { title: 'Apache Cassandra documentation', url: 'https://cassandra.apache.org/doc/latest/', kind: 'official' },
      { title: 'Amazon DynamoDB documentation', url: 'https://docs.aws.amazon.com/dynamodb/', kind: 'official' },
      { title: 'Neo4j documentation', url: 'https://neo4j.com/docs/', kind: 'official' },
    ],
  },
  {
    id: 'server-side-caching',
    stageId: 'data-skills',
    title: 'Server-side caching',
    summary:
      'Caching keeps the result of slow work, such as a database query or a call to another API, so the next request can reuse it. Learn the cache-aside pattern, expiry times, invalidation and the trade-off between speed and stale data, using Redis or Memcached.',
    why: 'A cache is often the cheapest way to make a backend faster and to protect the database under heavy load.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['redis-key-value'],
    resources: [
      {
        title: 'Microsoft Learn: Caching guidance',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/best-practices/caching',
        kind: 'official',
      },
      { title: 'Memcached', url: 'https://memcached.org/', kind: 'official' },
    ],
  },
  {
    id: 'http-caching',
    stageId: 'data-skills',
    title: 'HTTP caching',
    summary:
      'Response headers such as Cache-Control, ETag and Last-Modified tell browsers and proxies whether they may reuse a response and for how long. Learn conditional requests that get a 304 Not Modified answer, and how to keep private data out of shared caches.',
    why: "Correct caching headers cut load on your servers for free, while wrong ones can show one user's data to another.",
    kind: 'skill',
    hours: 5,
    prerequisites: ['http-basics'],
    resources: [
      { title: 'MDN: HTTP caching', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Caching', kind: 'official' },
      { title: 'RFC 9111: HTTP Caching', url: 'https://datatracker.ietf.org/doc/html/rfc9111', kind: 'official' },
      { title: 'web.dev: Prevent unnecessary network requests with the HTTP Cache', url: 'https://web.dev/articles/http-cache', kind: 'article' },
    ],
  },
  {
    id: 'cdn-basics',
    stageId: 'data-skills',
    title: 'Content delivery networks',
    summary:
      'A CDN is a network of servers around the world that keeps copies of your files and responses close to your users. Learn what it caches, how it sits in front of your own server and how to clear content that changed.',
    why: 'CDNs speed up traffic from far away, absorb spikes and attacks, and take load off your own servers.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['http-caching', 'dns-and-domains'],
    resources: [
      { title: 'MDN Glossary: CDN', url: 'https://developer.mozilla.org/en-US/docs/Glossary/CDN', kind: 'official' },
      { title: 'Cloudflare: What is a CDN?', url: 'https://www.cloudflare.com/learning/cdn/what-is-a-cdn/', kind: 'article' },
    ],
  },

  // ---------------------------------------------------------------- APIs and security
  {
    id: 'rest-apis',
    stageId: 'apis-and-security',
    title: 'REST APIs',
    summary:
      'REST is a style of designing web APIs around resources, such as /users/42, that clients handle with standard HTTP methods and status codes. Learn to name endpoints, pick the right method and status, and keep each request self-contained.',
    why: 'REST over HTTP is the most common way backends expose their data, so designing clear endpoints is central to the job.',
    kind: 'skill',
    hours: 12,
    prerequisites: ['http-basics'],
    resources: [
      {
        title: 'Roy Fielding: Representational State Transfer (dissertation, chapter 5)',
        url: 'https://ics.uci.edu/~fielding/pubs/dissertation/rest_arch_style.htm',
        kind: 'official',
      },
      {
        title: 'Microsoft Learn: Web API design best practices',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design',
        kind: 'article',
      },
    ],
  },
  {
    id: 'json-apis',
    stageId: 'apis-and-security',
    title: 'JSON APIs',
    summary:
      'JSON is the text format most APIs use for request and response bodies. Learn its rules, consistent field naming, content types, how to shape error responses, and shared conventions such as JSON:API and Problem Details.',
    why: 'Predictable JSON makes your API easy to consume and its errors easy to handle.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['rest-apis', 'js-basics'],
    resources: [
      { title: 'RFC 8259: The JSON data interchange format', url: 'https://datatracker.ietf.org/doc/html/rfc8259', kind: 'official' },
      { title: 'RFC 9457: Problem Details for HTTP APIs', url: 'https://datatracker.ietf.org/doc/html/rfc9457', kind: 'official' },
      { title: 'JSON:API specification', url: 'https://jsonapi.org/', kind: 'official' },
    ],
  },
  {
    id: 'api-pagination-versioning',
    stageId: 'apis-and-security',
    title: 'Pagination, filtering and versioning',
    summary:
      'Large collections are returned one page at a time, using offsets or cursors, and clients filter and sort with query parameters. Versioning lets you change an API without breaking the clients that already depend on it.',
    why: 'These choices decide whether your API stays fast and usable as the data and the number of clients grow.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['rest-apis'],
    resources: [
      {
        title: 'GitHub Docs: Using pagination in the REST API',
        url: 'https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api',
        kind: 'official',
      },
      { title: 'RFC 8288: Web Linking', url: 'https://datatracker.ietf.org/doc/html/rfc8288', kind: 'official' },
    ],
  },
  {
    id: 'openapi',
    stageId: 'apis-and-security',
    title: 'OpenAPI',
    summary:
      'OpenAPI is a standard way to describe a REST API in a YAML or JSON file: its paths, parameters, request bodies and responses. Tools turn that file into documentation, client code and tests.',
    why: 'A written contract lets frontend, mobile and partner teams build against your API while you keep changing it.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['rest-apis'],
    resources: [
      { title: 'OpenAPI Specification', url: 'https://spec.openapis.org/oas/latest.html', kind: 'official' },
      { title: 'OpenAPI Initiative: Getting started', url: 'https://learn.openapis.org/', kind: 'course' },
      { title: 'Swagger documentation', url: 'https://swagger.io/docs/', kind: 'article' },
    ],
  },
  {
    id: 'input-validation',
    stageId: 'apis-and-security',
    title: 'Input validation',
    summary:
      'Treat every input as untrusted: bodies, query strings, headers and uploaded files. Check types, lengths, formats and allowed values at the edge of your API, use parameterized queries for SQL, and answer with clear 400 errors.',
    why: 'Validation stops injection attacks and bad data before they reach your database or other users.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['rest-apis'],
    resources: [
      {
        title: 'OWASP: Input Validation Cheat Sheet',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html',
        kind: 'official',
      },
      {
        title: 'OWASP: SQL Injection Prevention Cheat Sheet',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html',
        kind: 'official',
      },
      { title: 'JSON Schema', url: 'https://json-schema.org/', kind: 'official' },
    ],
  },
  {
    id: 'secrets-management',
    stageId: 'apis-and-security',
    title: 'Secrets management',
    summary:
      'Secrets are the passwords, API keys and signing keys your app needs. Keep them out of code and Git, pass them in through environment variables or a secrets manager, give each one only the access it needs and rotate them.',
    why: 'Keys leaked in repositories are one of the most common causes of breaches and of surprise cloud bills.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['git-basics'],
    resources: [
      {
        title: 'OWASP: Secrets Management Cheat Sheet',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
        kind: 'official',
      },
      { title: 'GitHub Docs: Secret scanning', url: 'https://docs.github.com/en/code-security/secret-scanning', kind: 'official' },
    ],
  },
  {
    id: 'project-blogging-api',
    stageId: 'apis-and-security',
    title: 'Build a blogging platform API',
    summary:
      'In your chosen language, build a REST API to create, read, update, delete and search blog posts with tags, stored in PostgreSQL or another SQL database. Return the right status codes, validate input and paginate lists.',
    why: 'It is a complete first API over a real database, the everyday core of backend work.',
    kind: 'project',
    hours: 15,
    prerequisites: ['rest-apis', 'api-pagination-versioning', 'input-validation', 'relational-design', 'postgresql'],
    resources: [
      { title: 'RFC 9110: HTTP methods', url: 'https://datatracker.ietf.org/doc/html/rfc9110#name-methods', kind: 'official' },
      { title: 'roadmap.sh project: Blogging Platform API', url: 'https://roadmap.sh/projects/blogging-platform-api', kind: 'article' },
    ],
  },
  {
    id: 'project-weather-api',
    stageId: 'apis-and-security',
    title: 'Build a weather API wrapper with caching',
    summary:
      'In your chosen language, build an API that fetches weather from a third-party service, caches each answer in Redis with an expiry time, reads the API key from an environment variable and copes when the provider is slow or down.',
    why: 'Calling other APIs safely and caching their answers is something almost every backend does.',
    kind: 'project',
    hours: 10,
    prerequisites: ['rest-apis', 'server-side-caching', 'secrets-management'],
    resources: [
      { title: 'Redis documentation', url: 'https://redis.io/docs/latest/', kind: 'official' },
      { title: 'roadmap.sh project: Weather API', url: 'https://roadmap.sh/projects/weather-api-wrapper-service', kind: 'article' },
    ],
  },
  {
    id: 'graphql',
    stageId: 'apis-and-security',
    title: 'GraphQL',
    summary:
      'GraphQL is a query language for APIs: the client asks a typed schema for exactly the fields it needs, often in a single request. Learn schemas, queries, mutations and resolvers, and the caching and performance questions they raise.',
    why: 'Many companies offer GraphQL APIs alongside or instead of REST, especially for apps with varied data needs.',
    kind: 'skill',
    hours: 10,
    prerequisites: ['rest-apis', 'json-apis'],
    resources: [
      { title: 'GraphQL: Learn', url: 'https://graphql.org/learn/', kind: 'official' },
      { title: 'How to GraphQL', url: 'https://www.howtographql.com/', kind: 'course' },
    ],
  },
  {
    id: 'grpc',
    stageId: 'apis-and-security',
    title: 'gRPC and Protocol Buffers',
    summary:
      'gRPC lets services call each other as if they were calling local functions. Messages are described in Protocol Buffers and sent compactly over HTTP/2, with streaming in either direction.',
    why: 'gRPC is a common choice for fast, strongly typed communication between internal services.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['rest-apis'],
    resources: [
      { title: 'gRPC documentation', url: 'https://grpc.io/docs/', kind: 'official' },
      { title: 'Protocol Buffers documentation', url: 'https://protobuf.dev/', kind: 'official' },
    ],
  },
  {
    id: 'https-tls',
    stageId: 'apis-and-security',
    title: 'HTTPS and TLS',
    summary:
      "HTTPS is HTTP sent through a TLS connection, which encrypts the traffic and proves with a certificate that the server is who it claims to be. Learn how certificates are issued and renewed, for free with Let's Encrypt, and why every site should use HTTPS.",
    why: 'Passwords, tokens and personal data must never cross the network as plain text.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['http-basics'],
    resources: [
      { title: 'RFC 8446: TLS 1.3', url: 'https://datatracker.ietf.org/doc/html/rfc8446', kind: 'official' },
      { title: "Let's Encrypt: How it works", url: 'https://letsencrypt.org/how-it-works/', kind: 'official' },
      { title: 'Cloudflare: What is HTTPS?', url: 'https://www.cloudflare.com/learning/ssl/what-is-https/', kind: 'article' },
    ],
  },
  {
    id: 'auth-basics',
    stageId: 'apis-and-security',
    title: 'Authentication and authorization basics',
    summary:
      'Authentication checks who a user is; authorization decides what they may do. Learn the main ways to prove identity (passwords, sessions, tokens, single sign-on), role-based access control, and what makes a login flow safe.',
    why: 'Nearly every backend holds private data, and mistakes in access checks are among the most serious security bugs.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['http-basics', 'rest-apis'],
    resources: [
      {
        title: 'MDN: Authentication',
        url: 'https://developer.mozilla.org/en-US/docs/Web/Security/Authentication',
        kind: 'official',
      },
      {
        title: 'OWASP: Authentication Cheat Sheet',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html',
        kind: 'official',
      },
    ],
  },
  {
    id: 'basic-auth',
    stageId: 'apis-and-security',
    title: 'HTTP Basic authentication',
    summary:
      'Basic authentication sends a username and password, only base64-encoded, in the Authorization header of every request. It is simple and fine for internal tools over HTTPS, but unsafe without HTTPS and clumsy for real users.',
    why: 'You will meet it in internal services, webhooks and older APIs, and should know exactly what it does and does not protect.',
    kind: 'skill',
    hours: 2,
    prerequisites: ['auth-basics', 'https-tls'],
    resources: [
      { title: "RFC 7617: The 'Basic' HTTP Authentication Scheme", url: 'https://datatracker.ietf.org/doc/html/rfc7617', kind: 'official' },
      {
        title: 'MDN: HTTP authentication',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Authentication',
        kind: 'official',
      },
    ],
  },
  {
    id: 'password-hashing',
    stageId: 'apis-and-security',
    title: 'Password hashing',
    summary:
      'Never store passwords themselves. Store a slow, salted hash made with a password hashing function such as Argon2id, scrypt or bcrypt, and compare hashes when a user logs in.',
    why: "If your database ever leaks, proper hashing is what stands between the leak and your users' other accounts.",
    kind: 'skill',
    hours: 4,
    prerequisites: ['auth-basics'],
    resources: [
      {
        title: 'OWASP: Password Storage Cheat Sheet',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
        kind: 'official',
      },
      {
        title: 'MDN: Passwords',
        url: 'https://developer.mozilla.org/en-US/docs/Web/Security/Authentication/Passwords',
        kind: 'official',
      },
    ],
  },
  {
    id: 'cookies-and-sessions',
    stageId: 'apis-and-security',
    title: 'Cookies and sessions',
    summary:
      'After login the server creates a session and gives the browser a cookie holding its random ID, which the browser sends back with every request. Learn the Secure, HttpOnly and SameSite flags, session expiry and logout, and how to defend against cross-site request forgery (CSRF).',
    why: 'Server-side sessions are a simple, robust way to keep users signed in to a web app.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['auth-basics'],
    resources: [
      { title: 'MDN: Using HTTP cookies', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Cookies', kind: 'official' },
      {
        title: 'OWASP: Session Management Cheat Sheet',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html',
        kind: 'official',
      },
    ],
  },
  {
    id: 'tokens-and-jwt',
    stageId: 'apis-and-security',
    title: 'Tokens and JWT',
    summary:
      'With token authentication the client sends a credential in the Authorization header. A JSON Web Token (JWT) is a signed token carrying claims such as the user ID and an expiry time. Learn to sign and verify tokens, keep them short-lived, refresh them and revoke them.',
    why: 'Tokens are the usual way mobile apps, single-page apps and other services authenticate to an API.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['auth-basics'],
    resources: [
      { title: 'JWT.io: Introduction to JSON Web Tokens', url: 'https://jwt.io/introduction', kind: 'official' },
      { title: 'RFC 7519: JSON Web Token', url: 'https://datatracker.ietf.org/doc/html/rfc7519', kind: 'official' },
    ],
  },
  {
    id: 'oauth-and-oidc',
    stageId: 'apis-and-security',
    title: 'OAuth 2.0 and OpenID Connect',
    summary:
      'OAuth 2.0 lets a user give an app limited access to their data on another service without sharing a password. OpenID Connect adds a standard login on top, which is what powers "Sign in with..." buttons. Learn the authorization code flow with PKCE.',
    why: 'Signing in with an existing account, and calling third-party APIs on behalf of a user, are both built on these standards.',
    kind: 'skill',
    hours: 10,
    prerequisites: ['tokens-and-jwt', 'cookies-and-sessions', 'https-tls'],
    resources: [
      { title: 'OAuth 2.0', url: 'https://oauth.net/2/', kind: 'official' },
      { title: 'OpenID Foundation: How OpenID Connect works', url: 'https://openid.net/developers/how-connect-works/', kind: 'official' },
      { title: 'OAuth 2.0 Simplified', url: 'https://www.oauth.com/', kind: 'book' },
    ],
  },
  {
    id: 'project-todo-api',
    stageId: 'apis-and-security',
    title: 'Build a todo list API with user accounts',
    summary:
      'In your chosen language, build an API where people sign up, log in and manage only their own todo items. Use hashed passwords, token authentication, input validation, pagination and database migrations.',
    why: 'Tying every piece of data to its owner and checking that on every request is the heart of most real applications.',
    kind: 'project',
    hours: 15,
    prerequisites: ['rest-apis', 'input-validation', 'password-hashing', 'tokens-and-jwt', 'migrations'],
    resources: [
      {
        title: 'OWASP: Authorization Cheat Sheet',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html',
        kind: 'official',
      },
      { title: 'roadmap.sh project: Todo List API', url: 'https://roadmap.sh/projects/todo-list-api', kind: 'article' },
    ],
  },
  {
    id: 'cors',
    stageId: 'apis-and-security',
    title: 'CORS',
    summary:
      'Browsers stop a page from reading responses from another origin unless that server allows it. Cross-Origin Resource Sharing (CORS) is the set of response headers, plus the preflight request, that a server uses to say which origins, methods and headers are allowed.',
    why: 'CORS errors are among the first problems you hit when a frontend calls your API, and settings that are too open are a security risk.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['http-basics', 'dom-and-fetch'],
    resources: [
      {
        title: 'MDN: Cross-Origin Resource Sharing (CORS)',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS',
        kind: 'official',
      },
      { title: 'WHATWG Fetch Standard', url: 'https://fetch.spec.whatwg.org/', kind: 'official' },
    ],
  },
  {
    id: 'csp',
    stageId: 'apis-and-security',
    title: 'Content Security Policy',
    summary:
      'Content Security Policy is a response header that tells the browser which sources of scripts, styles, images and frames a page may load. A strict policy makes injected scripts much harder to run.',
    why: 'It is a strong second line of defence against cross-site scripting in the pages your server sends.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['how-browsers-work', 'https-tls'],
    resources: [
      {
        title: 'MDN: Content Security Policy (CSP)',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CSP',
        kind: 'official',
      },
      {
        title: 'OWASP: Content Security Policy Cheat Sheet',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Content_Security_Policy_Cheat_Sheet.html',
        kind: 'official',
      },
    ],
  },
  {
    id: 'owasp-top-ten',
    stageId: 'apis-and-security',
    title: 'OWASP Top 10',
    summary:
      'The OWASP Top 10 lists the most critical security risks for web applications, such as broken access control, injection, cryptographic failures and security misconfiguration. Learn what each looks like in code and how to prevent it.',
    why: 'It is the shared checklist of security reviewers, employers and interviewers, and it maps directly onto backend code.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['input-validation', 'cookies-and-sessions', 'tokens-and-jwt'],
    resources: [
      { title: 'OWASP Top Ten', url: 'https://owasp.org/www-project-top-ten/', kind: 'official' },
      { title: 'OWASP Cheat Sheet Series', url: 'https://cheatsheetseries.owasp.org/', kind: 'official' },
      { title: 'PortSwigger Web Security Academy', url: 'https://portswigger.net/web-security', kind: 'interactive' },
    ],
  },
  {
    id: 'server-hardening',
    stageId: 'apis-and-security',
    title: 'Server security basics',
    summary:
      'Harden a server by keeping it patched, allowing SSH keys only, disabling root login, opening only the ports you need with a firewall, running services as unprivileged users and keeping tested backups.',
    why: 'An app is only as safe as the machine it runs on, and exposed servers are scanned for weaknesses within minutes of going online.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['ssh-basics', 'https-tls'],
    resources: [
      { title: 'Ubuntu Server documentation', url: 'https://ubuntu.com/server/docs', kind: 'official' },
      { title: 'CIS Benchmarks', url: 'https://www.cisecurity.org/cis-benchmarks', kind: 'article' },
      { title: 'Mozilla SSL Configuration Generator', url: 'https://ssl-config.mozilla.org/', kind: 'interactive' },
    ],
  },
  {
    id: 'project-expense-tracker-api',
    stageId: 'apis-and-security',
    title: 'Build an expense tracker API',
    summary:
      "In your chosen language, build an API where signed-in users record expenses by category and filter them by period: the past week, the past month, the last three months or custom dates. Use JWTs with refresh tokens, and make sure no user can ever read another user's expenses.",
    why: 'It adds token refresh, date filtering and careful access checks to the skills from your first APIs.',
    kind: 'project',
    hours: 15,
    prerequisites: ['project-todo-api', 'owasp-top-ten', 'sql-joins-and-aggregates'],
    resources: [
      { title: 'JWT.io: Introduction to JSON Web Tokens', url: 'https://jwt.io/introduction', kind: 'official' },
      { title: 'roadmap.sh project: Expense Tracker API', url: 'https://roadmap.sh/projects/expense-tracker-api', kind: 'article' },
    ],
  },

  // ---------------------------------------------------------------- Testing and shipping
  {
    id: 'testing-basics',
    stageId: 'testing-and-shipping',
    title: 'Testing basics',
    summary:
      "Automated tests are code that checks your code. Learn the vocabulary (unit, integration and end-to-end tests, the test pyramid), how to write a test in three steps (arrange, act, assert), and how to run it with your language's test runner and read a failure.",
    why: 'Tests let you change a backend with confidence, and every professional codebase expects them.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['git-basics'],
    resources: [
      { title: 'pytest documentation (Python)', url: 'https://docs.pytest.org/', kind: 'official' },
      { title: 'Node.js test runner', url: 'https://nodejs.org/api/test.html', kind: 'official' },
      {
        title: 'Martin Fowler: The Practical Test Pyramid',
        url: 'https://martinfowler.com/articles/practical-test-pyramid.html',
        kind: 'article',
      },
    ],
  },
  {
    id: 'unit-testing',
    stageId: 'testing-and-shipping',
    title: 'Unit tests',
    summary:
      'Unit tests check one small piece, such as a function or a class, on its own and run in milliseconds. Learn to test edge cases and errors, keep tests independent and readable, and measure coverage without chasing 100%.',
    why: 'Fast unit tests catch logic mistakes seconds after you make them.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['testing-basics'],
    resources: [
      { title: 'PHPUnit documentation (PHP)', url: 'https://docs.phpunit.de/', kind: 'official' },
      { title: 'Go: package testing', url: 'https://pkg.go.dev/testing', kind: 'official' },
      { title: 'Martin Fowler: Unit Test', url: 'https://martinfowler.com/bliki/UnitTest.html', kind: 'article' },
    ],
  },
  {
    id: 'test-doubles',
    stageId: 'testing-and-shipping',
    title: 'Mocks, stubs and fakes',
    summary:
      'Test doubles stand in for slow or unpredictable parts during a test, such as a payment API or the clock. Learn the difference between stubs, mocks, fakes and spies, and when using the real thing is the better choice.',
    why: 'They let you test how your code handles failures and edge cases from services you do not control.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['unit-testing'],
    resources: [
      { title: 'Python: unittest.mock', url: 'https://docs.python.org/3/library/unittest.mock.html', kind: 'official' },
      { title: 'Martin Fowler: Test Double', url: 'https://martinfowler.com/bliki/TestDouble.html', kind: 'article' },
      { title: "Martin Fowler: Mocks Aren't Stubs", url: 'https://martinfowler.com/articles/mocksArentStubs.html', kind: 'article' },
    ],
  },
  {
    id: 'integration-testing',
    stageId: 'testing-and-shipping',
    title: 'Integration tests',
    summary:
      'Integration tests check that parts work together for real: your code with a real database, a queue or the HTTP layer of your framework. Learn to start dependencies for tests (often in containers), reset data between tests and keep the suite reasonably fast.',
    why: 'Many backend bugs live in the seams, such as SQL, configuration and serialization, which unit tests with doubles never touch.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['unit-testing', 'postgresql'],
    resources: [
      { title: 'Testcontainers', url: 'https://testcontainers.com/', kind: 'official' },
      { title: 'Martin Fowler: Integration Test', url: 'https://martinfowler.com/bliki/IntegrationTest.html', kind: 'article' },
    ],
  },
  {
    id: 'e2e-testing',
    stageId: 'testing-and-shipping',
    title: 'Functional and end-to-end tests',
    summary:
      'Functional and end-to-end tests drive the running application from the outside, as a client would: they send real HTTP requests to your API, or click through pages in a real browser, and check what comes back.',
    why: 'They prove that the whole system works for a user, catching problems that only appear once every part is wired together.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['integration-testing', 'rest-apis'],
    resources: [
      { title: 'Playwright: API testing', url: 'https://playwright.dev/docs/api-testing', kind: 'official' },
      { title: 'Playwright: Getting started', url: 'https://playwright.dev/docs/intro', kind: 'official' },
    ],
  },
  {
    id: 'ci-cd',
    stageId: 'testing-and-shipping',
    title: 'CI/CD pipelines',
    summary:
      'Continuous integration runs your build, linters and tests automatically on every push and pull request. Continuous delivery goes on to deploy the changes that pass, so releases become small and routine.',
    why: 'Automated checks and deploys catch mistakes early and take the fear out of shipping.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['testing-basics', 'github-and-pull-requests'],
    resources: [
      { title: 'GitHub Actions documentation', url: 'https://docs.github.com/en/actions', kind: 'official' },
      { title: 'GitLab CI/CD documentation', url: 'https://docs.gitlab.com/ci/', kind: 'official' },
      { title: 'Martin Fowler: Continuous Integration', url: 'https://martinfowler.com/articles/continuousIntegration.html', kind: 'article' },
    ],
  },
  {
    id: 'docker-basics',
    stageId: 'testing-and-shipping',
    title: 'Docker basics',
    summary:
      'A container packages an app with everything it needs to run, so it behaves the same on every machine. Learn images and containers, write a Dockerfile, publish ports, keep data in volumes and keep images small.',
    why: 'Containers are the standard way backends are developed locally, tested in CI and shipped to production.',
    kind: 'skill',
    hours: 12,
    prerequisites: ['terminal-basics'],
    resources: [
      { title: 'Docker: Get started', url: 'https://docs.docker.com/get-started/', kind: 'official' },
      { title: 'Docker documentation', url: 'https://docs.docker.com/', kind: 'official' },
    ],
  },
  {
    id: 'docker-compose',
    stageId: 'testing-and-shipping',
    title: 'Docker Compose',
    summary:
      'Compose describes several containers, such as your app, PostgreSQL and Redis, in one YAML file and starts them together with one command. Learn services, networks, volumes, environment files and health checks.',
    why: 'It gives every developer the same working stack in minutes, and it is handy for integration tests too.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['docker-basics'],
    resources: [{ title: 'Docker Compose documentation', url: 'https://docs.docker.com/compose/', kind: 'official' }],
  },
  {
    id: 'nginx',
    stageId: 'testing-and-shipping',
    title: 'Nginx',
    summary:
      'Nginx is a fast web server often placed in front of applications. Learn its configuration files, server blocks, serving static files, compression, HTTPS certificates, and reading its access and error logs.',
    why: 'Nginx sits in front of a large share of the web, so you will configure or debug it sooner or later.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['http-basics', 'terminal-basics'],
    resources: [
      { title: 'nginx documentation', url: 'https://nginx.org/en/docs/', kind: 'official' },
      { title: "nginx: Beginner's Guide", url: 'https://nginx.org/en/docs/beginners_guide.html', kind: 'official' },
    ],
  },
  {
    id: 'apache-httpd',
    stageId: 'testing-and-shipping',
    title: 'Apache HTTP Server',
    summary:
      'Apache httpd is a long-standing web server that is still common with PHP and on shared hosting. Learn virtual hosts, modules, .htaccess files and how it compares with Nginx.',
    why: 'Many existing sites and hosting plans run on Apache, so you are likely to meet it in real projects.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['http-basics', 'terminal-basics'],
    resources: [
      { title: 'Apache HTTP Server documentation', url: 'https://httpd.apache.org/docs/', kind: 'official' },
      { title: 'Apache: Getting started', url: 'https://httpd.apache.org/docs/current/getting-started.html', kind: 'official' },
    ],
  },
  {
    id: 'caddy',
    stageId: 'testing-and-shipping',
    title: 'Caddy',
    summary:
      'Caddy is a modern web server with a short configuration format that obtains and renews HTTPS certificates automatically. It is a quick way to serve a site or to put HTTPS in front of an app.',
    why: 'For small deployments it gives you HTTPS and a reverse proxy with almost no configuration.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['http-basics', 'terminal-basics'],
    resources: [
      { title: 'Caddy documentation', url: 'https://caddyserver.com/docs/', kind: 'official' },
      { title: 'Caddy: Automatic HTTPS', url: 'https://caddyserver.com/docs/automatic-https', kind: 'official' },
    ],
  },
  {
    id: 'reverse-proxy',
    stageId: 'testing-and-shipping',
    title: 'Reverse proxies',
    summary:
      "A reverse proxy receives requests from the internet and forwards them to your app servers. It can terminate TLS, compress and cache responses, limit request sizes and pass on the client's real IP address.",
    why: 'Almost every production backend runs behind one, and many header, redirect and timeout bugs come from how it is set up.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['nginx'],
    resources: [
      {
        title: 'NGINX docs: Reverse proxy',
        url: 'https://docs.nginx.com/nginx/admin-guide/web-server/reverse-proxy/',
        kind: 'official',
      },
      { title: 'Caddy: Reverse proxy quick-start', url: 'https://caddyserver.com/docs/quick-starts/reverse-proxy', kind: 'official' },
      { title: 'Cloudflare: What is a reverse proxy?', url: 'https://www.cloudflare.com/learning/cdn/glossary/reverse-proxy/', kind: 'article' },
    ],
  },
  {
    id: 'environment-config',
    stageId: 'testing-and-shipping',
    title: 'Configuration and environment variables',
    summary:
      'Keep settings that differ between development, testing and production, such as database URLs, ports and feature flags, out of your code. Read them from environment variables, check them when the app starts and document the defaults.',
    why: 'The same build can then run safely anywhere, and a missing setting fails loudly at startup instead of at 3 a.m.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['secrets-management', 'terminal-basics'],
    resources: [{ title: 'The Twelve-Factor App: Config', url: 'https://12factor.net/config', kind: 'official' }],
  },
  {
    id: 'twelve-factor',
    stageId: 'testing-and-shipping',
    title: 'The twelve-factor app',
    summary:
      'The twelve-factor app is a set of principles for services that deploy cleanly: one codebase, declared dependencies, config in the environment, stateless processes, logs as event streams, and more.',
    why: 'Most cloud platforms and container tools assume apps follow these rules, so they save you a lot of friction.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['environment-config', 'git-basics'],
    resources: [{ title: 'The Twelve-Factor App', url: 'https://12factor.net/', kind: 'official' }],
  },
  {
    id: 'deploy-to-cloud',
    stageId: 'testing-and-shipping',
    title: 'Deploying to a cloud platform',
    summary:
      'Put a backend on the internet with a platform such as Render, Fly.io or Heroku, or a cloud provider such as AWS. Learn to connect a managed database, set environment variables, attach a domain with HTTPS, run migrations on release and roll back a bad release.',
    why: 'An API only helps anyone once it is running somewhere reliable, and employers want to see that you can get it there.',
    kind: 'skill',
    hours: 10,
    prerequisites: ['docker-basics', 'environment-config', 'hosting-basics', 'migrations'],
    resources: [
      { title: 'Render documentation', url: 'https://render.com/docs', kind: 'official' },
      { title: 'Fly.io documentation', url: 'https://fly.io/docs/', kind: 'official' },
    ],
  },
  {
    id: 'logging',
    stageId: 'testing-and-shipping',
    title: 'Logging',
    summary:
      'Logs are the record of what your app did. Learn log levels, structured (JSON) logs, request IDs that follow one request through the system, writing to standard output, and never logging passwords or tokens.',
    why: 'When something breaks in production, good logs are often the only way to find out what happened.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['rest-apis'],
    resources: [
      {
        title: 'OWASP: Logging Cheat Sheet',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html',
        kind: 'official',
      },
      { title: 'The Twelve-Factor App: Logs', url: 'https://12factor.net/logs', kind: 'official' },
    ],
  },
  {
    id: 'monitoring',
    stageId: 'testing-and-shipping',
    title: 'Monitoring and metrics',
    summary:
      'Monitoring collects numbers over time, such as request rate, error rate, latency and memory use, draws them on dashboards and alerts someone when they look wrong. Learn Prometheus-style metrics, health checks and alerts that are worth waking up for.',
    why: 'Metrics tell you a service is unhealthy before your users do, and show whether a change made things better or worse.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['logging', 'deploy-to-cloud'],
    resources: [
      { title: 'Prometheus: Overview', url: 'https://prometheus.io/docs/introduction/overview/', kind: 'official' },
      { title: 'Grafana documentation', url: 'https://grafana.com/docs/', kind: 'official' },
      {
        title: 'Google SRE book: Monitoring Distributed Systems',
        url: 'https://sre.google/sre-book/monitoring-distributed-systems/',
        kind: 'book',
      },
    ],
  },
  {
    id: 'observability',
    stageId: 'testing-and-shipping',
    title: 'Telemetry, tracing and observability',
    summary:
      'Observability is being able to answer new questions about a running system from its telemetry: logs, metrics and traces. A trace follows a single request across services. OpenTelemetry is the open standard for producing all three.',
    why: 'As soon as a request touches several services, traces are the fastest way to see where time is spent and where errors start.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['monitoring'],
    resources: [
      { title: 'OpenTelemetry documentation', url: 'https://opentelemetry.io/docs/', kind: 'official' },
      {
        title: 'OpenTelemetry: Observability primer',
        url: 'https://opentelemetry.io/docs/concepts/observability-primer/',
        kind: 'official',
      },
    ],
  },
  {
    id: 'project-url-shortener',
    stageId: 'testing-and-shipping',
    title: 'Build a URL shortener',
    summary:
      'In your chosen language, build a service that turns long URLs into short codes, redirects visitors and counts visits. Run it locally with Docker Compose, cover it with integration tests, and deploy it through a CI pipeline.',
    why: 'It is a small product taken all the way from code to a tested, deployed, monitored service.',
    kind: 'project',
    hours: 15,
    prerequisites: ['rest-apis', 'indexes', 'docker-compose', 'integration-testing', 'ci-cd', 'deploy-to-cloud'],
    resources: [
      {
        title: 'MDN: Redirections in HTTP',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Redirections',
        kind: 'official',
      },
      { title: 'roadmap.sh project: URL Shortening Service', url: 'https://roadmap.sh/projects/url-shortening-service', kind: 'article' },
    ],
  },
  {
    id: 'project-caching-proxy',
    stageId: 'testing-and-shipping',
    title: 'Build a caching proxy',
    summary:
      'In your chosen language, build a command-line tool that starts a proxy server in front of another site, forwards requests to it, caches the responses and adds a header saying whether each reply came from the cache. Add a command that clears the cache.',
    why: 'Writing a proxy yourself makes HTTP headers, caching and reverse proxies concrete.',
    kind: 'project',
    hours: 12,
    prerequisites: ['http-caching', 'reverse-proxy', 'unit-testing'],
    resources: [
      {
        title: 'MDN: Proxy servers and tunneling',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Proxy_servers_and_tunneling',
        kind: 'official',
      },
      { title: 'roadmap.sh project: Caching Proxy', url: 'https://roadmap.sh/projects/caching-server', kind: 'article' },
    ],
  },

  // ---------------------------------------------------------------- Beyond
  {
    id: 'monolith-architecture',
    stageId: 'beyond',
    title: 'Monoliths and modular design',
    summary:
      'A monolith is one application deployed as a single unit. Organized into modules with clear boundaries, it is simple to build, test and run, and it is the right starting point for most teams.',
    why: 'Knowing how to structure one codebase well matters more day to day than any distributed architecture.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['rest-apis'],
    resources: [
      {
        title: 'Microsoft Learn: Architecture styles',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/guide/architecture-styles/',
        kind: 'official',
      },
      { title: 'Martin Fowler: Monolith First', url: 'https://martinfowler.com/bliki/MonolithFirst.html', kind: 'article' },
    ],
  },
  {
    id: 'design-patterns',
    stageId: 'beyond',
    title: 'Design patterns',
    summary:
      'Design patterns are named, reusable answers to common design problems, such as repository, factory, strategy, adapter and dependency injection. Learn to recognize them in frameworks and use them when they make code simpler, not by default.',
    why: 'They give you a shared vocabulary with other developers and help you read large framework codebases.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['monolith-architecture'],
    resources: [
      {
        title: 'Martin Fowler: Catalog of Patterns of Enterprise Application Architecture',
        url: 'https://martinfowler.com/eaaCatalog/',
        kind: 'official',
      },
      { title: 'Refactoring.Guru: Design patterns', url: 'https://refactoring.guru/design-patterns', kind: 'article' },
    ],
  },
  {
    id: 'microservices',
    stageId: 'beyond',
    title: 'Microservices',
    summary:
      'Microservices split a system into small services that are deployed separately and talk over the network. They let large teams work independently, but add network failures, data consistency problems and a lot of operations work.',
    why: 'Many larger companies run microservices, and knowing their costs helps you decide when they are worth it.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['monolith-architecture', 'docker-basics'],
    resources: [
      {
        title: 'Microsoft Learn: Microservices architecture style',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/guide/architecture-styles/microservices',
        kind: 'official',
      },
      { title: 'Martin Fowler and James Lewis: Microservices', url: 'https://martinfowler.com/articles/microservices.html', kind: 'article' },
      { title: 'microservices.io', url: 'https://microservices.io/', kind: 'article' },
    ],
  },
  {
    id: 'serverless',
    stageId: 'beyond',
    title: 'Serverless',
    summary:
      'Serverless platforms run your functions on demand and bill per request, with no servers for you to manage. Learn cold starts, time limits, event triggers, and when they cost less or more than a regular server.',
    why: 'Serverless functions are a common way to run glue code, scheduled jobs and spiky workloads cheaply.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['deploy-to-cloud'],
    resources: [
      { title: 'AWS Lambda documentation', url: 'https://docs.aws.amazon.com/lambda/', kind: 'official' },
      { title: 'Cloudflare Workers documentation', url: 'https://developers.cloudflare.com/workers/', kind: 'official' },
      { title: 'Mike Roberts: Serverless Architectures', url: 'https://martinfowler.com/articles/serverless.html', kind: 'article' },
    ],
  },
  {
    id: 'background-jobs',
    stageId: 'beyond',
    title: 'Background jobs and queues',
    summary:
      'Slow work such as sending email, resizing images or calling partners should not keep a user waiting. Put it on a queue and let worker processes handle it, with retries, timeouts, jobs that are safe to run twice, and a place for jobs that keep failing.',
    why: 'Moving slow work off the request path keeps your API fast and lets it survive bursts of traffic.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['redis-key-value', 'rest-apis'],
    resources: [
      {
        title: 'Microsoft Learn: Background jobs',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/best-practices/background-jobs',
        kind: 'official',
      },
      {
        title: 'Microsoft Learn: Queue-Based Load Leveling pattern',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/queue-based-load-leveling',
        kind: 'official',
      },
    ],
  },
  {
    id: 'rabbitmq',
    stageId: 'beyond',
    title: 'RabbitMQ',
    summary:
      'RabbitMQ is a message broker: producers publish messages to exchanges, which route them into queues that consumers read. Learn acknowledgements, routing, work queues, publish/subscribe and dead-letter queues.',
    why: 'A broker lets services hand work to each other reliably, even when one of them is busy or briefly down.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['background-jobs'],
    resources: [
      { title: 'RabbitMQ documentation', url: 'https://www.rabbitmq.com/docs', kind: 'official' },
      { title: 'RabbitMQ tutorials', url: 'https://www.rabbitmq.com/tutorials', kind: 'course' },
    ],
  },
  {
    id: 'kafka',
    stageId: 'beyond',
    title: 'Apache Kafka',
    summary:
      'Kafka is a distributed log: producers append events to topics split into partitions, and consumer groups read them at their own pace, even replaying old events. It suits high-volume event streams and data pipelines.',
    why: 'Kafka is the backbone of event-driven systems at many companies, connecting services and analytics.',
    kind: 'skill',
    hours: 10,
    prerequisites: ['background-jobs'],
    resources: [
      { title: 'Apache Kafka: Introduction', url: 'https://kafka.apache.org/intro', kind: 'official' },
      { title: 'Apache Kafka documentation', url: 'https://kafka.apache.org/documentation/', kind: 'official' },
    ],
  },
  {
    id: 'kubernetes-basics',
    stageId: 'beyond',
    title: 'Kubernetes basics',
    summary:
      'Kubernetes runs containers across a cluster of machines and keeps them in the state you describe. Learn pods, deployments, services, config maps, secrets, ingress and rolling updates, using a local cluster.',
    why: 'Many companies deploy their backends on Kubernetes, so knowing its basic objects helps you ship and debug your services there.',
    kind: 'skill',
    hours: 20,
    prerequisites: ['docker-compose', 'deploy-to-cloud'],
    resources: [
      { title: 'Kubernetes documentation', url: 'https://kubernetes.io/docs/home/', kind: 'official' },
      { title: 'Kubernetes: Learn Kubernetes Basics', url: 'https://kubernetes.io/docs/tutorials/kubernetes-basics/', kind: 'course' },
    ],
  },
  {
    id: 'database-replication',
    stageId: 'beyond',
    title: 'Database replication',
    summary:
      'Replication keeps copies of a database on other servers. Read replicas share the reading load, and a standby can take over if the primary fails. Learn about replication lag and what it means for users reading their own recent writes.',
    why: 'Replication is the first step in making a database both more available and able to serve more reads.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['transactions-acid'],
    resources: [
      {
        title: 'PostgreSQL: High availability, load balancing and replication',
        url: 'https://www.postgresql.org/docs/current/high-availability.html',
        kind: 'official',
      },
      { title: 'MySQL: Replication', url: 'https://dev.mysql.com/doc/refman/8.4/en/replication.html', kind: 'official' },
      { title: 'Designing Data-Intensive Applications', url: 'https://dataintensive.net/', kind: 'book' },
    ],
  },
  {
    id: 'database-sharding',
    stageId: 'beyond',
    title: 'Partitioning and sharding',
    summary:
      'Partitioning splits a big table into parts; sharding spreads data over several database servers by a key such as the customer ID. It raises capacity a lot, but makes queries across shards, transactions and rebalancing hard.',
    why: 'When one database server is no longer enough, these are the tools left, and you should know their price before you need them.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['database-replication', 'indexes'],
    resources: [
      {
        title: 'Microsoft Learn: Sharding pattern',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/sharding',
        kind: 'official',
      },
      { title: 'PostgreSQL: Table partitioning', url: 'https://www.postgresql.org/docs/current/ddl-partitioning.html', kind: 'official' },
      { title: 'MongoDB: Sharding', url: 'https://www.mongodb.com/docs/manual/sharding/', kind: 'official' },
    ],
  },
  {
    id: 'cap-theorem',
    stageId: 'beyond',
    title: 'The CAP theorem and consistency',
    summary:
      'The CAP theorem says that when the network splits, a distributed data store has to choose between staying consistent and staying available. Learn what that means in practice, what eventual consistency is, and the latency trade-off that applies even when nothing fails.',
    why: 'It explains why distributed databases behave the way they do and helps you choose one that fits your data.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['database-replication'],
    resources: [
      {
        title: 'Eric Brewer: CAP Twelve Years Later',
        url: 'https://www.infoq.com/articles/cap-twelve-years-later-how-the-rules-have-changed/',
        kind: 'official',
      },
      { title: 'Designing Data-Intensive Applications', url: 'https://dataintensive.net/', kind: 'book' },
    ],
  },
  {
    id: 'load-balancing',
    stageId: 'beyond',
    title: 'Load balancing',
    summary:
      'A load balancer spreads requests across several copies of your app, so no single server is overloaded and one can fail without an outage. Learn round robin and least connections, health checks, sticky sessions, and why stateless apps scale more easily.',
    why: 'Running more than one copy of a service is the simplest way to handle more traffic and survive failures.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['reverse-proxy'],
    resources: [
      { title: 'nginx: Using nginx as an HTTP load balancer', url: 'https://nginx.org/en/docs/http/load_balancing.html', kind: 'official' },
      {
        title: 'Cloudflare: What is load balancing?',
        url: 'https://www.cloudflare.com/learning/performance/what-is-load-balancing/',
        kind: 'article',
      },
    ],
  },
  {
    id: 'rate-limiting',
    stageId: 'beyond',
    title: 'Rate limiting and throttling',
    summary:
      'Rate limiting caps how many requests a client may make in a time window, using methods such as a token bucket or a sliding window, and answers 429 Too Many Requests with a Retry-After header. Throttling slows or sheds work when the system itself is under strain.',
    why: 'Limits protect your service and its database from abuse, buggy clients and sudden bursts of traffic.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['server-side-caching', 'rest-apis'],
    resources: [
      {
        title: 'Microsoft Learn: Rate Limiting pattern',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/rate-limiting-pattern',
        kind: 'official',
      },
      {
        title: 'Microsoft Learn: Throttling pattern',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/throttling',
        kind: 'official',
      },
      { title: 'Stripe: Scaling your API with rate limiters', url: 'https://stripe.com/blog/rate-limiters', kind: 'article' },
    ],
  },
  {
    id: 'backpressure',
    stageId: 'beyond',
    title: 'Backpressure',
    summary:
      'Backpressure is how a slow consumer tells a fast producer to slow down, so work does not pile up in memory until something crashes. Learn bounded queues, streams that pause, and turning work away early when you are full.',
    why: 'Systems that cannot say "not now" tend to fall over completely under load instead of slowing down gracefully.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['background-jobs'],
    resources: [
      {
        title: 'Node.js: Backpressuring in streams',
        url: 'https://nodejs.org/en/learn/modules/backpressuring-in-streams',
        kind: 'official',
      },
      { title: 'Google SRE book: Handling Overload', url: 'https://sre.google/sre-book/handling-overload/', kind: 'book' },
    ],
  },
  {
    id: 'circuit-breakers',
    stageId: 'beyond',
    title: 'Timeouts, retries and circuit breakers',
    summary:
      'Calls to other services sometimes fail or hang. Set a timeout on every call, retry only safe operations with growing, randomized delays, and use a circuit breaker that stops calling a failing dependency for a while so it can recover.',
    why: 'Without them, one slow dependency can tie up all your workers and take your whole service down with it.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['rest-apis'],
    resources: [
      {
        title: 'Microsoft Learn: Circuit Breaker pattern',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/circuit-breaker',
        kind: 'official',
      },
      { title: 'Microsoft Learn: Retry pattern', url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/retry', kind: 'official' },
      { title: 'Martin Fowler: Circuit Breaker', url: 'https://martinfowler.com/bliki/CircuitBreaker.html', kind: 'article' },
    ],
  },
  {
    id: 'graceful-degradation',
    stageId: 'beyond',
    title: 'Graceful degradation',
    summary:
      'When a dependency fails, a well-built service keeps its core working with less: slightly stale cached data, a sensible default, or a non-essential feature switched off, instead of an error page.',
    why: 'Users forgive a missing recommendation far more easily than a checkout that will not load.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['circuit-breakers', 'server-side-caching'],
    resources: [
      {
        title: 'AWS Well-Architected: Implement graceful degradation',
        url: 'https://docs.aws.amazon.com/wellarchitected/latest/framework/rel05-bp01.html',
        kind: 'official',
      },
      {
        title: 'Google SRE book: Addressing Cascading Failures',
        url: 'https://sre.google/sre-book/addressing-cascading-failures/',
        kind: 'book',
      },
    ],
  },
  {
    id: 'websockets',
    stageId: 'beyond',
    title: 'WebSockets',
    summary:
      'A WebSocket turns an HTTP connection into a lasting two-way channel, so the server and the browser can send messages at any time. Learn the handshake, messages, heartbeats, reconnecting, authentication, and sharing connections across several servers.',
    why: 'Chat, live dashboards, multiplayer games and collaborative editing all rely on the server pushing data the moment it changes.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['http-basics', 'dom-and-fetch'],
    resources: [
      { title: 'MDN: The WebSocket API', url: 'https://developer.mozilla.org/en-US/docs/Web/API/WebSockets_API', kind: 'official' },
      { title: 'RFC 6455: The WebSocket Protocol', url: 'https://datatracker.ietf.org/doc/html/rfc6455', kind: 'official' },
    ],
  },
  {
    id: 'server-sent-events',
    stageId: 'beyond',
    title: 'Server-sent events',
    summary:
      'Server-sent events keep an ordinary HTTP response open and let the server push a stream of text events to the browser, which reconnects on its own if the connection drops. They suit one-way updates such as notifications or live progress.',
    why: 'They are a simpler alternative to WebSockets for one-way updates, and the usual way streamed AI responses reach the browser.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['http-basics', 'dom-and-fetch'],
    resources: [
      {
        title: 'MDN: Server-sent events',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events',
        kind: 'official',
      },
      {
        title: 'HTML Standard: Server-sent events',
        url: 'https://html.spec.whatwg.org/multipage/server-sent-events.html',
        kind: 'official',
      },
    ],
  },
  {
    id: 'long-polling',
    stageId: 'beyond',
    title: 'Polling and long polling',
    summary:
      'Polling asks the server for news at fixed intervals; long polling holds each request open until there is news or a timeout. They are simple fallbacks that work everywhere, at the cost of more requests and some delay.',
    why: 'Sometimes the plainest tool is enough, and knowing the trade-offs helps you pick the right real-time technique.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['http-basics', 'dom-and-fetch'],
    resources: [
      {
        title: 'RFC 6202: Known issues and best practices for long polling and streaming',
        url: 'https://datatracker.ietf.org/doc/html/rfc6202',
        kind: 'official',
      },
      { title: 'javascript.info: Long polling', url: 'https://javascript.info/long-polling', kind: 'article' },
    ],
  },
  {
    id: 'postgres-full-text-search',
    stageId: 'beyond',
    title: 'Full-text search in PostgreSQL',
    summary:
      'PostgreSQL has built-in full-text search: it turns text into searchable tokens (tsvector), matches queries against them (tsquery), ranks the results and speeds it all up with GIN indexes. It is often enough before you need a separate search engine.',
    why: 'Good search is expected in most products, and doing it in the database you already run keeps the system simple.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['postgresql', 'indexes'],
    resources: [
      { title: 'PostgreSQL: Full text search', url: 'https://www.postgresql.org/docs/current/textsearch.html', kind: 'official' },
    ],
  },
  {
    id: 'search-engines',
    stageId: 'beyond',
    title: 'Search engines: Elasticsearch and OpenSearch',
    summary:
      'Search engines build inverted indexes over text so they can find and rank matching documents quickly, with typo tolerance, filters and facets. Elasticsearch and its open-source fork OpenSearch are the common choices; you keep them in sync with your main database.',
    why: 'When search must be fast and relevant over large amounts of text, a dedicated engine is the standard tool.',
    kind: 'skill',
    hours: 10,
    prerequisites: ['postgres-full-text-search', 'nosql-overview'],
    resources: [
      {
        title: 'Elasticsearch reference',
        url: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/index.html',
        kind: 'official',
      },
      { title: 'OpenSearch project', url: 'https://opensearch.org/', kind: 'official' },
    ],
  },
  {
    id: 'llm-apis',
    stageId: 'beyond',
    title: 'Calling LLM APIs',
    summary:
      'Providers of large language models offer HTTP APIs: you send messages and settings and get generated text back. Learn to call them from your server, keep the keys secret, count tokens and cost, set timeouts, and handle rate limits and errors.',
    why: 'More and more products add AI features, and the backend is where those calls are made, secured and paid for.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['rest-apis', 'secrets-management'],
    resources: [
      { title: 'OpenAI API documentation', url: 'https://platform.openai.com/docs', kind: 'official' },
      { title: 'Anthropic Claude API documentation', url: 'https://docs.anthropic.com/', kind: 'official' },
    ],
  },
  {
    id: 'llm-streaming',
    stageId: 'beyond',
    title: 'Streaming model responses',
    summary:
      'Models produce text a piece at a time. Streaming passes those pieces on to the user as they arrive, usually as server-sent events, so an answer starts to appear within a second instead of after the whole reply is ready.',
    why: 'Streaming makes AI features feel fast, and relaying a stream correctly, including errors and cancellation, is backend work.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['llm-apis', 'server-sent-events'],
    resources: [
      {
        title: 'Claude API: Streaming messages',
        url: 'https://platform.claude.com/docs/en/build-with-claude/streaming',
        kind: 'official',
      },
    ],
  },
  {
    id: 'structured-outputs',
    stageId: 'beyond',
    title: 'Structured outputs',
    summary:
      'Instead of free text, ask the model for JSON that matches a schema you provide. Then validate it like any other untrusted input before your code relies on it.',
    why: 'Structured answers let your code use model output safely, for example to fill a form, classify a ticket or call a function.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['llm-apis', 'input-validation'],
    resources: [
      {
        title: 'OpenAI: Structured outputs',
        url: 'https://developers.openai.com/api/docs/guides/structured-outputs',
        kind: 'official',
      },
      { title: 'JSON Schema', url: 'https://json-schema.org/', kind: 'official' },
    ],
  },
  {
    id: 'embeddings-vector-search',
    stageId: 'beyond',
    title: 'Embeddings and vector search',
    summary:
      'An embedding is a list of numbers that captures the meaning of a piece of text, so similar texts get nearby vectors. Store them in a vector index, for example PostgreSQL with pgvector, and search by meaning rather than by exact words.',
    why: 'Semantic search, recommendations and retrieval for AI features are all built on embeddings.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['llm-apis', 'indexes'],
    resources: [
      { title: 'OpenAI: Vector embeddings', url: 'https://developers.openai.com/api/docs/guides/embeddings', kind: 'official' },
      { title: 'pgvector', url: 'https://github.com/pgvector/pgvector', kind: 'official' },
    ],
  },
  {
    id: 'rag',
    stageId: 'beyond',
    title: 'Retrieval-augmented generation (RAG)',
    summary:
      'RAG answers questions from your own documents: split them into chunks, find the chunks most relevant to a question, and give those to the model along with the question. Learn chunking, ranking, citing sources and measuring how good the answers are.',
    why: "It is the most common way to build AI features over a company's own data without retraining a model.",
    kind: 'skill',
    hours: 8,
    prerequisites: ['embeddings-vector-search'],
    resources: [
      { title: 'OpenAI: Retrieval', url: 'https://developers.openai.com/api/docs/guides/retrieval', kind: 'official' },
      {
        title: 'Lewis et al.: Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks',
        url: 'https://arxiv.org/abs/2005.11401',
        kind: 'article',
      },
    ],
  },
  {
    id: 'ai-agents-tool-use',
    stageId: 'beyond',
    title: 'Agents and tool use',
    summary:
      'With tool use, the model can ask your code to run a function, such as looking up an order, and then carry on with the result. An agent repeats this in a loop until a task is done. Learn to define tools, check every call, limit what tools may do and log each step.',
    why: 'Your backend decides which actions a model may take on real data, so safe tool design is a backend responsibility.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['structured-outputs'],
    resources: [
      {
        title: 'Claude API: Tool use overview',
        url: 'https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview',
        kind: 'official',
      },
      { title: 'OpenAI: Function calling', url: 'https://developers.openai.com/api/docs/guides/function-calling', kind: 'official' },
      {
        title: 'Anthropic: Building effective agents',
        url: 'https://www.anthropic.com/engineering/building-effective-agents',
        kind: 'article',
      },
    ],
  },
  {
    id: 'project-real-time-leaderboard',
    stageId: 'beyond',
    title: 'Build a real-time leaderboard',
    summary:
      'In your chosen language, build a service where signed-in players submit scores and everyone watches the rankings change live. Keep the rankings in Redis sorted sets and push updates to clients over WebSockets.',
    why: 'It combines authentication, an in-memory data structure and real-time delivery in one small, satisfying system.',
    kind: 'project',
    hours: 15,
    prerequisites: ['websockets', 'redis-key-value', 'tokens-and-jwt'],
    resources: [
      {
        title: 'Redis: Sorted sets',
        url: 'https://redis.io/docs/latest/develop/data-types/sorted-sets/',
        kind: 'official',
      },
      {
        title: 'roadmap.sh project: Real-time Leaderboard',
        url: 'https://roadmap.sh/projects/realtime-leaderboard-system',
        kind: 'article',
      },
    ],
  },
  {
    id: 'project-image-processing',
    stageId: 'beyond',
    title: 'Build an image processing service',
    summary:
      'In your chosen language, build a service where users upload images, kept in object storage, and ask for changes such as resizing, cropping, rotating or a different format. Do the processing in background workers and limit how many requests each user can make.',
    why: 'File uploads, object storage, queues and rate limits together are a realistic slice of production backend work.',
    kind: 'project',
    hours: 25,
    prerequisites: ['project-todo-api', 'background-jobs', 'rate-limiting', 'deploy-to-cloud'],
    resources: [
      { title: 'Amazon S3 documentation', url: 'https://docs.aws.amazon.com/s3/', kind: 'official' },
      {
        title: 'roadmap.sh project: Image Processing Service',
        url: 'https://roadmap.sh/projects/image-processing-service',
        kind: 'article',
      },
    ],
  },
  {
    id: 'project-ecommerce-api',
    stageId: 'beyond',
    title: 'Build an e-commerce API',
    summary:
      'In your chosen language, build the backend of a small shop: products with search, a cart, checkout through a payment provider in test mode, stock that can never drop below zero, and order emails sent from a background job.',
    why: 'Money, stock and orders force you to get transactions, idempotency and third-party integrations right.',
    kind: 'project',
    hours: 30,
    prerequisites: ['project-expense-tracker-api', 'transactions-acid', 'background-jobs', 'integration-testing'],
    resources: [
      { title: 'Stripe documentation', url: 'https://docs.stripe.com/', kind: 'official' },
      { title: 'roadmap.sh project: E-Commerce API', url: 'https://roadmap.sh/projects/ecommerce-api', kind: 'article' },
    ],
  },
  {
    id: 'project-movie-reservation',
    stageId: 'beyond',
    title: 'Build a movie reservation system',
    summary:
      'In your chosen language, build the backend for booking cinema seats: movies and showtimes, seat selection, user and admin roles, and simple reports. Make sure two people can never book the same seat, even when they click at the same moment.',
    why: 'Preventing double bookings under concurrent requests is a classic, hard-won backend skill.',
    kind: 'project',
    hours: 30,
    prerequisites: ['project-todo-api', 'transactions-acid', 'integration-testing'],
    resources: [
      {
        title: 'PostgreSQL: Explicit locking',
        url: 'https://www.postgresql.org/docs/current/explicit-locking.html',
        kind: 'official',
      },
      {
        title: 'roadmap.sh project: Movie Reservation System',
        url: 'https://roadmap.sh/projects/movie-reservation-system',
        kind: 'article',
      },
    ],
  },
  {
    id: 'project-document-qa-api',
    stageId: 'beyond',
    title: 'Build a document question-answering API',
    summary:
      'In your chosen language, build an API that takes in a set of documents and answers questions about them with retrieval-augmented generation. Stream each answer, cite the passages it used, say plainly when the documents do not contain the answer, and limit usage per user.',
    why: 'It puts the AI skills together in a product shape that many companies are building today.',
    kind: 'project',
    hours: 20,
    prerequisites: ['rag', 'llm-streaming', 'rate-limiting'],
    resources: [
      { title: 'pgvector', url: 'https://github.com/pgvector/pgvector', kind: 'official' },
      { title: 'OpenAI: Retrieval', url: 'https://developers.openai.com/api/docs/guides/retrieval', kind: 'official' },
    ],
  },
];
