import type { Milestone } from '../../domain/types';

/** The Go track: from a first program to web services with net/http, Gin or Echo. */
export const goTrack: readonly Milestone[] = [
  {
    id: 'go-setup',
    stageId: 'server-language',
    title: 'Installing Go and writing a first program',
    summary:
      'Install Go, write a package main with a main function, and use go run to try it and go build to turn it into a single program file you can ship.',
    why: 'Go compiles to one self-contained binary, which is a big part of why it is popular for servers and tools.',
    kind: 'skill',
    hours: 2,
    prerequisites: ['terminal-basics'],
    resources: [
      { title: 'Go: Download and install', url: 'https://go.dev/doc/install', kind: 'official' },
      { title: 'Go tutorial: Get started with Go', url: 'https://go.dev/doc/tutorial/getting-started', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-basics',
    stageId: 'server-language',
    title: 'Go syntax and basics',
    summary:
      'Learn variables and short declarations, basic types and constants, if, for and switch, functions with several return values, pointers, and defer.',
    why: "Go is deliberately small, so these basics cover most of what you will read in real Go code.",
    kind: 'skill',
    hours: 8,
    prerequisites: ['go-setup'],
    resources: [
      { title: 'Effective Go', url: 'https://go.dev/doc/effective_go', kind: 'official' },
      { title: 'A Tour of Go', url: 'https://go.dev/tour/', kind: 'interactive' },
      { title: 'Go by Example', url: 'https://gobyexample.com/', kind: 'article' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-slices-maps-structs',
    stageId: 'server-language',
    title: 'Go slices, maps and structs',
    summary:
      'Work with arrays and slices (and how append grows them), key-value maps, and structs that group related fields, looping over them with range.',
    why: 'Slices, maps and structs are how every Go program holds request data, results and configuration.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['go-basics'],
    resources: [
      { title: 'Go blog: Go slices, usage and internals', url: 'https://go.dev/blog/slices-intro', kind: 'official' },
      { title: 'Go blog: Go maps in action', url: 'https://go.dev/blog/maps', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-interfaces',
    stageId: 'server-language',
    title: 'Go methods, interfaces and generics',
    summary:
      "Attach methods to your own types, use interfaces that types satisfy without declaring it, compose types by embedding instead of inheritance, and write generic functions with type parameters.",
    why: "Interfaces are how Go code stays flexible and testable, and the standard library's HTTP and I/O packages are built on them.",
    kind: 'skill',
    hours: 6,
    prerequisites: ['go-slices-maps-structs'],
    resources: [
      { title: 'Effective Go: Interfaces and other types', url: 'https://go.dev/doc/effective_go#interfaces_and_types', kind: 'official' },
      { title: 'A Tour of Go: Methods and interfaces', url: 'https://go.dev/tour/methods/1', kind: 'interactive' },
      { title: 'Go tutorial: Getting started with generics', url: 'https://go.dev/doc/tutorial/generics', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-errors',
    stageId: 'server-language',
    title: 'Go errors as values',
    summary:
      'Return errors as ordinary values and check them with if err != nil, add context by wrapping with %w, inspect them with errors.Is and errors.As, and keep panic for truly broken states.',
    why: 'Explicit error handling is central to Go style, and reviewers expect every error to be handled or passed on with context.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['go-interfaces'],
    resources: [
      { title: 'Go tutorial: Return and handle an error', url: 'https://go.dev/doc/tutorial/handle-errors', kind: 'official' },
      { title: 'Go blog: Working with errors in Go 1.13', url: 'https://go.dev/blog/go1.13-errors', kind: 'official' },
      { title: 'Go package errors', url: 'https://pkg.go.dev/errors', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-modules',
    stageId: 'server-language',
    title: 'Go modules and packages',
    summary:
      'Start a project with go mod init, organise code into packages, export names by capitalising them, add dependencies with go get, and understand go.mod and go.sum.',
    why: 'Modules are how every Go project declares and locks its dependencies.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['go-basics'],
    resources: [
      { title: 'Go: Managing dependencies', url: 'https://go.dev/doc/modules/managing-dependencies', kind: 'official' },
      { title: 'Go tutorial: Create a Go module', url: 'https://go.dev/doc/tutorial/create-module', kind: 'official' },
      { title: 'pkg.go.dev, the Go package index', url: 'https://pkg.go.dev/', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-tooling',
    stageId: 'server-language',
    title: 'gofmt, go vet and staticcheck',
    summary:
      'Format every file the standard way with gofmt, find suspicious code with go vet, and add a deeper linter such as staticcheck.',
    why: 'All Go code looks the same thanks to gofmt, and these checks are run in almost every Go project before code is merged.',
    kind: 'skill',
    hours: 2,
    prerequisites: ['go-modules'],
    resources: [
      { title: 'Go command gofmt', url: 'https://pkg.go.dev/cmd/gofmt', kind: 'official' },
      { title: 'Go command vet', url: 'https://pkg.go.dev/cmd/vet', kind: 'official' },
      { title: 'Staticcheck documentation', url: 'https://staticcheck.dev/docs/', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-testing',
    stageId: 'server-language',
    title: 'Testing Go code with go test',
    summary:
      'Write tests in _test.go files with the testing package, use table-driven tests and subtests, test HTTP handlers with httptest, and check coverage and benchmarks.',
    why: 'Testing is built into the Go toolchain, and Go teams expect table-driven tests with every change.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['go-errors', 'go-modules', 'testing-basics'],
    resources: [
      { title: 'Go tutorial: Add a test', url: 'https://go.dev/doc/tutorial/add-a-test', kind: 'official' },
      { title: 'Go package testing', url: 'https://pkg.go.dev/testing', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-cli-project',
    stageId: 'server-language',
    title: 'Project: a command-line tool in Go',
    summary:
      'Build a task tracker or expense tracker for the terminal with the flag package, JSON storage through encoding/json, proper error messages and tests, shipped as a single binary.',
    why: "Command-line tools are one of Go's strongest uses, and finishing one proves you can combine its types, errors and packages.",
    kind: 'project',
    hours: 8,
    prerequisites: ['go-errors', 'go-modules', 'go-testing', 'git-basics'],
    resources: [
      { title: 'Go package flag', url: 'https://pkg.go.dev/flag', kind: 'official' },
      { title: 'Go by Example: Command-line flags', url: 'https://gobyexample.com/command-line-flags', kind: 'article' },
      { title: 'roadmap.sh project idea: Task tracker', url: 'https://roadmap.sh/projects/task-tracker', kind: 'article' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-concurrency',
    stageId: 'server-language',
    title: 'Goroutines, channels and context in Go',
    summary:
      'Run work concurrently with goroutines, pass data between them with channels and select, wait with sync.WaitGroup, protect shared data with a mutex, cancel work with context, and find bugs with the race detector.',
    why: "Go's HTTP server runs each request in its own goroutine, so safe concurrency is part of every Go backend.",
    kind: 'skill',
    hours: 8,
    prerequisites: ['go-interfaces', 'go-errors'],
    resources: [
      { title: 'Effective Go: Concurrency', url: 'https://go.dev/doc/effective_go#concurrency', kind: 'official' },
      { title: 'A Tour of Go: Concurrency', url: 'https://go.dev/tour/concurrency/1', kind: 'interactive' },
      { title: 'Go package context', url: 'https://pkg.go.dev/context', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-net-http',
    stageId: 'server-language',
    title: "HTTP servers with Go's net/http",
    summary:
      'Write handlers, route requests with ServeMux and its method and path patterns, read and write JSON, add middleware by wrapping handlers, and set server timeouts.',
    why: "Go's standard library is enough for production web services, and every Go framework builds on it.",
    kind: 'skill',
    hours: 6,
    prerequisites: ['go-concurrency', 'http-basics'],
    resources: [
      { title: 'Go package net/http', url: 'https://pkg.go.dev/net/http', kind: 'official' },
      { title: 'Go: Writing web applications', url: 'https://go.dev/doc/articles/wiki/', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-gin-echo',
    stageId: 'server-language',
    title: 'Gin or Echo for Go web APIs',
    summary:
      'Try a popular Go web framework, Gin or Echo, for routing groups, request binding and validation, middleware and JSON responses, and compare it with plain net/http.',
    why: 'Many Go teams use Gin or Echo for APIs, and knowing one makes their codebases familiar.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['go-net-http', 'http-basics'],
    resources: [
      { title: 'Go tutorial: Developing a RESTful API with Go and Gin', url: 'https://go.dev/doc/tutorial/web-service-gin', kind: 'official' },
      { title: 'Gin documentation', url: 'https://gin-gonic.com/en/docs/', kind: 'official' },
      { title: 'Echo documentation', url: 'https://echo.labstack.com/docs', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-databases',
    stageId: 'server-language',
    title: 'Go databases with database/sql and pgx',
    summary:
      'Open a connection pool with database/sql, run queries with placeholders and a context, scan rows into structs, use transactions, and use pgx for PostgreSQL.',
    why: 'Go backends usually talk to SQL directly or through thin layers, so these packages are the foundation of data access.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['go-concurrency', 'sql-basics'],
    resources: [
      { title: 'Go tutorial: Accessing a relational database', url: 'https://go.dev/doc/tutorial/database-access', kind: 'official' },
      { title: 'Go package database/sql', url: 'https://pkg.go.dev/database/sql', kind: 'official' },
      { title: 'pgx: PostgreSQL driver and toolkit for Go', url: 'https://github.com/jackc/pgx', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-logging-debugging',
    stageId: 'server-language',
    title: 'Logging and debugging in Go',
    summary:
      'Write structured logs with the standard log/slog package, step through code with the Delve debugger, and profile CPU and memory with pprof.',
    why: 'Structured logs and profiles are how you understand a Go service that misbehaves in production.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['go-net-http'],
    resources: [
      { title: 'Go package log/slog', url: 'https://pkg.go.dev/log/slog', kind: 'official' },
      { title: 'Delve debugger', url: 'https://github.com/go-delve/delve', kind: 'official' },
    ],
    languages: ['go'],
  },
  {
    id: 'go-api-project',
    stageId: 'server-language',
    title: 'Project: a REST API in Go with PostgreSQL',
    summary:
      'Build a URL shortener or todo list API with net/http or Gin, PostgreSQL through pgx, user login, validation, structured logs, graceful shutdown and tests.',
    why: 'A complete service with a database, authentication and tests is the clearest proof that you are ready for Go backend work.',
    kind: 'project',
    hours: 25,
    prerequisites: ['go-gin-echo', 'go-databases', 'go-testing', 'go-logging-debugging', 'rest-apis', 'auth-basics'],
    resources: [
      { title: 'Go package net/http', url: 'https://pkg.go.dev/net/http', kind: 'official' },
      { title: 'roadmap.sh project idea: Todo list API', url: 'https://roadmap.sh/projects/todo-list-api', kind: 'article' },
    ],
    languages: ['go'],
  },
];
