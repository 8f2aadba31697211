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
      'A monolith is one application deployed as a single unit. Split into modules with clear boundaries, it is simple to build, test and run: the right start for most teams.',
    why: 'Structuring one codebase well matters more day to day than any distributed architecture.',
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
      'Named, reusable answers to common design problems: repository, factory, strategy, adapter, dependency injection. Recognize them in frameworks; use them when they make code simpler.',
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
      'Domain-driven design models software on the business: a shared language with domain experts, bounded contexts with their own models, and entities, value objects and aggregates.',
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
      'Microservices are small services deployed separately that talk over the network: teams work independently, at the cost of network failures and operations work. SOA was the older, bigger-service version.',
    why: 'Many larger companies run microservices; knowing their costs tells you when they are worth it.',
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
      'An API gateway is the single entry point in front of many services: routing, authentication, rate limits, combined responses. A backend for frontend (BFF) is a gateway for one client.',
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
      'Rewrites all at once rarely end well. The strangler fig pattern puts a proxy in front of the old system and moves one feature at a time; feature flags and parallel runs cut the risk.',
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
      'Serverless platforms run your functions on demand and bill per request, with no servers to manage. Learn cold starts, time limits, event triggers, and when they cost more than a server.',
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
    ],
  },
  {
    id: 'background-jobs',
    stageId: 'beyond',
    title: 'Background jobs and queues',
    summary:
      'Slow work (email, image resizing, calls to partners) goes on a queue for worker processes, with retries, timeouts, jobs safe to run twice, and a place for jobs that keep failing.',
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
      'RabbitMQ is a message broker: producers publish to exchanges that route messages into queues for consumers. Learn acknowledgements, routing, work queues, pub/sub and dead-letter queues.',
    why: 'A broker hands work between services reliably, even when one is busy or briefly down.',
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
      'Kafka is a distributed log: producers append events to partitioned topics, and consumer groups read them at their own pace, even replaying old ones. Built for high-volume event streams.',
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
      'CQRS uses separate models for changing and reading data. Event sourcing stores every change as an event and rebuilds state from them, keeping full history. Both add real complexity.',
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
      'Kubernetes runs containers across a cluster and keeps them as you describe. Learn pods, deployments, services, config maps, secrets, ingress and rolling updates on a local cluster.',
    why: 'Many companies deploy backends on Kubernetes: its basic objects help you ship and debug there.',
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
      'A service mesh such as Istio or Linkerd puts a proxy beside every service and routes traffic through it, adding mutual TLS, retries, traffic splitting and telemetry without code changes.',
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
      'Replication keeps copies of a database on other servers: read replicas share the load, a standby takes over if the primary fails. Learn replication lag, reading your own writes, failure modes.',
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
      'Partitioning splits a big table into parts; sharding spreads data over several servers by a key such as customer ID. Capacity grows, but cross-shard queries and rebalancing get hard.',
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
    ],
  },
  {
    id: 'cap-theorem',
    stageId: 'beyond',
    title: 'The CAP theorem and consistency',
    summary:
      'The CAP theorem: when the network splits, a distributed data store must choose consistency or availability. Learn what that means in practice, eventual consistency, and the latency trade-off.',
    why: 'It explains how distributed databases behave and helps you pick one that fits your data.',
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
      'A load balancer spreads requests over several copies of your app, so one can fail without an outage. Learn round robin, least connections, health checks, sticky sessions, stateless apps.',
    why: 'Running more than one copy is the simplest way to handle more traffic and survive failures.',
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
      "Vertical scaling gives one server more CPU and memory; horizontal scaling adds servers behind a load balancer and needs stateless apps. Learn each one's limits, and why the database is hardest.",
    why: '"Will it scale?" meets every backend design; the answer starts with these two options.',
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
      "Rate limiting caps a client's requests per time window (token bucket, sliding window) and answers 429 Too Many Requests with Retry-After. Throttling sheds work when the system is strained.",
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
      'Backpressure lets a slow consumer tell a fast producer to slow down: bounded queues, streams that pause, turning work away early. Load shifting moves work that can wait to quieter hours.',
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
      'Set a timeout on every call to another service, retry only safe operations with growing random delays, and add a circuit breaker that stops calling a failing dependency so it can recover.',
    why: 'Without them, one slow dependency can tie up every worker and take your service down.',
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
      'A WebSocket turns an HTTP connection into a lasting two-way channel. Learn the handshake, messages, heartbeats, reconnecting, authentication, and sharing connections across servers.',
    why: 'Chat, live dashboards, games and shared editing need the server to push data the moment it changes.',
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
      'Server-sent events keep an HTTP response open so the server can push a stream of text events; the browser reconnects by itself. Good for one-way updates such as notifications.',
    why: 'A simpler alternative to WebSockets for one-way updates, and how streamed AI answers arrive.',
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
      'Short polling asks the server for news at fixed intervals; long polling holds each request open until there is news or a timeout. Simple fallbacks that work everywhere, with more requests.',
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
      'PostgreSQL has full-text search built in: text becomes tokens (tsvector), queries match them (tsquery), results are ranked and sped up by GIN indexes. Often enough before a search engine.',
    why: 'Most products need search, and doing it in the database you already run keeps things simple.',
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
      'Search engines build inverted indexes to find and rank text fast, with typo tolerance, filters and facets: Elasticsearch (open source again since 2024), OpenSearch (its 2021 fork), Solr.',
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
      'Large language model providers offer HTTP APIs: send messages and settings, get text back. Call them from your server, keep keys secret, count tokens and cost, set timeouts, handle rate limits.',
    why: 'More products add AI features; the backend is where those calls are made, secured and paid for.',
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
      'Models produce text a piece at a time. Streaming passes the pieces on as they arrive, usually as server-sent events, so an answer starts to appear within a second.',
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
      "An embedding is a list of numbers that captures a text's meaning: similar texts get nearby vectors. Store them in a vector index (PostgreSQL with pgvector) and search by meaning.",
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
      'RAG answers from your own documents: split them into chunks, find the chunks most relevant to a question, and give them to the model with it. Learn chunking, ranking, citing, measuring.',
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
      'With tool use, a model asks your code to run a function, such as looking up an order, and goes on with the result; an agent loops until done. Define tools, check every call, log each step.',
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
    ],
  },
  {
    id: 'project-real-time-leaderboard',
    stageId: 'beyond',
    title: 'Build a real-time leaderboard',
    summary:
      'In your chosen language, build a service where signed-in players submit scores and watch the rankings change live: Redis sorted sets for rankings, WebSockets for updates.',
    why: 'Authentication, an in-memory data structure and real-time delivery in one small system.',
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
      'In your chosen language, build a service where users upload images to object storage and ask for resizing, cropping, rotating or a new format, done by background workers, with rate limits.',
    why: 'Uploads, object storage, queues and rate limits together: a realistic slice of backend work.',
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
      "In your chosen language, build a small shop's backend: product search, a cart, checkout through a payment provider in test mode, stock that never drops below zero, order emails from a job.",
    why: 'Money, stock and orders make you get transactions, idempotency and integrations right.',
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
      'In your chosen language, build cinema seat booking: movies and showtimes, seat selection, user and admin roles, simple reports. Two people must never book the same seat, even at once.',
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
      'In your chosen language, build an API that answers questions about uploaded documents with retrieval-augmented generation: stream answers, cite passages, say when there is no answer, limit usage.',
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
