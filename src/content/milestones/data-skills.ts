import type { Milestone } from '../../domain/types';

/**
 * Data skills: SQL, relational design, a real database, ORMs, migrations, indexes, NoSQL and
 * caching. Prerequisites come before the milestones that need them.
 */
export const dataSkillsMilestones: readonly Milestone[] = [
  {
    id: 'sql-basics',
    stageId: 'data-skills',
    title: 'SQL basics',
    summary:
      'SQL is the language for asking a relational database questions and changing its data. Learn to create tables and to insert, select, filter, sort, update and delete rows, and to combine two tables with a simple join.',
    why: 'Almost every backend keeps its data in a relational database, and SQL is how you read and change it.',
    kind: 'skill',
    tier: 'core',
    hours: 15,
    prerequisites: ['terminal-basics'],
    resources: [
      { title: 'PostgreSQL tutorial', url: 'https://www.postgresql.org/docs/current/tutorial.html', kind: 'official' },
      { title: 'SQLBolt', url: 'https://sqlbolt.com/', kind: 'interactive' },
      { title: 'Select Star SQL (free interactive book)', url: 'https://selectstarsql.com/', kind: 'interactive' },
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
    tier: 'core',
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
    tier: 'core',
    hours: 10,
    prerequisites: ['sql-basics'],
    resources: [
      {
        title: 'PostgreSQL: Constraints',
        url: 'https://www.postgresql.org/docs/current/ddl-constraints.html',
        kind: 'official',
      },
      {
        title: 'Database normalization (Wikipedia)',
        url: 'https://en.wikipedia.org/wiki/Database_normalization',
        kind: 'article',
      },
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
    tier: 'core',
    hours: 12,
    prerequisites: ['sql-basics'],
    resources: [
      { title: 'PostgreSQL documentation', url: 'https://www.postgresql.org/docs/', kind: 'official' },
      {
        title: 'PostgreSQL: psql reference',
        url: 'https://www.postgresql.org/docs/current/app-psql.html',
        kind: 'official',
      },
    ],
  },
  {
    id: 'sqlite-and-mysql',
    stageId: 'data-skills',
    title: 'SQLite, MySQL and MariaDB',
    summary:
      'SQLite is a whole database in a single file, ideal for small apps, tests and tools. MySQL and its fork MariaDB are server databases behind a large share of the web. Learn where each fits and how their SQL differs from PostgreSQL; in companies you will also meet Microsoft SQL Server (MS SQL) and Oracle Database.',
    why: 'You will meet these databases in existing projects and hosting plans, so it helps to be at ease with more than one.',
    kind: 'skill',
    tier: 'recommended',
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
    tier: 'core',
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
    tier: 'core',
    hours: 5,
    prerequisites: ['relational-design', 'git-basics'],
    resources: [
      {
        title: 'PostgreSQL: Modifying tables',
        url: 'https://www.postgresql.org/docs/current/ddl-alter.html',
        kind: 'official',
      },
      {
        title: 'Martin Fowler: Evolutionary Database Design',
        url: 'https://martinfowler.com/articles/evodb.html',
        kind: 'article',
      },
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
    tier: 'core',
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
    tier: 'recommended',
    hours: 4,
    prerequisites: ['indexes'],
    resources: [
      {
        title: 'PostgreSQL: Using EXPLAIN',
        url: 'https://www.postgresql.org/docs/current/using-explain.html',
        kind: 'official',
      },
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
    tier: 'core',
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
    tier: 'core',
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
      'NoSQL is a loose name for databases that do not use relational tables: document, key-value, wide-column, graph and time-series stores, and real-time databases such as Firebase and RethinkDB that push every change to connected clients. Learn what each family is good at and what you give up compared with SQL.',
    why: 'Choosing a store that fits the shape of your data and queries is a real design decision, and the answer is often still a relational database.',
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['relational-design'],
    resources: [
      { title: 'AWS: What is NoSQL?', url: 'https://aws.amazon.com/nosql/', kind: 'article' },
      { title: 'Designing Data-Intensive Applications', url: 'https://dataintensive.net/', kind: 'book' },
    ],
  },
  {
    id: 'mongodb',
    stageId: 'data-skills',
    title: 'Document databases with MongoDB',
    summary:
      'MongoDB stores JSON-like documents in collections instead of rows in tables. Learn to insert and query documents, choose between embedding and referencing related data, build indexes and use the aggregation pipeline. CouchDB is another document database, built around replication.',
    why: 'Document stores are common in Node.js and startup stacks, and knowing when a document model fits helps you choose well.',
    kind: 'skill',
    tier: 'recommended',
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
    tier: 'core',
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
      'Wide-column stores such as Apache Cassandra and HBase spread huge tables over many machines and are designed around queries you know in advance, as is Amazon DynamoDB, a key-value and document database. Graph databases such as Neo4j and Amazon Neptune store nodes and relationships, which makes questions like "friends of friends" easy.',
    why: 'You will rarely need them, but recognizing the problems they solve stops you forcing the wrong tool onto a job.',
    kind: 'skill',
    tier: 'optional',
    hours: 4,
    prerequisites: ['nosql-overview'],
    resources: [
      { title: 'Apache Cassandra documentation', url: 'https://cassandra.apache.org/doc/latest/', kind: 'official' },
      { title: 'Amazon DynamoDB documentation', url: 'https://docs.aws.amazon.com/dynamodb/', kind: 'official' },
      { title: 'Neo4j documentation', url: 'https://neo4j.com/docs/', kind: 'official' },
    ],
  },
  {
    id: 'time-series-databases',
    stageId: 'data-skills',
    title: 'Time-series databases',
    summary:
      'Time-series databases such as TimescaleDB (a PostgreSQL extension) and InfluxDB store measurements stamped with a time, such as metrics, sensor readings or prices, and make it cheap to write them fast, roll them up by minute or day and drop old data.',
    why: 'Metrics, monitoring and IoT data grow by millions of rows a day, which a plain table handles badly.',
    kind: 'skill',
    tier: 'optional',
    hours: 4,
    prerequisites: ['nosql-overview', 'indexes'],
    resources: [
      { title: 'TimescaleDB documentation', url: 'https://docs.timescale.com/', kind: 'official' },
      { title: 'InfluxDB documentation', url: 'https://docs.influxdata.com/influxdb/', kind: 'official' },
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
    tier: 'core',
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
      'Response headers such as Cache-Control, ETag and Last-Modified tell browsers (the client side) and proxies whether they may reuse a response and for how long. Learn conditional requests that get a 304 Not Modified answer, and how to keep private data out of shared caches.',
    why: "Correct caching headers cut load on your servers for free, while wrong ones can show one user's data to another.",
    kind: 'skill',
    tier: 'core',
    hours: 5,
    prerequisites: ['http-basics'],
    resources: [
      {
        title: 'MDN: HTTP caching',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Caching',
        kind: 'official',
      },
      { title: 'RFC 9111: HTTP Caching', url: 'https://datatracker.ietf.org/doc/html/rfc9111', kind: 'official' },
      {
        title: 'web.dev: Prevent unnecessary network requests with the HTTP Cache',
        url: 'https://web.dev/articles/http-cache',
        kind: 'article',
      },
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
    tier: 'recommended',
    hours: 3,
    prerequisites: ['http-caching', 'dns-and-domains'],
    resources: [
      { title: 'MDN Glossary: CDN', url: 'https://developer.mozilla.org/en-US/docs/Glossary/CDN', kind: 'official' },
      {
        title: 'Cloudflare: What is a CDN?',
        url: 'https://www.cloudflare.com/learning/cdn/what-is-a-cdn/',
        kind: 'article',
      },
    ],
  },
];
