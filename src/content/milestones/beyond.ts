import type { Milestone } from '../../domain/types';
import { trackStep } from '../track-steps';

/**
 * Beyond: architecture, messaging, real-time, search, scaling and AI in the backend. Prerequisites
 * come before the milestones that need them.
 */
export const beyondMilestones: readonly Milestone[] = [
  {
    id: 'monolith-architecture',
    stageId: 'beyond',
    title: 'Monoliths and modular design',
    summary:
      'A monolith is one application deployed as a single unit. Organized into modules with clear boundaries, it is simple to build, test and run, and it is the right starting point for most teams.',
    why: 'Knowing how to structure one codebase well matters more day to day than any distributed architecture.',
    kind: 'skill',
    tier: 'recommended',
    hours: 4,
    prerequisites: ['rest-apis'],
    resources: [
      {
        title: 'Microsoft Learn: Architecture styles',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/guide/architecture-styles/',
        kind: 'official',
      },
      {
        title: 'Martin Fowler: Monolith First',
        url: 'https://martinfowler.com/bliki/MonolithFirst.html',
        kind: 'article',
      },
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
    tier: 'recommended',
    hours: 8,
    prerequisites: ['monolith-architecture'],
    resources: [
      {
        title: 'Martin Fowler: Catalog of Patterns of Enterprise Application Architecture',
        url: 'https://martinfowler.com/eaaCatalog/',
        kind: 'article',
      },
      { title: 'Refactoring.Guru: Design patterns', url: 'https://refactoring.guru/design-patterns', kind: 'article' },
    ],
  },
  {
    id: 'domain-driven-design',
    stageId: 'beyond',
    title: 'Domain-driven design (DDD)',
    summary:
      'Domain-driven design models software on the business it serves: a shared language with domain experts, bounded contexts that split a large system into parts with their own models, and building blocks such as entities, value objects and aggregates.',
    why: 'Large backends stay understandable when their code follows the business, and DDD vocabulary is common in teams that run them.',
    kind: 'skill',
    tier: 'optional',
    hours: 6,
    prerequisites: ['design-patterns'],
    resources: [
      {
        title: 'Martin Fowler: Domain Driven Design',
        url: 'https://martinfowler.com/bliki/DomainDrivenDesign.html',
        kind: 'article',
      },
    ],
  },
  {
    id: 'microservices',
    stageId: 'beyond',
    title: 'Microservices',
    summary:
      'Microservices split a system into small services that are deployed separately and talk over the network. They let large teams work independently, but add network failures, data consistency problems and a lot of operations work. Service-oriented architecture (SOA), their older enterprise cousin, shared the idea with bigger services and a central message bus.',
    why: 'Many larger companies run microservices, and knowing their costs helps you decide when they are worth it.',
    kind: 'skill',
    tier: 'recommended',
    hours: 8,
    prerequisites: ['monolith-architecture', 'docker-basics'],
    resources: [
      {
        title: 'Microsoft Learn: Microservices architecture style',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/guide/architecture-styles/microservices',
        kind: 'official',
      },
      {
        title: 'Martin Fowler and James Lewis: Microservices',
        url: 'https://martinfowler.com/articles/microservices.html',
        kind: 'article',
      },
      { title: 'microservices.io', url: 'https://microservices.io/', kind: 'article' },
    ],
  },
  {
    id: 'api-gateways',
    stageId: 'beyond',
    title: 'API gateways',
    summary:
      'An API gateway is the single entry point in front of many services: it routes each request, checks authentication, applies rate limits and can combine several calls into one response. A backend for frontend (BFF) is a gateway made for one client, such as the mobile app.',
    why: 'Once there is more than one service, clients should not need to know them all, and cross-cutting checks belong in one place.',
    kind: 'skill',
    tier: 'optional',
    hours: 4,
    prerequisites: ['microservices', 'reverse-proxy'],
    resources: [
      {
        title: 'microservices.io: API gateway pattern',
        url: 'https://microservices.io/patterns/apigateway.html',
        kind: 'article',
      },
    ],
  },
  {
    id: 'migration-strategies',
    stageId: 'beyond',
    title: 'Migrating a live system: the strangler fig',
    summary:
      'Rewriting a working system all at once rarely ends well. The strangler fig pattern puts a proxy in front of the old system and moves one feature at a time to the new one until nothing is left to move; feature flags and parallel runs reduce the risk further.',
    why: 'Most backend work happens on systems that already have users, so changing them safely matters more than starting fresh.',
    kind: 'skill',
    tier: 'optional',
    hours: 3,
    prerequisites: ['monolith-architecture', 'reverse-proxy'],
    resources: [
      {
        title: 'Martin Fowler: Strangler Fig Application',
        url: 'https://martinfowler.com/bliki/StranglerFigApplication.html',
        kind: 'article',
      },
      {
        title: 'Azure Architecture Center: Strangler Fig pattern',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/strangler-fig',
        kind: 'article',
      },
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
    tier: 'optional',
    hours: 6,
    prerequisites: ['deploy-to-cloud'],
    resources: [
      { title: 'AWS Lambda documentation', url: 'https://docs.aws.amazon.com/lambda/', kind: 'official' },
      {
        title: 'Cloudflare Workers documentation',
        url: 'https://developers.cloudflare.com/workers/',
        kind: 'official',
      },
      {
        title: 'Mike Roberts: Serverless Architectures',
        url: 'https://martinfowler.com/articles/serverless.html',
        kind: 'article',
      },
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
    tier: 'recommended',
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
    tier: 'recommended',
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
    tier: 'optional',
    hours: 10,
    prerequisites: ['background-jobs'],
    resources: [
      { title: 'Apache Kafka: Introduction', url: 'https://kafka.apache.org/intro', kind: 'official' },
      { title: 'Apache Kafka documentation', url: 'https://kafka.apache.org/documentation/', kind: 'official' },
    ],
  },
  {
    id: 'cqrs-event-sourcing',
    stageId: 'beyond',
    title: 'CQRS and event sourcing',
    summary:
      'CQRS (command query responsibility segregation) uses separate models for changing data and for reading it. Event sourcing stores every change as an event and rebuilds the current state from them, which gives a full history. Both add real complexity and fit only some systems.',
    why: 'They appear in event-driven systems, and knowing their costs stops you from adopting them where a plain table would do.',
    kind: 'skill',
    tier: 'optional',
    hours: 6,
    prerequisites: ['domain-driven-design', 'background-jobs'],
    resources: [
      { title: 'Martin Fowler: CQRS', url: 'https://martinfowler.com/bliki/CQRS.html', kind: 'article' },
      {
        title: 'Martin Fowler: Event Sourcing',
        url: 'https://martinfowler.com/eaaDev/EventSourcing.html',
        kind: 'article',
      },
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
    tier: 'recommended',
    hours: 20,
    prerequisites: ['docker-compose', 'deploy-to-cloud'],
    resources: [
      { title: 'Kubernetes documentation', url: 'https://kubernetes.io/docs/home/', kind: 'official' },
      {
        title: 'Kubernetes: Learn Kubernetes Basics',
        url: 'https://kubernetes.io/docs/tutorials/kubernetes-basics/',
        kind: 'course',
      },
    ],
  },
  {
    id: 'service-mesh',
    stageId: 'beyond',
    title: 'Service mesh',
    summary:
      'A service mesh such as Istio or Linkerd puts a small proxy beside every service and routes all traffic between services through it, adding encryption (mutual TLS), retries, traffic splitting and telemetry without changes to your code.',
    why: 'Large microservice systems use a mesh to make service-to-service calls secure and observable in one consistent way.',
    kind: 'skill',
    tier: 'optional',
    hours: 4,
    prerequisites: ['kubernetes-basics', 'microservices'],
    resources: [
      { title: 'Istio: What is a service mesh?', url: 'https://istio.io/latest/about/service-mesh/', kind: 'official' },
    ],
  },
  {
    id: 'database-replication',
    stageId: 'beyond',
    title: 'Database replication',
    summary:
      'Replication keeps copies of a database on other servers. Read replicas share the reading load, and a standby can take over if the primary fails. Learn about replication lag and what it means for users reading their own recent writes, and the failure modes to plan for, such as a primary that dies mid-write.',
    why: 'Replication is the first step in making a database both more available and able to serve more reads.',
    kind: 'skill',
    tier: 'recommended',
    hours: 6,
    prerequisites: ['transactions-acid'],
    resources: [
      {
        title: 'PostgreSQL: High availability, load balancing and replication',
        url: 'https://www.postgresql.org/docs/current/high-availability.html',
        kind: 'official',
      },
      {
        title: 'MySQL: Replication',
        url: 'https://dev.mysql.com/doc/refman/8.4/en/replication.html',
        kind: 'official',
      },
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
    tier: 'optional',
    hours: 5,
    prerequisites: ['database-replication', 'indexes'],
    resources: [
      {
        title: 'Microsoft Learn: Sharding pattern',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/sharding',
        kind: 'official',
      },
      {
        title: 'PostgreSQL: Table partitioning',
        url: 'https://www.postgresql.org/docs/current/ddl-partitioning.html',
        kind: 'official',
      },
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
    tier: 'recommended',
    hours: 3,
    prerequisites: ['database-replication'],
    resources: [
      {
        title: 'Eric Brewer: CAP Twelve Years Later',
        url: 'https://www.infoq.com/articles/cap-twelve-years-later-how-the-rules-have-changed/',
        kind: 'article',
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
    tier: 'recommended',
    hours: 5,
    prerequisites: ['reverse-proxy'],
    resources: [
      {
        title: 'nginx: Using nginx as an HTTP load balancer',
        url: 'https://nginx.org/en/docs/http/load_balancing.html',
        kind: 'official',
      },
      {
        title: 'Cloudflare: What is load balancing?',
        url: 'https://www.cloudflare.com/learning/performance/what-is-load-balancing/',
        kind: 'article',
      },
    ],
  },
  {
    id: 'scaling-basics',
    stageId: 'beyond',
    title: 'Vertical and horizontal scaling',
    summary:
      'Vertical scaling gives one server more CPU and memory; horizontal scaling adds more servers behind a load balancer, which only works when the app keeps no state of its own between requests. Learn the limits and costs of each, and why the database is usually the hardest part to scale.',
    why: '"Will it scale?" is a question every backend design meets, and the answer starts with knowing these two options.',
    kind: 'skill',
    tier: 'recommended',
    hours: 3,
    prerequisites: ['load-balancing', 'twelve-factor'],
    resources: [
      {
        title: 'Azure Architecture Center: Design to scale out',
        url: 'https://learn.microsoft.com/azure/architecture/guide/design-principles/scale-out',
        kind: 'article',
      },
      { title: 'Designing Data-Intensive Applications', url: 'https://dataintensive.net/', kind: 'book' },
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
    tier: 'recommended',
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
      {
        title: 'Stripe: Scaling your API with rate limiters',
        url: 'https://stripe.com/blog/rate-limiters',
        kind: 'article',
      },
    ],
  },
  {
    id: 'backpressure',
    stageId: 'beyond',
    title: 'Backpressure',
    summary:
      'Backpressure is how a slow consumer tells a fast producer to slow down, so work does not pile up in memory until something crashes. Learn bounded queues, streams that pause, and turning work away early when you are full. Load shifting goes further and moves work that can wait, such as reports, to quieter hours.',
    why: 'Systems that cannot say "not now" tend to fall over completely under load instead of slowing down gracefully.',
    kind: 'skill',
    tier: 'optional',
    hours: 4,
    prerequisites: ['background-jobs'],
    resources: [
      {
        title: 'Node.js: Backpressuring in streams',
        url: 'https://nodejs.org/learn/modules/backpressuring-in-streams',
        kind: 'official',
      },
      {
        title: 'Google SRE book: Handling Overload',
        url: 'https://sre.google/sre-book/handling-overload/',
        kind: 'book',
      },
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
    tier: 'recommended',
    hours: 4,
    prerequisites: ['rest-apis'],
    resources: [
      {
        title: 'Microsoft Learn: Circuit Breaker pattern',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/circuit-breaker',
        kind: 'official',
      },
      {
        title: 'Microsoft Learn: Retry pattern',
        url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/retry',
        kind: 'official',
      },
      {
        title: 'Martin Fowler: Circuit Breaker',
        url: 'https://martinfowler.com/bliki/CircuitBreaker.html',
        kind: 'article',
      },
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
    tier: 'optional',
    hours: 3,
    prerequisites: ['circuit-breakers', 'server-side-caching'],
    resources: [
      {
        title: 'AWS Well-Architected: Implement graceful degradation',
        url: 'https://docs.aws.amazon.com/wellarchitected/latest/framework/rel05-bp01.html',
        kind: 'article',
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
    tier: 'recommended',
    hours: 8,
    prerequisites: ['http-basics', 'dom-and-fetch'],
    resources: [
      {
        title: 'MDN: The WebSocket API',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/WebSockets_API',
        kind: 'official',
      },
      {
        title: 'RFC 6455: The WebSocket Protocol',
        url: 'https://datatracker.ietf.org/doc/html/rfc6455',
        kind: 'official',
      },
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
    tier: 'recommended',
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
      'Polling (short polling) asks the server for news at fixed intervals; long polling holds each request open until there is news or a timeout. They are simple fallbacks that work everywhere, at the cost of more requests and some delay.',
    why: 'Sometimes the plainest tool is enough, and knowing the trade-offs helps you pick the right real-time technique.',
    kind: 'skill',
    tier: 'optional',
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
    tier: 'recommended',
    hours: 5,
    prerequisites: ['postgresql', 'indexes'],
    resources: [
      {
        title: 'PostgreSQL: Full text search',
        url: 'https://www.postgresql.org/docs/current/textsearch.html',
        kind: 'official',
      },
    ],
  },
  {
    id: 'search-engines',
    stageId: 'beyond',
    title: 'Search engines: Elasticsearch and OpenSearch',
    summary:
      'Search engines build inverted indexes over text so they can find and rank matching documents quickly, with typo tolerance, filters and facets. Elasticsearch and OpenSearch, the fork AWS started in 2021 when Elasticsearch left its open-source licence, are the common choices; Elasticsearch has been open source again, under the AGPL, since August 2024. Apache Solr is an older alternative; you keep them in sync with your main database.',
    why: 'When search must be fast and relevant over large amounts of text, a dedicated engine is the standard tool.',
    kind: 'skill',
    tier: 'optional',
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
    tier: 'recommended',
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
    tier: 'optional',
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
    tier: 'optional',
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
    tier: 'optional',
    hours: 8,
    prerequisites: ['llm-apis', 'indexes'],
    resources: [
      {
        title: 'OpenAI: Vector embeddings',
        url: 'https://developers.openai.com/api/docs/guides/embeddings',
        kind: 'official',
      },
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
    tier: 'optional',
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
    tier: 'optional',
    hours: 8,
    prerequisites: ['structured-outputs'],
    resources: [
      {
        title: 'Claude API: Tool use overview',
        url: 'https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview',
        kind: 'official',
      },
      {
        title: 'OpenAI: Function calling',
        url: 'https://developers.openai.com/api/docs/guides/function-calling',
        kind: 'official',
      },
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
    tier: 'recommended',
    hours: 15,
    prerequisites: ['websockets', 'redis-key-value', 'tokens-and-jwt', ...trackStep('web'), ...trackStep('login')],
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
    tier: 'recommended',
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
    tier: 'recommended',
    hours: 30,
    prerequisites: ['project-expense-tracker-api', 'transactions-acid', 'background-jobs', 'integration-testing'],
    resources: [
      { title: 'Stripe documentation', url: 'https://docs.stripe.com/', kind: 'official' },
      {
        title: 'roadmap.sh project: E-Commerce API',
        url: 'https://roadmap.sh/projects/ecommerce-api',
        kind: 'article',
      },
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
    tier: 'recommended',
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
    tier: 'optional',
    hours: 20,
    prerequisites: ['rag', 'llm-streaming', 'rate-limiting', ...trackStep('web')],
    resources: [
      { title: 'pgvector', url: 'https://github.com/pgvector/pgvector', kind: 'official' },
      { title: 'OpenAI: Retrieval', url: 'https://developers.openai.com/api/docs/guides/retrieval', kind: 'official' },
    ],
  },
];
