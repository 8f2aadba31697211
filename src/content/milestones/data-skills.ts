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
      'SQL is the language for asking a relational database questions and changing its data. Learn to create tables; insert, select, filter, sort, update and delete rows; and join two tables.',
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
      'Beyond single tables: inner and outer joins, GROUP BY with counts and sums, HAVING, subqueries and common table expressions (WITH), for questions like "what did each customer spend?".',
    why: 'Reports and many endpoints need data from several tables; SQL does that faster than app code.',
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
      'Design tables that model your data: primary and foreign keys, one-to-many and many-to-many relationships, constraints, and normalization so each fact is stored once (with fair exceptions).',
    why: 'A sound schema keeps data consistent for years; a poor one causes bugs expensive to undo.',
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
      'PostgreSQL is a free, widely used relational database. Run it (or a container of it), connect with psql, create databases and roles, and use types such as numeric, timestamptz, arrays and JSONB.',
    why: 'A common default for new backends, and what you learn carries over to other SQL databases.',
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
      'SQLite is a database in one file, for small apps, tests and tools. MySQL and its fork MariaDB run much of the web. You will also meet Microsoft SQL Server (MS SQL) and Oracle Database.',
    why: 'You meet these in existing projects and hosting plans, so be at ease with more than one.',
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
      'An ORM maps database rows to objects and writes much of the SQL for you; a query builder composes SQL safely in code. Learn what they make easier, what they hide, and how to see their SQL.',
    why: 'Most frameworks ship an ORM; using it well without losing sight of the SQL is daily work.',
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
      'Migrations are small, numbered scripts that change a database schema step by step, such as adding a column or index. They live in Git with your code, so every database reaches the same shape.',
    why: 'Changing a live database without losing data or stopping the app is routine but risky.',
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
      'An index is a sorted lookup structure that lets the database find rows without reading the whole table. Learn B-tree, multi-column and unique indexes, and the cost each adds to writes.',
    why: 'The right index turns seconds into milliseconds; a missing one is a common slow endpoint.',
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
      'A transaction groups changes so all of them happen or none do. ACID (atomicity, consistency, isolation, durability) names the guarantees; isolation levels decide what concurrent ones see.',
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
      'The N+1 problem: one query loads a list, then one more query runs for every item, often hidden in an ORM. Learn to spot it in your logs and fix it with a join or eager loading.',
    why: 'A classic reason an endpoint is quick with ten rows and slow with ten thousand.',
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
      "NoSQL names databases without relational tables: document, key-value, wide-column, graph, time-series, and real-time ones such as Firebase and RethinkDB. Learn each one's strengths and costs.",
    why: 'Pick a store that fits your data and queries; the answer is often still a relational database.',
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
      'MongoDB stores JSON-like documents in collections. Learn to insert and query them, embed or reference related data, build indexes, use the aggregation pipeline. CouchDB is built around replication.',
    why: 'Document stores are common in Node.js and startup stacks; know when a document model fits.',
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
      'Redis keeps data in memory as keys pointing to strings, hashes, lists, sets and sorted sets, each with an optional expiry. Learn its basic commands and how it saves data to disk.',
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
      'Wide-column stores (Apache Cassandra, HBase) and Amazon DynamoDB spread huge tables over many machines for known queries. Graph databases (Neo4j, Amazon Neptune) make "friends of friends" easy.',
    kind: 'skill',
    tier: 'optional',
    hours: 4,
    prerequisites: ['nosql-overview'],
    resources: [
      { title: 'Apache Cassandra documentation', url: 'https://cassandra.apache.org/doc/latest/', kind: 'official' },
      { title: 'Neo4j documentation', url: 'https://neo4j.com/docs/', kind: 'official' },
    ],
  },
  {
    id: 'time-series-databases',
    stageId: 'data-skills',
    title: 'Time-series databases',
    summary:
      'Time-series databases such as TimescaleDB (a PostgreSQL extension) and InfluxDB store timestamped measurements (metrics, sensor readings, prices): fast writes, roll-ups by minute or day.',
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
      'Caching keeps the result of slow work, such as a query or an API call, for the next request. Learn cache-aside, expiry, invalidation and the speed versus staleness trade-off, with Redis or Memcached.',
    why: 'Often the cheapest way to speed up a backend and protect the database under load.',
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
      'Headers such as Cache-Control, ETag and Last-Modified tell browsers (client side) and proxies whether to reuse a response. Learn 304 Not Modified answers, and keeping private data out of shared caches.',
    why: "Right headers cut server load for free; wrong ones can show one user's data to another.",
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
      'A CDN is a worldwide network of servers keeping copies of your files and responses close to users. Learn what it caches, how it sits in front of your server, and how to clear changed content.',
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
