import type { Milestone } from '../../domain/types';

/** The C# track: from a first console program to ASP.NET Core with Entity Framework Core. */
export const csharpTrack: readonly Milestone[] = [
  {
    id: 'csharp-setup',
    stageId: 'server-language',
    title: 'Installing .NET and a first C# program',
    summary:
      'Install the .NET SDK, create a console app with dotnet new console, run it with dotnet run, and set up Visual Studio, VS Code with the C# extension, or Rider.',
    why: 'The .NET SDK compiles and runs every C# program and web app you will write.',
    kind: 'skill',
    tier: 'core',
    hours: 2,
    prerequisites: ['terminal-basics'],
    resources: [
      { title: 'Install .NET', url: 'https://learn.microsoft.com/en-us/dotnet/core/install/', kind: 'official' },
      { title: 'C# documentation', url: 'https://learn.microsoft.com/en-us/dotnet/csharp/', kind: 'official' },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-basics',
    stageId: 'server-language',
    title: 'C# syntax and basics',
    summary:
      'Learn built-in types, var, strings and interpolation, if, switch expressions and pattern matching, loops, methods and arrays.',
    why: 'These basics appear in every line of C#, from console tools to web controllers.',
    kind: 'skill',
    tier: 'core',
    hours: 10,
    prerequisites: ['csharp-setup'],
    resources: [
      {
        title: 'A tour of the C# language',
        url: 'https://learn.microsoft.com/en-us/dotnet/csharp/tour-of-csharp/',
        kind: 'official',
      },
      {
        title: 'C# fundamentals: General structure of a program',
        url: 'https://learn.microsoft.com/en-us/dotnet/csharp/fundamentals/program-structure/',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-types-oop',
    stageId: 'server-language',
    title: 'C# classes, records and interfaces',
    summary:
      "Learn C#'s type system: value and reference types, classes and structs, properties, records, interfaces, inheritance, and generic types and methods.",
    why: 'ASP.NET Core apps are built from classes and interfaces wired together through dependency injection.',
    kind: 'skill',
    tier: 'core',
    hours: 10,
    prerequisites: ['csharp-basics'],
    resources: [
      {
        title: 'C# fundamentals: The C# type system',
        url: 'https://learn.microsoft.com/en-us/dotnet/csharp/fundamentals/types/',
        kind: 'official',
      },
      {
        title: 'C# fundamentals: Object-oriented programming',
        url: 'https://learn.microsoft.com/en-us/dotnet/csharp/fundamentals/object-oriented/',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-collections-linq',
    stageId: 'server-language',
    title: 'C# collections and LINQ',
    summary:
      'Store data in List, Dictionary and HashSet, write lambdas, and filter, sort, group and transform collections with LINQ queries.',
    why: 'LINQ is used everywhere in C# code, including database queries through Entity Framework Core.',
    kind: 'skill',
    tier: 'core',
    hours: 6,
    prerequisites: ['csharp-types-oop'],
    resources: [
      {
        title: 'Language Integrated Query (LINQ)',
        url: 'https://learn.microsoft.com/en-us/dotnet/csharp/linq/',
        kind: 'official',
      },
      {
        title: '.NET: Collections and data structures',
        url: 'https://learn.microsoft.com/en-us/dotnet/standard/collections/',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-nullable-exceptions',
    stageId: 'server-language',
    title: 'C# nullable reference types and exceptions',
    summary:
      'Let the compiler warn you about possible null values with nullable reference types and the ?. and ?? operators, handle failures with try, catch and finally, and clean up with using.',
    why: 'Null errors and unhandled exceptions are top causes of failed requests in .NET services.',
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['csharp-types-oop'],
    resources: [
      {
        title: 'C#: Nullable reference types',
        url: 'https://learn.microsoft.com/en-us/dotnet/csharp/nullable-references',
        kind: 'official',
      },
      {
        title: 'C# fundamentals: Exceptions and exception handling',
        url: 'https://learn.microsoft.com/en-us/dotnet/csharp/fundamentals/exceptions/',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-dotnet-cli',
    stageId: 'server-language',
    title: 'The dotnet CLI and NuGet',
    summary:
      'Organise code into projects and solutions, read a .csproj file, add packages from NuGet with dotnet add package, and build, test and publish from the command line.',
    why: 'The dotnet CLI and NuGet are how every .NET project is built, shared and deployed, including in CI.',
    kind: 'skill',
    tier: 'core',
    hours: 3,
    prerequisites: ['csharp-basics'],
    resources: [
      { title: '.NET CLI overview', url: 'https://learn.microsoft.com/en-us/dotnet/core/tools/', kind: 'official' },
      { title: 'NuGet documentation', url: 'https://learn.microsoft.com/en-us/nuget/', kind: 'official' },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-analyzers',
    stageId: 'server-language',
    title: '.NET analyzers and C# code style',
    summary:
      'Turn on the built-in .NET code analyzers, set style rules in an .editorconfig file, format code with dotnet format, and treat important warnings as errors.',
    why: 'Analyzers catch bugs and keep a shared C# codebase consistent without manual review effort.',
    kind: 'skill',
    tier: 'recommended',
    hours: 2,
    prerequisites: ['csharp-dotnet-cli', 'csharp-nullable-exceptions'],
    resources: [
      {
        title: '.NET code analysis overview',
        url: 'https://learn.microsoft.com/en-us/dotnet/fundamentals/code-analysis/overview',
        kind: 'official',
      },
      {
        title: 'dotnet format',
        url: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-format',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-cli-project',
    stageId: 'server-language',
    title: 'Project: a C# console task tracker',
    summary:
      'Build a console app that adds, lists, updates and completes tasks saved as JSON with System.Text.Json, using records, LINQ and nullable reference types. Add xUnit tests later.',
    why: 'A finished program proves you can combine the language and its tooling before adding a web framework.',
    kind: 'project',
    tier: 'core',
    hours: 8,
    prerequisites: ['csharp-collections-linq', 'git-basics', 'csharp-dotnet-cli'],
    resources: [
      {
        title: '.NET: JSON serialization with System.Text.Json',
        url: 'https://learn.microsoft.com/en-us/dotnet/standard/serialization/system-text-json/overview',
        kind: 'official',
      },
      {
        title: 'roadmap.sh project idea: Task tracker',
        url: 'https://roadmap.sh/projects/task-tracker',
        kind: 'article',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-async',
    stageId: 'server-language',
    title: 'C# async/await and Tasks',
    summary:
      'Write asynchronous methods that return Task, await I/O without blocking a thread, run work side by side with Task.WhenAll, pass cancellation tokens, and avoid blocking calls such as .Result.',
    why: 'ASP.NET Core and EF Core are async throughout; blocking calls can starve a server of threads.',
    kind: 'skill',
    tier: 'core',
    hours: 5,
    prerequisites: ['csharp-collections-linq', 'csharp-nullable-exceptions'],
    resources: [
      {
        title: 'C#: Asynchronous programming with async and await',
        url: 'https://learn.microsoft.com/en-us/dotnet/csharp/asynchronous-programming/',
        kind: 'official',
      },
      {
        title: '.NET: Task-based asynchronous programming',
        url: 'https://learn.microsoft.com/en-us/dotnet/standard/parallel-programming/task-based-asynchronous-programming',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-http',
    stageId: 'server-language',
    title: 'HTTP requests and responses in .NET',
    summary:
      'Start from an empty ASP.NET Core app and handle requests by hand through HttpContext: method, path, headers, body, status codes, JSON. Call other services with HttpClient.',
    why: 'The raw request pipeline makes routing, middleware and model binding easy to understand.',
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['csharp-async', 'http-basics'],
    resources: [
      {
        title: 'ASP.NET Core middleware',
        url: 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/middleware/',
        kind: 'official',
      },
      {
        title: '.NET: Make HTTP requests with HttpClient',
        url: 'https://learn.microsoft.com/en-us/dotnet/fundamentals/networking/http/httpclient',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-aspnet-core',
    stageId: 'server-language',
    title: 'ASP.NET Core',
    summary:
      'Build APIs and apps with ASP.NET Core: minimal APIs and controllers, routing, dependency injection, configuration, middleware, model binding and validation, Razor Pages for server-rendered pages.',
    why: "ASP.NET Core is C#'s standard web framework and one of the fastest mainstream ones.",
    kind: 'skill',
    tier: 'core',
    hours: 25,
    prerequisites: ['csharp-http', 'csharp-dotnet-cli', 'http-basics'],
    resources: [
      { title: 'ASP.NET Core documentation', url: 'https://learn.microsoft.com/en-us/aspnet/core/', kind: 'official' },
      {
        title: 'Tutorial: Create a minimal API with ASP.NET Core',
        url: 'https://learn.microsoft.com/en-us/aspnet/core/tutorials/min-web-api',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-logging-debugging',
    stageId: 'server-language',
    title: 'Logging and debugging in .NET',
    summary:
      'Log through ILogger with levels and structured message templates, configure log output per environment, and step through code with the debugger in your IDE.',
    why: 'Structured logs and a debugger are how you find out what went wrong in a running .NET service.',
    kind: 'skill',
    tier: 'recommended',
    hours: 3,
    prerequisites: ['csharp-aspnet-core'],
    resources: [
      {
        title: 'Logging in .NET Core and ASP.NET Core',
        url: 'https://learn.microsoft.com/en-us/aspnet/core/fundamentals/logging/',
        kind: 'official',
      },
      {
        title: '.NET: Logging in C# and .NET',
        url: 'https://learn.microsoft.com/en-us/dotnet/core/extensions/logging',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-ef-core',
    stageId: 'data-skills',
    title: 'Entity Framework Core',
    summary:
      'Map classes to tables with a DbContext, query with LINQ, save changes, define relationships, and evolve the schema with migrations. For hand-written SQL, learn parameterised queries too.',
    why: 'Entity Framework Core is how most ASP.NET Core apps read and write their relational data.',
    kind: 'skill',
    tier: 'core',
    hours: 10,
    prerequisites: ['csharp-async', 'csharp-collections-linq', 'sql-basics'],
    resources: [
      {
        title: 'Entity Framework Core documentation',
        url: 'https://learn.microsoft.com/en-us/ef/core/',
        kind: 'official',
      },
      {
        title: 'Getting started with EF Core',
        url: 'https://learn.microsoft.com/en-us/ef/core/get-started/overview/first-app',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-aspnet-identity',
    stageId: 'apis-and-security',
    title: 'ASP.NET Core Identity: sign-up and login',
    summary:
      "Use ASP.NET Core Identity, the framework's membership system, to register users, hash passwords, sign them in with a cookie or bearer token, and protect endpoints with policies.",
    why: 'Identity is how ASP.NET Core apps store accounts and check callers; teams expect it.',
    kind: 'skill',
    tier: 'core',
    hours: 6,
    prerequisites: ['csharp-aspnet-core', 'csharp-ef-core', 'auth-basics', 'password-hashing', 'tokens-and-jwt'],
    resources: [
      {
        title: 'ASP.NET Core: Introduction to Identity',
        url: 'https://learn.microsoft.com/en-us/aspnet/core/security/authentication/identity',
        kind: 'official',
      },
      {
        title: 'ASP.NET Core: Use Identity to secure a Web API backend',
        url: 'https://learn.microsoft.com/en-us/aspnet/core/security/authentication/identity-api-authorization',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
  {
    id: 'csharp-testing',
    stageId: 'testing-and-shipping',
    title: 'Testing C# with xUnit',
    summary:
      'Create a test project, write facts and theories with xUnit, replace dependencies with simple fakes, and run everything with dotnet test.',
    why: 'Automated tests are expected in .NET teams and let you change server code with confidence.',
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['csharp-dotnet-cli', 'csharp-nullable-exceptions', 'testing-basics', 'unit-testing'],
    resources: [
      { title: 'xUnit.net', url: 'https://xunit.net/', kind: 'official' },
      {
        title: '.NET: Testing in .NET',
        url: 'https://learn.microsoft.com/en-us/dotnet/core/testing/',
        kind: 'official',
      },
    ],
    languages: ['csharp'],
  },
];
