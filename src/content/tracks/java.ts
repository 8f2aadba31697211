import type { Milestone } from '../../domain/types';

/** The Java track: from a first program to Spring Boot services. */
export const javaTrack: readonly Milestone[] = [
  {
    id: 'java-setup',
    stageId: 'server-language',
    title: 'Installing the JDK and a first Java program',
    summary:
      'Install a current long-term-support JDK, compile and run a first class from the terminal, try snippets in jshell, and set up an IDE such as IntelliJ IDEA or VS Code.',
    why: 'Java code is compiled and run by the JDK, so you need it working before anything else.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['terminal-basics'],
    resources: [
      { title: 'dev.java: Getting started with Java', url: 'https://dev.java/learn/getting-started/', kind: 'official' },
      { title: 'dev.java: Learn Java', url: 'https://dev.java/learn/', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-basics',
    stageId: 'server-language',
    title: 'Java syntax and basics',
    summary:
      'Learn primitive types and strings, variables and var, operators, if, switch expressions and loops, arrays, and static methods.',
    why: 'Java is verbose but regular, and these basics appear in every class you will write.',
    kind: 'skill',
    hours: 12,
    prerequisites: ['java-setup'],
    resources: [
      { title: 'dev.java: Java language basics', url: 'https://dev.java/learn/language-basics/', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-oop',
    stageId: 'server-language',
    title: 'Object-oriented Java',
    summary:
      'Model programs with classes and objects: constructors, encapsulation, inheritance and interfaces, abstract classes, packages, and modern additions such as records, enums and sealed types.',
    why: 'Everything in Java lives in a class, and Spring applications are built from interfaces and objects wired together.',
    kind: 'skill',
    hours: 12,
    prerequisites: ['java-basics'],
    resources: [
      { title: 'dev.java: Classes and objects', url: 'https://dev.java/learn/classes-objects/', kind: 'official' },
      { title: 'dev.java: Learn Java', url: 'https://dev.java/learn/', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-collections-generics',
    stageId: 'server-language',
    title: 'Java collections and generics',
    summary:
      'Store data in List, Set and Map with implementations such as ArrayList and HashMap, iterate over them, write equals and hashCode correctly, and use generics for type-safe containers.',
    why: 'Collections hold nearly all data inside a Java service, and generics keep them type-safe.',
    kind: 'skill',
    hours: 6,
    prerequisites: ['java-oop'],
    resources: [
      { title: 'dev.java: The collections framework', url: 'https://dev.java/learn/api/collections-framework/', kind: 'official' },
      { title: 'dev.java: Generics', url: 'https://dev.java/learn/generics/', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-lambdas-streams',
    stageId: 'server-language',
    title: 'Java lambdas and the Stream API',
    summary:
      'Write short functions as lambdas and method references, filter, map and group collections with streams, and represent missing values with Optional.',
    why: 'Modern Java code and frameworks use lambdas and streams constantly to transform data.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['java-collections-generics'],
    resources: [
      { title: 'dev.java: Lambda expressions', url: 'https://dev.java/learn/lambdas/', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-exceptions',
    stageId: 'server-language',
    title: 'Java exceptions: checked and unchecked',
    summary:
      'Catch and throw exceptions, learn the difference between checked exceptions the compiler makes you handle and unchecked ones, close resources with try-with-resources, and write your own exception types.',
    why: 'Deciding where to handle failures, and how to report them to callers, is part of every Java backend feature.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['java-oop'],
    resources: [
      { title: 'dev.java: Exceptions', url: 'https://dev.java/learn/exceptions/', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-build-tools',
    stageId: 'server-language',
    title: 'Maven and Gradle',
    summary:
      'Create a project with the standard folder layout, declare dependencies from Maven Central in pom.xml, run the build lifecycle with Maven, and recognise the same ideas in Gradle.',
    why: 'Every real Java project is built, tested and packaged with Maven or Gradle.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['java-oop'],
    resources: [
      { title: 'Maven in 5 minutes', url: 'https://maven.apache.org/guides/getting-started/maven-in-five-minutes.html', kind: 'official' },
      { title: 'Gradle user manual', url: 'https://docs.gradle.org/current/userguide/userguide.html', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-code-quality',
    stageId: 'server-language',
    title: 'Java code style with Checkstyle and SpotBugs',
    summary:
      'Enforce a coding style with Checkstyle, find likely bugs such as null dereferences with SpotBugs, and run both as part of your Maven or Gradle build.',
    why: 'Automated checks keep a shared Java codebase consistent and catch bugs before they reach review.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['java-build-tools'],
    resources: [
      { title: 'Checkstyle documentation', url: 'https://checkstyle.org/', kind: 'official' },
      { title: 'SpotBugs', url: 'https://spotbugs.github.io/', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-testing',
    stageId: 'server-language',
    title: 'Testing Java with JUnit 5',
    summary:
      'Write tests with JUnit 5 annotations and assertions, run parameterised tests, replace dependencies with Mockito mocks, and run everything from Maven or Gradle.',
    why: 'JUnit is the standard test framework in Java teams, and Spring Boot testing builds on it.',
    kind: 'skill',
    hours: 5,
    prerequisites: ['java-build-tools', 'java-exceptions', 'testing-basics'],
    resources: [
      { title: 'JUnit 5 user guide', url: 'https://junit.org/junit5/docs/current/user-guide/', kind: 'official' },
      { title: 'Mockito', url: 'https://site.mockito.org/', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-cli-project',
    stageId: 'server-language',
    title: 'Project: a Java command-line expense tracker',
    summary:
      'Build a terminal app that adds, lists, deletes and summarises expenses saved to a file, using records, collections, streams and exceptions, built with Maven and covered by JUnit tests.',
    why: 'A finished program proves you can combine the language, the build tool and tests before adding a framework.',
    kind: 'project',
    hours: 10,
    prerequisites: ['java-lambdas-streams', 'java-exceptions', 'java-testing', 'git-basics'],
    resources: [
      { title: 'dev.java: Learn Java', url: 'https://dev.java/learn/', kind: 'official' },
      { title: 'roadmap.sh project idea: Expense tracker', url: 'https://roadmap.sh/projects/expense-tracker', kind: 'article' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-concurrency',
    stageId: 'server-language',
    title: 'Java threads and virtual threads',
    summary:
      'Run work in parallel with threads and ExecutorService, protect shared data with locks and concurrent collections, combine results with CompletableFuture, and handle many blocking tasks cheaply with virtual threads, final since Java 21.',
    why: 'Java servers handle many requests on many threads at once, so thread safety is part of everyday backend work.',
    kind: 'skill',
    hours: 8,
    prerequisites: ['java-lambdas-streams', 'java-exceptions'],
    resources: [
      { title: 'Java documentation: Virtual threads', url: 'https://docs.oracle.com/en/java/javase/21/core/virtual-threads.html', kind: 'official' },
      { title: 'The Java Tutorials: Concurrency', url: 'https://docs.oracle.com/javase/tutorial/essential/concurrency/', kind: 'official' },
      { title: 'JEP 444: Virtual threads', url: 'https://openjdk.org/jeps/444', kind: 'article' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-http',
    stageId: 'server-language',
    title: 'HTTP in plain Java',
    summary:
      'Serve a few routes with the HttpServer built into the JDK, read the method, path, headers and body, send status codes and JSON, and call other services with HttpClient.',
    why: 'Seeing raw requests and responses in Java makes it clear what Spring Boot does for you behind its annotations.',
    kind: 'skill',
    hours: 4,
    prerequisites: ['java-exceptions', 'java-collections-generics', 'http-basics'],
    resources: [
      { title: 'Java API: HttpServer', url: 'https://docs.oracle.com/en/java/javase/21/docs/api/jdk.httpserver/com/sun/net/httpserver/HttpServer.html', kind: 'official' },
      { title: 'Java API: HttpClient', url: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.net.http/java/net/http/HttpClient.html', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-spring-boot',
    stageId: 'server-language',
    title: 'Spring Boot',
    summary:
      'Build web services with Spring Boot: start a project with Spring Initializr, understand dependency injection, write REST controllers, validate input, handle errors, and configure the app per environment.',
    why: 'Spring Boot is the dominant Java backend framework and appears in a very large share of Java job listings.',
    kind: 'skill',
    hours: 30,
    prerequisites: ['java-build-tools', 'java-lambdas-streams', 'java-http', 'http-basics'],
    resources: [
      { title: 'Spring Boot documentation', url: 'https://docs.spring.io/spring-boot/', kind: 'official' },
      { title: 'Spring guide: Building a RESTful web service', url: 'https://spring.io/guides/gs/rest-service/', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-data-access',
    stageId: 'server-language',
    title: 'Java databases with JDBC, JPA and Hibernate',
    summary:
      'Run queries with JDBC and PreparedStatement, then map tables to entity classes with JPA and Hibernate, query them with Spring Data repositories, and version the schema with a migration tool such as Flyway.',
    why: 'Almost every Java backend stores data in a relational database through these layers.',
    kind: 'skill',
    hours: 10,
    prerequisites: ['java-spring-boot', 'sql-basics'],
    resources: [
      { title: 'The Java Tutorials: JDBC database access', url: 'https://docs.oracle.com/javase/tutorial/jdbc/', kind: 'official' },
      { title: 'Spring guide: Accessing data with JPA', url: 'https://spring.io/guides/gs/accessing-data-jpa/', kind: 'official' },
      { title: 'Hibernate ORM documentation', url: 'https://hibernate.org/orm/documentation/', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-logging-debugging',
    stageId: 'server-language',
    title: 'Logging and debugging in Java',
    summary:
      'Log through SLF4J with levels and parameters, read stack traces, and step through code with breakpoints in your IDE debugger.',
    why: 'Logs and stack traces are how you find out what went wrong in a running Java service.',
    kind: 'skill',
    hours: 3,
    prerequisites: ['java-build-tools', 'java-exceptions'],
    resources: [
      { title: 'SLF4J user manual', url: 'https://www.slf4j.org/manual.html', kind: 'official' },
    ],
    languages: ['java'],
  },
  {
    id: 'java-api-project',
    stageId: 'server-language',
    title: 'Project: a REST API with Spring Boot and PostgreSQL',
    summary:
      'Build a movie reservation or e-commerce API with Spring Boot, Spring Data JPA and PostgreSQL, with login through Spring Security, validation, clear error responses and JUnit tests.',
    why: 'A complete Spring Boot service with data, security and tests is the kind of work Java backend roles ask for.',
    kind: 'project',
    hours: 30,
    prerequisites: ['java-data-access', 'java-testing', 'java-logging-debugging', 'rest-apis', 'auth-basics'],
    resources: [
      { title: 'Spring Boot documentation', url: 'https://docs.spring.io/spring-boot/', kind: 'official' },
      { title: 'roadmap.sh project idea: Movie reservation system', url: 'https://roadmap.sh/projects/movie-reservation-system', kind: 'article' },
    ],
    languages: ['java'],
  },
];
