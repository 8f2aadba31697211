import type { Milestone } from '../../domain/types';
import { trackStep } from '../track-steps';

/**
 * Testing and shipping: tests, CI/CD, containers, web servers, deployment, logging and monitoring.
 * Prerequisites come before the milestones that need them.
 */
export const testingAndShippingMilestones: readonly Milestone[] = [
  {
    id: 'testing-basics',
    stageId: 'testing-and-shipping',
    title: 'Testing basics',
    summary:
      "Automated tests are code that checks your code. Learn the vocabulary (unit, integration, end-to-end, the test pyramid), arrange-act-assert, and running tests with your language's runner.",
    why: 'Tests let you change a backend with confidence, and every professional codebase expects them.',
    kind: 'skill',
    tier: 'core',
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
      'Unit tests check one small piece, such as a function or class, on its own, in milliseconds. Test edge cases and errors, keep tests independent and readable, measure coverage without chasing 100%.',
    why: 'Fast unit tests catch logic mistakes seconds after you make them.',
    kind: 'skill',
    tier: 'core',
    hours: 8,
    prerequisites: ['testing-basics'],
    resources: [
      { title: 'PHPUnit documentation (PHP)', url: 'https://docs.phpunit.de/', kind: 'official' },
      { title: 'Go: package testing', url: 'https://pkg.go.dev/testing', kind: 'official' },
      { title: 'Martin Fowler: Unit Test', url: 'https://martinfowler.com/bliki/UnitTest.html', kind: 'article' },
    ],
  },
  {
    id: 'test-driven-development',
    stageId: 'testing-and-shipping',
    title: 'Test-driven development (TDD)',
    summary:
      'Test-driven development writes a failing test first, then just enough code to pass it, then cleans up: red, green, refactor. Try it on a small feature to feel how it shapes your design.',
    kind: 'skill',
    tier: 'optional',
    hours: 4,
    prerequisites: ['unit-testing'],
    resources: [
      {
        title: 'Martin Fowler: Test Driven Development',
        url: 'https://martinfowler.com/bliki/TestDrivenDevelopment.html',
        kind: 'article',
      },
    ],
  },
  {
    id: 'test-doubles',
    stageId: 'testing-and-shipping',
    title: 'Mocks, stubs and fakes',
    summary:
      'Test doubles stand in for slow or unpredictable parts in a test, such as a payment API or the clock. Learn stubs, mocks, fakes and spies, and when the real thing is the better choice.',
    why: 'They let you test how your code handles failures and edge cases from services you do not control.',
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['unit-testing'],
    resources: [
      { title: 'Python: unittest.mock', url: 'https://docs.python.org/3/library/unittest.mock.html', kind: 'official' },
      { title: 'Martin Fowler: Test Double', url: 'https://martinfowler.com/bliki/TestDouble.html', kind: 'article' },
      {
        title: "Martin Fowler: Mocks Aren't Stubs",
        url: 'https://martinfowler.com/articles/mocksArentStubs.html',
        kind: 'article',
      },
    ],
  },
  {
    id: 'integration-testing',
    stageId: 'testing-and-shipping',
    title: 'Integration tests',
    summary:
      'Integration tests check parts working together for real: your code with a real database, queue or HTTP layer. Start dependencies for tests (often in containers), reset data, keep the suite fast.',
    why: 'Many bugs live in the seams (SQL, configuration, serialization) that unit tests never touch.',
    kind: 'skill',
    tier: 'core',
    hours: 8,
    prerequisites: ['unit-testing', 'postgresql'],
    resources: [
      { title: 'Testcontainers', url: 'https://testcontainers.com/', kind: 'official' },
      {
        title: 'Martin Fowler: Integration Test',
        url: 'https://martinfowler.com/bliki/IntegrationTest.html',
        kind: 'article',
      },
    ],
  },
  {
    id: 'e2e-testing',
    stageId: 'testing-and-shipping',
    title: 'Functional and end-to-end tests',
    summary:
      'Functional and end-to-end tests drive the running application from outside, as a client would: real HTTP requests to your API, or clicks through pages in a real browser.',
    why: 'They prove the whole system works for a user, catching bugs that appear only when it is wired up.',
    kind: 'skill',
    tier: 'recommended',
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
      'Continuous integration runs your build, linters and tests on every push and pull request. Continuous delivery then deploys the changes that pass, so releases become small and routine.',
    why: 'Automated checks and deploys catch mistakes early and take the fear out of shipping.',
    kind: 'skill',
    tier: 'core',
    hours: 8,
    prerequisites: ['testing-basics', 'github-and-pull-requests'],
    resources: [
      { title: 'GitHub Actions documentation', url: 'https://docs.github.com/en/actions', kind: 'official' },
      { title: 'GitLab CI/CD documentation', url: 'https://docs.gitlab.com/ci/', kind: 'official' },
      {
        title: 'Martin Fowler: Continuous Integration',
        url: 'https://martinfowler.com/articles/continuousIntegration.html',
        kind: 'article',
      },
    ],
  },
  {
    id: 'docker-basics',
    stageId: 'testing-and-shipping',
    title: 'Docker basics',
    summary:
      'A container packages an app with all it needs, so it runs the same on every machine. Learn images and containers, write a Dockerfile, publish ports, keep data in volumes, keep images small.',
    why: 'Containers are how backends are developed locally, tested in CI and shipped to production.',
    kind: 'skill',
    tier: 'core',
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
      'Compose describes several containers, such as your app, PostgreSQL and Redis, in one YAML file and starts them with one command. Learn services, networks, volumes, env files, health checks.',
    why: 'Every developer gets the same working stack in minutes; handy for integration tests too.',
    kind: 'skill',
    tier: 'core',
    hours: 5,
    prerequisites: ['docker-basics'],
    resources: [{ title: 'Docker Compose documentation', url: 'https://docs.docker.com/compose/', kind: 'official' }],
  },
  {
    id: 'containers-vs-vms',
    stageId: 'testing-and-shipping',
    title: 'Containers and virtual machines',
    summary:
      "A virtual machine emulates a computer with its own kernel; a container is isolated processes sharing the host's kernel, so it starts fast and uses less memory. LXC containers run a whole system.",
    why: 'VM, container or both is part of every deployment choice, and shows what Docker isolates.',
    kind: 'skill',
    tier: 'recommended',
    hours: 3,
    prerequisites: ['docker-basics'],
    resources: [
      {
        title: 'Docker: What is a container?',
        url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/',
        kind: 'official',
      },
      { title: 'LXC: Introduction', url: 'https://linuxcontainers.org/lxc/introduction/', kind: 'official' },
    ],
  },
  {
    id: 'nginx',
    stageId: 'testing-and-shipping',
    title: 'Nginx',
    summary:
      'Nginx is a fast web server often put in front of applications. Learn its configuration, server blocks, static files, compression, HTTPS certificates, and its access and error logs.',
    why: 'Nginx sits in front of a large share of the web, so you will configure or debug it sooner or later.',
    kind: 'skill',
    tier: 'recommended',
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
      'Apache httpd is a long-standing web server, still common with PHP and shared hosting. Learn virtual hosts, modules and .htaccess. On Windows, Microsoft IIS plays the same role for ASP.NET.',
    kind: 'skill',
    tier: 'optional',
    hours: 4,
    prerequisites: ['http-basics', 'terminal-basics'],
    resources: [
      { title: 'Apache HTTP Server documentation', url: 'https://httpd.apache.org/docs/', kind: 'official' },
      {
        title: 'Apache: Getting started',
        url: 'https://httpd.apache.org/docs/current/getting-started.html',
        kind: 'official',
      },
    ],
  },
  {
    id: 'caddy',
    stageId: 'testing-and-shipping',
    title: 'Caddy',
    summary:
      'Caddy is a modern web server with a short configuration format that gets and renews HTTPS certificates by itself: a quick way to serve a site or put HTTPS in front of an app.',
    kind: 'skill',
    tier: 'optional',
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
      "A reverse proxy receives requests from the internet and forwards them to your app servers. It can terminate TLS, compress and cache responses, limit request sizes, pass on the client's IP.",
    why: 'Nearly every production backend sits behind one; many header and timeout bugs start there.',
    kind: 'skill',
    tier: 'recommended',
    hours: 5,
    prerequisites: ['nginx'],
    resources: [
      {
        title: 'NGINX docs: Reverse proxy',
        url: 'https://docs.nginx.com/nginx/admin-guide/web-server/reverse-proxy/',
        kind: 'official',
      },
      {
        title: 'Caddy: Reverse proxy quick-start',
        url: 'https://caddyserver.com/docs/quick-starts/reverse-proxy',
        kind: 'official',
      },
      {
        title: 'Cloudflare: What is a reverse proxy?',
        url: 'https://www.cloudflare.com/learning/cdn/glossary/reverse-proxy/',
        kind: 'article',
      },
    ],
  },
  {
    id: 'environment-config',
    stageId: 'testing-and-shipping',
    title: 'Configuration and environment variables',
    summary:
      'Keep settings that differ between development, testing and production (database URLs, ports, feature flags) out of code. Read them from environment variables, check them at startup.',
    why: 'The same build runs anywhere, and a missing setting fails at startup, not at 3 a.m.',
    kind: 'skill',
    tier: 'core',
    hours: 3,
    prerequisites: ['secrets-management', 'terminal-basics'],
    resources: [{ title: 'The Twelve-Factor App: Config', url: 'https://12factor.net/config', kind: 'official' }],
  },
  {
    id: 'twelve-factor',
    stageId: 'testing-and-shipping',
    title: 'The twelve-factor app',
    summary:
      'The twelve-factor app: principles for services that deploy cleanly, such as one codebase, declared dependencies, config in the environment, stateless processes, logs as event streams.',
    why: 'Cloud platforms and container tools assume these rules; following them saves friction.',
    kind: 'skill',
    tier: 'recommended',
    hours: 4,
    prerequisites: ['environment-config', 'git-basics'],
    resources: [{ title: 'The Twelve-Factor App', url: 'https://12factor.net/', kind: 'official' }],
  },
  {
    id: 'deploy-to-cloud',
    stageId: 'testing-and-shipping',
    title: 'Deploying to a cloud platform',
    summary:
      'Put a backend online with a platform such as Render, Fly.io or Heroku, or a cloud such as AWS: a managed database, environment variables, a domain with HTTPS, migrations on release, rollback.',
    why: 'An API helps no one until it runs somewhere reliable, and employers want to see you can do it.',
    kind: 'skill',
    tier: 'core',
    hours: 10,
    prerequisites: ['docker-basics', 'environment-config', 'hosting-basics', 'migrations'],
    resources: [
      { title: 'Render documentation', url: 'https://render.com/docs', kind: 'official' },
      { title: 'Fly.io documentation', url: 'https://fly.io/docs/', kind: 'official' },
    ],
  },
  {
    id: 'zero-downtime-deploys',
    stageId: 'testing-and-shipping',
    title: 'Zero-downtime deployments: rolling, blue/green and canary',
    summary:
      'Release without users noticing: rolling updates replace instances a few at a time, blue/green switches between two environments, canaries go to a few users first. Migrations must suit old and new code.',
    why: 'Teams deploy many times a day; releases that drop requests or need downtime are not acceptable.',
    kind: 'skill',
    tier: 'recommended',
    hours: 4,
    prerequisites: ['deploy-to-cloud', 'reverse-proxy'],
    resources: [
      {
        title: 'Kubernetes: Deployments and rolling updates',
        url: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/',
        kind: 'official',
      },
      {
        title: 'Martin Fowler: Blue Green Deployment',
        url: 'https://martinfowler.com/bliki/BlueGreenDeployment.html',
        kind: 'article',
      },
      {
        title: 'Danilo Sato: Canary Release',
        url: 'https://martinfowler.com/bliki/CanaryRelease.html',
        kind: 'article',
      },
    ],
  },
  {
    id: 'logging',
    stageId: 'testing-and-shipping',
    title: 'Logging',
    summary:
      'Logs record what your app did. Learn log levels, structured (JSON) logs, request IDs that follow a request through the system, writing to standard output, and never logging passwords or tokens.',
    why: 'When something breaks in production, good logs are often the only way to find out what happened.',
    kind: 'skill',
    tier: 'core',
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
      'Monitoring collects numbers over time (request rate, errors, latency, memory), shows them on dashboards and alerts when they look wrong. Learn Prometheus-style metrics, health checks, good alerts.',
    why: 'Metrics tell you a service is unhealthy before users do, and whether a change helped.',
    kind: 'skill',
    tier: 'recommended',
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
      'Observability is answering new questions about a running system from its telemetry: logs, metrics and traces. A trace follows one request across services; OpenTelemetry instrumentation is the standard.',
    why: 'Once a request crosses services, traces show fastest where time goes and where errors start.',
    kind: 'skill',
    tier: 'recommended',
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
      'In your chosen language, build a service that turns long URLs into short codes, redirects visitors and counts visits. Run it with Docker Compose, add integration tests, deploy it through CI.',
    why: 'It is a small product taken all the way from code to a tested, deployed, monitored service.',
    kind: 'project',
    tier: 'core',
    hours: 15,
    prerequisites: [
      'rest-apis',
      'indexes',
      'docker-compose',
      'integration-testing',
      'ci-cd',
      'deploy-to-cloud',
      ...trackStep('web'),
      ...trackStep('data'),
      ...trackStep('tests'),
    ],
    resources: [
      {
        title: 'MDN: Redirections in HTTP',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Redirections',
        kind: 'official',
      },
      {
        title: 'roadmap.sh project: URL Shortening Service',
        url: 'https://roadmap.sh/projects/url-shortening-service',
        kind: 'article',
      },
    ],
  },
  {
    id: 'project-caching-proxy',
    stageId: 'testing-and-shipping',
    title: 'Build a caching proxy',
    summary:
      'In your chosen language, build a command-line tool that starts a proxy in front of another site, caches its responses, adds a header saying whether a reply came from the cache, and clears the cache.',
    why: 'Writing a proxy yourself makes HTTP headers, caching and reverse proxies concrete.',
    kind: 'project',
    tier: 'recommended',
    hours: 12,
    prerequisites: ['http-caching', 'reverse-proxy', 'unit-testing', ...trackStep('web'), ...trackStep('tests')],
    resources: [
      {
        title: 'MDN: Proxy servers and tunneling',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Proxy_servers_and_tunneling',
        kind: 'official',
      },
      {
        title: 'roadmap.sh project: Caching Proxy',
        url: 'https://roadmap.sh/projects/caching-server',
        kind: 'article',
      },
    ],
  },
];
