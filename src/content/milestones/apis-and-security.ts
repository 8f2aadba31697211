import type { Milestone } from '../../domain/types';
import { trackStep } from '../track-steps';

/**
 * APIs and security: REST and JSON, other API styles, authentication and keeping a server safe.
 * Prerequisites come before the milestones that need them.
 */
export const apisAndSecurityMilestones: readonly Milestone[] = [
  {
    id: 'rest-apis',
    stageId: 'apis-and-security',
    title: 'REST APIs',
    summary:
      'REST designs web APIs around resources such as /users/42, used with HTTP methods and status codes. Name endpoints well, keep requests self-contained; links to next actions (HATEOAS) are rare.',
    why: 'REST over HTTP is how most backends expose data: clear endpoints are central to the job.',
    kind: 'skill',
    tier: 'core',
    hours: 12,
    prerequisites: ['http-basics'],
    resources: [
      {
        title: 'Roy Fielding: Representational State Transfer (dissertation, chapter 5)',
        url: 'https://ics.uci.edu/~fielding/pubs/dissertation/rest_arch_style.htm',
        kind: 'article',
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
      'JSON is the format most APIs use for request and response bodies. Learn its rules, consistent field names, content types, error responses, and conventions such as JSON:API and Problem Details.',
    why: 'Predictable JSON makes your API easy to consume and its errors easy to handle.',
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['rest-apis', 'js-basics'],
    resources: [
      {
        title: 'RFC 8259: The JSON data interchange format',
        url: 'https://datatracker.ietf.org/doc/html/rfc8259',
        kind: 'official',
      },
      {
        title: 'RFC 9457: Problem Details for HTTP APIs',
        url: 'https://datatracker.ietf.org/doc/html/rfc9457',
        kind: 'official',
      },
      { title: 'JSON:API specification', url: 'https://jsonapi.org/', kind: 'official' },
    ],
  },
  {
    id: 'api-pagination-versioning',
    stageId: 'apis-and-security',
    title: 'Pagination, filtering and versioning',
    summary:
      'Large collections come one page at a time, by offset or cursor; clients filter and sort with query parameters. Versioning lets an API change without breaking the clients that use it.',
    why: 'These choices decide whether your API stays fast and usable as data and clients grow.',
    kind: 'skill',
    tier: 'core',
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
      'OpenAPI describes a REST API in a YAML or JSON file: paths, parameters, request bodies and responses. Tools turn that file into documentation, client code and tests.',
    why: 'A written contract lets other teams build against your API while you keep changing it.',
    kind: 'skill',
    tier: 'recommended',
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
      'Treat every input as untrusted: bodies, query strings, headers, files. Check types, lengths, formats and allowed values at the edge, use parameterized SQL queries, answer with clear 400 errors.',
    why: 'Validation stops injection attacks and bad data before they reach your database or other users.',
    kind: 'skill',
    tier: 'core',
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
      'Secrets are the passwords, API keys and signing keys your app needs. Keep them out of code and Git, pass them in by environment variables or a secrets manager, limit their access, rotate them.',
    why: 'Keys leaked in repositories are a top cause of breaches and of surprise cloud bills.',
    kind: 'skill',
    tier: 'core',
    hours: 3,
    prerequisites: ['git-basics'],
    resources: [
      {
        title: 'OWASP: Secrets Management Cheat Sheet',
        url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
        kind: 'official',
      },
      {
        title: 'GitHub Docs: Secret scanning',
        url: 'https://docs.github.com/en/code-security/secret-scanning',
        kind: 'official',
      },
    ],
  },
  {
    id: 'project-blogging-api',
    stageId: 'apis-and-security',
    title: 'Build a blogging platform API',
    summary:
      'In your chosen language, build a REST API (in Laravel, Django or Rails it may be a server-rendered site) to create, read, update, delete and search tagged blog posts in SQL, with validation and paging.',
    why: 'It is a complete first API over a real database, the everyday core of backend work.',
    kind: 'project',
    tier: 'core',
    hours: 15,
    prerequisites: [
      'rest-apis',
      'api-pagination-versioning',
      'input-validation',
      'relational-design',
      'postgresql',
      ...trackStep('web'),
      ...trackStep('data'),
    ],
    resources: [
      {
        title: 'RFC 9110: HTTP methods',
        url: 'https://datatracker.ietf.org/doc/html/rfc9110#name-methods',
        kind: 'official',
      },
      {
        title: 'roadmap.sh project: Blogging Platform API',
        url: 'https://roadmap.sh/projects/blogging-platform-api',
        kind: 'article',
      },
    ],
  },
  {
    id: 'project-weather-api',
    stageId: 'apis-and-security',
    title: 'Build a weather API wrapper with caching',
    summary:
      'In your chosen language, build an API that fetches weather from a third-party service, caches answers in Redis with an expiry, reads its API key from the environment, copes when the provider fails.',
    why: 'Calling other APIs safely and caching their answers is something almost every backend does.',
    kind: 'project',
    tier: 'recommended',
    hours: 10,
    prerequisites: ['rest-apis', 'server-side-caching', 'secrets-management', ...trackStep('web')],
    resources: [
      { title: 'Redis documentation', url: 'https://redis.io/docs/latest/', kind: 'official' },
      {
        title: 'roadmap.sh project: Weather API',
        url: 'https://roadmap.sh/projects/weather-api-wrapper-service',
        kind: 'article',
      },
    ],
  },
  {
    id: 'graphql',
    stageId: 'apis-and-security',
    title: 'GraphQL',
    summary:
      'GraphQL is a query language for APIs: the client asks a typed schema for exactly the fields it needs, often in one request. Learn schemas, queries, mutations, resolvers, and their caching costs.',
    why: 'Many companies offer GraphQL APIs beside or instead of REST, for apps with varied data needs.',
    kind: 'skill',
    tier: 'recommended',
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
      'gRPC lets services call each other like local functions. Messages are described in Protocol Buffers and sent compactly over HTTP/2, with streaming in either direction.',
    kind: 'skill',
    tier: 'optional',
    hours: 8,
    prerequisites: ['rest-apis'],
    resources: [
      { title: 'gRPC documentation', url: 'https://grpc.io/docs/', kind: 'official' },
      { title: 'Protocol Buffers documentation', url: 'https://protobuf.dev/', kind: 'official' },
    ],
  },
  {
    id: 'soap-web-services',
    stageId: 'apis-and-security',
    title: 'SOAP web services',
    summary:
      'SOAP is an older API style: XML envelopes described by a WSDL contract, still used by banks, payment and shipping providers and governments. Learn to read a WSDL and call a SOAP service.',
    kind: 'skill',
    tier: 'optional',
    hours: 3,
    prerequisites: ['rest-apis'],
    resources: [
      { title: 'W3C: SOAP Version 1.2 Primer', url: 'https://www.w3.org/TR/soap12-part0/', kind: 'official' },
    ],
  },
  {
    id: 'https-tls',
    stageId: 'apis-and-security',
    title: 'HTTPS and TLS',
    summary:
      "HTTPS is HTTP over TLS, which encrypts traffic and proves with a certificate that the server is who it claims to be. Learn how certificates are issued and renewed (free with Let's Encrypt).",
    why: 'Passwords, tokens and personal data must never cross the network as plain text.',
    kind: 'skill',
    tier: 'core',
    hours: 5,
    prerequisites: ['http-basics'],
    resources: [
      { title: 'RFC 8446: TLS 1.3', url: 'https://datatracker.ietf.org/doc/html/rfc8446', kind: 'official' },
      { title: "Let's Encrypt: How it works", url: 'https://letsencrypt.org/how-it-works/', kind: 'official' },
      {
        title: 'Cloudflare: What is HTTPS?',
        url: 'https://www.cloudflare.com/learning/ssl/what-is-https/',
        kind: 'article',
      },
    ],
  },
  {
    id: 'auth-basics',
    stageId: 'apis-and-security',
    title: 'Authentication and authorization basics',
    summary:
      'Authentication checks who a user is; authorization decides what they may do. Learn the ways to prove identity (passwords, sessions, tokens, single sign-on), role-based access, safe login flows.',
    why: 'Most backends hold private data, and broken access checks are among the worst security bugs.',
    kind: 'skill',
    tier: 'core',
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
    id: 'hashing-basics',
    stageId: 'apis-and-security',
    title: 'Hashing: SHA-256, and why MD5 is unsafe',
    summary:
      'A hash turns data into a short fixed-size fingerprint. SHA-256 checks that files were not changed and underlies HMAC and signatures. MD5 and SHA-1 are broken; fast hashes are wrong for passwords.',
    why: 'Checksums, signed tokens and webhooks rest on hashing; a broken or too-fast hash is a classic bug.',
    kind: 'skill',
    tier: 'core',
    hours: 3,
    prerequisites: ['https-tls'],
    resources: [
      {
        title: 'NIST FIPS 180-4: Secure Hash Standard',
        url: 'https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.180-4.pdf',
        kind: 'official',
      },
      {
        title: 'RFC 6151: Updated security considerations for MD5',
        url: 'https://datatracker.ietf.org/doc/html/rfc6151',
        kind: 'official',
      },
    ],
  },
  {
    id: 'basic-auth',
    stageId: 'apis-and-security',
    title: 'HTTP Basic authentication',
    summary:
      'Basic authentication sends a username and password, only base64-encoded, in the Authorization header of every request. Fine for internal tools over HTTPS, unsafe without it.',
    why: 'You meet it in internal services, webhooks and older APIs: know what it does not protect.',
    kind: 'skill',
    tier: 'recommended',
    hours: 2,
    prerequisites: ['auth-basics', 'https-tls'],
    resources: [
      {
        title: "RFC 7617: The 'Basic' HTTP Authentication Scheme",
        url: 'https://datatracker.ietf.org/doc/html/rfc7617',
        kind: 'official',
      },
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
      'Never store passwords. Store a slow, salted hash from a password hashing function such as Argon2id, scrypt or bcrypt, and compare hashes at login. SHA-256 and the like are far too fast for this.',
    why: "If your database leaks, proper hashing protects your users' other accounts.",
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['auth-basics', 'hashing-basics'],
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
      'After login the server creates a session and sets a cookie with its random ID, sent back on every request. Learn the Secure, HttpOnly and SameSite flags, expiry, logout, and CSRF defences.',
    why: 'Server-side sessions are a simple, robust way to keep users signed in to a web app.',
    kind: 'skill',
    tier: 'core',
    hours: 6,
    prerequisites: ['auth-basics'],
    resources: [
      {
        title: 'MDN: Using HTTP cookies',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Cookies',
        kind: 'official',
      },
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
      'Token authentication sends a credential in the Authorization header. A JSON Web Token (JWT) is a signed token with claims such as user ID and expiry. Learn to sign, verify, refresh and revoke them.',
    why: 'Tokens are the usual way mobile apps, single-page apps and other services authenticate to an API.',
    kind: 'skill',
    tier: 'core',
    hours: 6,
    prerequisites: ['auth-basics'],
    resources: [
      { title: 'RFC 7519: JSON Web Token', url: 'https://datatracker.ietf.org/doc/html/rfc7519', kind: 'official' },
      {
        title: 'JWT.io (by Auth0): Introduction to JSON Web Tokens',
        url: 'https://jwt.io/introduction',
        kind: 'article',
      },
    ],
  },
  {
    id: 'oauth-and-oidc',
    stageId: 'apis-and-security',
    title: 'OAuth 2.0 and OpenID Connect',
    summary:
      'OAuth 2.0 gives an app limited access to a user\'s data elsewhere without their password; OpenID Connect adds "Sign in with..." login. Learn the code flow with PKCE. SAML is the older XML way.',
    why: "Signing in with an existing account and calling APIs on a user's behalf both build on these.",
    kind: 'skill',
    tier: 'recommended',
    hours: 10,
    prerequisites: ['tokens-and-jwt', 'cookies-and-sessions', 'https-tls'],
    resources: [
      { title: 'OAuth 2.0', url: 'https://oauth.net/2/', kind: 'official' },
      {
        title: 'OpenID Foundation: How OpenID Connect works',
        url: 'https://openid.net/developers/how-connect-works/',
        kind: 'official',
      },
      { title: 'OAuth 2.0 Simplified', url: 'https://www.oauth.com/', kind: 'book' },
    ],
  },
  {
    id: 'project-todo-api',
    stageId: 'apis-and-security',
    title: 'Build a todo list API with user accounts',
    summary:
      'In your chosen language, build an API where people sign up, log in and manage only their own todos: hashed passwords, token authentication, input validation, pagination, database migrations.',
    why: 'Tying data to its owner and checking it on every request is the heart of most real apps.',
    kind: 'project',
    tier: 'core',
    hours: 15,
    prerequisites: [
      'rest-apis',
      'input-validation',
      'password-hashing',
      'tokens-and-jwt',
      'migrations',
      ...trackStep('web'),
      ...trackStep('data'),
      ...trackStep('login'),
    ],
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
      'Browsers stop a page reading responses from another origin unless that server allows it. Cross-Origin Resource Sharing (CORS) headers and the preflight request say which origins may.',
    why: 'CORS errors are among the first problems a frontend hits calling your API; too open is a risk.',
    kind: 'skill',
    tier: 'core',
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
      'Content Security Policy is a response header telling the browser which sources of scripts, styles, images and frames a page may load. A strict policy makes injected scripts hard to run.',
    why: 'It is a strong second line of defence against cross-site scripting in the pages your server sends.',
    kind: 'skill',
    tier: 'recommended',
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
      'The OWASP Top 10 lists the most critical web application security risks, such as broken access control, injection, cryptographic failures and misconfiguration. Learn each one in code.',
    why: 'It is the shared checklist of security reviewers and interviewers, and it maps onto backend code.',
    kind: 'skill',
    tier: 'core',
    hours: 8,
    prerequisites: ['input-validation', 'cookies-and-sessions', 'tokens-and-jwt'],
    resources: [
      { title: 'OWASP Top Ten', url: 'https://owasp.org/www-project-top-ten/', kind: 'official' },
      { title: 'OWASP Cheat Sheet Series', url: 'https://cheatsheetseries.owasp.org/', kind: 'official' },
      { title: 'PortSwigger Web Security Academy', url: 'https://portswigger.net/web-security', kind: 'interactive' },
    ],
  },
  {
    id: 'supply-chain-security',
    stageId: 'apis-and-security',
    title: 'Software supply chain security',
    summary:
      'Your server runs more code by others than by you. Pin versions with a lockfile, vet what you add, scan for known vulnerabilities (npm audit and the like), update often. OWASP 2025 ranks this A03.',
    why: 'One compromised or abandoned dependency can put an attacker in every server that installs it.',
    kind: 'skill',
    tier: 'core',
    hours: 3,
    prerequisites: ['owasp-top-ten', 'github-and-pull-requests'],
    resources: [
      {
        title: 'OWASP Top 10:2025 A03: Software Supply Chain Failures',
        url: 'https://owasp.org/Top10/2025/A03_2025-Software_Supply_Chain_Failures',
        kind: 'official',
      },
      { title: 'npm Docs: npm audit', url: 'https://docs.npmjs.com/cli/v11/commands/npm-audit/', kind: 'official' },
    ],
  },
  {
    id: 'server-hardening',
    stageId: 'apis-and-security',
    title: 'Server security basics',
    summary:
      'Harden a server: keep it patched, SSH keys only, no root login, a firewall with only the ports you need, services as unprivileged users, and tested backups: the basics of server security.',
    why: 'An app is only as safe as its machine, and servers are scanned within minutes of going online.',
    kind: 'skill',
    tier: 'recommended',
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
      "In your chosen language, build an API where signed-in users record expenses by category and filter them by period. Use JWTs with refresh tokens; no user may ever read another's expenses.",
    why: 'It adds token refresh, date filtering and careful access checks to the skills from your first APIs.',
    kind: 'project',
    tier: 'recommended',
    hours: 15,
    prerequisites: ['project-todo-api', 'owasp-top-ten', 'sql-joins-and-aggregates'],
    resources: [
      { title: 'RFC 7519: JSON Web Token', url: 'https://datatracker.ietf.org/doc/html/rfc7519', kind: 'official' },
      {
        title: 'roadmap.sh project: Expense Tracker API',
        url: 'https://roadmap.sh/projects/expense-tracker-api',
        kind: 'article',
      },
    ],
  },
];
