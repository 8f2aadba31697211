import type { Milestone } from '../../domain/types';

/** The Ruby track: from a first script to Ruby on Rails applications. */
export const rubyTrack: readonly Milestone[] = [
  {
    id: 'ruby-setup',
    stageId: 'server-language',
    title: 'Installing Ruby and running a first program',
    summary:
      'Install Ruby with your package manager, a version manager such as rbenv or asdf, or RubyInstaller on Windows, then try code in irb and run a script from the terminal.',
    why: 'A working Ruby setup, ideally with a version manager, is needed for every later step.',
    kind: 'skill',
    tier: 'core',
    hours: 2,
    prerequisites: ['terminal-basics'],
    resources: [
      { title: 'Installing Ruby', url: 'https://www.ruby-lang.org/en/documentation/installation/', kind: 'official' },
      {
        title: 'Ruby in twenty minutes',
        url: 'https://www.ruby-lang.org/en/documentation/quickstart/',
        kind: 'official',
      },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-basics',
    stageId: 'server-language',
    title: 'Ruby syntax and basics',
    summary:
      'Learn how Ruby reads: everything is an object, variables, strings and symbols, numbers, if, unless and case, loops, methods and string interpolation.',
    why: 'Ruby favours readable, expressive code, and these basics are the vocabulary of every Rails app.',
    kind: 'skill',
    tier: 'core',
    hours: 8,
    prerequisites: ['ruby-setup'],
    resources: [
      { title: 'Ruby documentation', url: 'https://www.ruby-lang.org/en/documentation/', kind: 'official' },
      { title: 'Ruby core reference', url: 'https://docs.ruby-lang.org/en/master/', kind: 'official' },
      {
        title: 'The Odin Project: Ruby course',
        url: 'https://www.theodinproject.com/paths/full-stack-ruby-on-rails/courses/ruby',
        kind: 'course',
      },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-collections-blocks',
    stageId: 'server-language',
    title: 'Ruby arrays, hashes, blocks and Enumerable',
    summary:
      'Work with arrays and hashes, pass blocks to methods such as each, map, select and reduce, write methods that yield to a block, and meet procs and lambdas.',
    why: "Blocks and Enumerable are Ruby's most typical idiom, on nearly every line of Rails code.",
    kind: 'skill',
    tier: 'core',
    hours: 6,
    prerequisites: ['ruby-basics'],
    resources: [
      {
        title: 'Ruby reference: Enumerable',
        url: 'https://docs.ruby-lang.org/en/master/Enumerable.html',
        kind: 'official',
      },
      { title: 'Ruby reference: Hash', url: 'https://docs.ruby-lang.org/en/master/Hash.html', kind: 'official' },
      { title: 'Ruby reference: Proc', url: 'https://docs.ruby-lang.org/en/master/Proc.html', kind: 'official' },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-oop',
    stageId: 'server-language',
    title: 'Ruby classes, modules and mixins',
    summary:
      'Define classes with attr_accessor and initialize, use inheritance, share behaviour through modules mixed in with include, and rely on duck typing: what matters is what an object responds to.',
    why: 'Rails models, controllers and concerns are classes and modules: this is how you read Rails.',
    kind: 'skill',
    tier: 'core',
    hours: 8,
    prerequisites: ['ruby-collections-blocks'],
    resources: [
      { title: 'Ruby reference: Class', url: 'https://docs.ruby-lang.org/en/master/Class.html', kind: 'official' },
      { title: 'Ruby reference: Module', url: 'https://docs.ruby-lang.org/en/master/Module.html', kind: 'official' },
      {
        title: 'Ruby from other languages',
        url: 'https://www.ruby-lang.org/en/documentation/ruby-from-other-languages/',
        kind: 'official',
      },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-exceptions-types',
    stageId: 'server-language',
    title: 'Ruby exceptions and optional type checking',
    summary:
      'Handle failures with begin, rescue, else and ensure, raise your own exception classes, and see how optional type signatures with RBS or Sorbet can check a dynamically typed codebase.',
    why: 'Clear error handling stops silent failures; type checkers are growing in large Ruby codebases.',
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['ruby-oop'],
    resources: [
      {
        title: 'Ruby reference: Exception',
        url: 'https://docs.ruby-lang.org/en/master/Exception.html',
        kind: 'official',
      },
      { title: 'RBS: Ruby type signatures', url: 'https://github.com/ruby/rbs', kind: 'official' },
      { title: 'Sorbet documentation', url: 'https://sorbet.org/', kind: 'official' },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-bundler',
    stageId: 'server-language',
    title: 'RubyGems and Bundler',
    summary:
      "Install libraries (gems) from RubyGems.org, list a project's gems in a Gemfile, lock exact versions in Gemfile.lock, and run commands with bundle exec.",
    why: 'Every Ruby and Rails project manages its dependencies with Bundler.',
    kind: 'skill',
    tier: 'core',
    hours: 3,
    prerequisites: ['ruby-basics'],
    resources: [
      { title: 'Bundler documentation', url: 'https://bundler.io/', kind: 'official' },
      { title: 'RubyGems guides', url: 'https://guides.rubygems.org/', kind: 'official' },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-rubocop',
    stageId: 'server-language',
    title: 'Ruby code style with RuboCop',
    summary:
      'Check and automatically fix Ruby code against the community style guide with RuboCop, and tune its rules in a .rubocop.yml file.',
    why: 'RuboCop is used in most Ruby teams, and new Rails apps include it by default.',
    kind: 'skill',
    tier: 'core',
    hours: 2,
    prerequisites: ['ruby-bundler'],
    resources: [
      { title: 'RuboCop documentation', url: 'https://docs.rubocop.org/rubocop/', kind: 'official' },
      { title: 'The Ruby style guide', url: 'https://rubystyle.guide/', kind: 'article' },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-cli-project',
    stageId: 'server-language',
    title: 'Project: a Ruby command-line task tracker',
    summary:
      'Build a terminal tool that adds, lists, updates and completes tasks stored in a JSON file, with classes, exceptions, a Gemfile and RuboCop. Add tests once you reach them in Testing and shipping.',
    why: 'A finished program proves you can combine the language and its tools before Rails.',
    kind: 'project',
    tier: 'core',
    hours: 8,
    prerequisites: ['ruby-exceptions-types', 'ruby-rubocop', 'git-basics'],
    resources: [
      { title: 'Ruby reference: File', url: 'https://docs.ruby-lang.org/en/master/File.html', kind: 'official' },
      {
        title: 'roadmap.sh project idea: Task tracker',
        url: 'https://roadmap.sh/projects/task-tracker',
        kind: 'article',
      },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-concurrency',
    stageId: 'server-language',
    title: 'Ruby threads, the GVL and Ractors',
    summary:
      'Ruby threads overlap network waits, though the global VM lock runs one thread of Ruby at a time; Puma combines threads and processes. Ractors aim at parallel Ruby but are still experimental.',
    why: 'This model explains how a Ruby server handles many requests and why shared mutable state needs care.',
    kind: 'skill',
    tier: 'recommended',
    hours: 4,
    prerequisites: ['ruby-oop'],
    resources: [
      { title: 'Ruby reference: Thread', url: 'https://docs.ruby-lang.org/en/master/Thread.html', kind: 'official' },
      {
        title: "Ruby documentation: Ractor, Ruby's actor-like concurrency",
        url: 'https://docs.ruby-lang.org/en/master/language/ractor_md.html',
        kind: 'official',
      },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-rack',
    stageId: 'server-language',
    title: 'HTTP in Ruby with Rack',
    summary:
      'Write a tiny Rack app, an object whose call method receives the request environment and returns a status, headers and body, serve it with rackup and Puma, and try Sinatra for small routes.',
    why: 'Rails and almost every Ruby web framework are built on Rack: this shows what is underneath.',
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['ruby-oop', 'ruby-bundler', 'http-basics'],
    resources: [
      { title: 'Rack', url: 'https://github.com/rack/rack', kind: 'official' },
      { title: 'Sinatra', url: 'https://sinatrarb.com/', kind: 'official' },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-rails',
    stageId: 'server-language',
    title: 'Ruby on Rails',
    summary:
      'Build web apps with Rails: generators, routes, controllers, views, convention over configuration, forms, sessions, the authentication generator for login, and Hotwire for interactive pages.',
    why: 'Rails is the main reason companies choose Ruby; one developer can build a whole app quickly.',
    kind: 'skill',
    tier: 'core',
    hours: 30,
    prerequisites: ['ruby-rack', 'ruby-exceptions-types', 'http-basics'],
    resources: [
      { title: 'Ruby on Rails guides', url: 'https://guides.rubyonrails.org/', kind: 'official' },
      {
        title: 'Rails guides: Getting started with Rails',
        url: 'https://guides.rubyonrails.org/getting_started.html',
        kind: 'official',
      },
      {
        title: 'The Odin Project: Ruby on Rails course',
        url: 'https://www.theodinproject.com/paths/full-stack-ruby-on-rails/courses/ruby-on-rails',
        kind: 'course',
      },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-logging-debugging',
    stageId: 'server-language',
    title: 'Logging and debugging Ruby and Rails',
    summary:
      'Read and write the Rails log, add your own log lines with useful context, and pause code with the debug gem or binding.irb to inspect what is going on.',
    why: 'Logs and an interactive debugger are how you find out why a request failed.',
    kind: 'skill',
    tier: 'recommended',
    hours: 3,
    prerequisites: ['ruby-rails'],
    resources: [
      {
        title: 'Rails guides: Debugging Rails applications',
        url: 'https://guides.rubyonrails.org/debugging_rails_applications.html',
        kind: 'official',
      },
      { title: 'debug: the Ruby debugger', url: 'https://github.com/ruby/debug', kind: 'official' },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-active-record',
    stageId: 'data-skills',
    title: 'Active Record and Rails migrations',
    summary:
      'Create tables with migrations, map them to Active Record models, add validations and associations, query data, and avoid the N+1 query problem with includes.',
    why: 'Every Rails app reads and writes data through Active Record; use it well.',
    kind: 'skill',
    tier: 'core',
    hours: 8,
    prerequisites: ['ruby-rails', 'sql-basics'],
    resources: [
      {
        title: 'Rails guides: Active Record basics',
        url: 'https://guides.rubyonrails.org/active_record_basics.html',
        kind: 'official',
      },
      {
        title: 'Rails guides: Active Record migrations',
        url: 'https://guides.rubyonrails.org/active_record_migrations.html',
        kind: 'official',
      },
      {
        title: 'Rails guides: Active Record associations',
        url: 'https://guides.rubyonrails.org/association_basics.html',
        kind: 'official',
      },
    ],
    languages: ['ruby'],
  },
  {
    id: 'ruby-testing',
    stageId: 'testing-and-shipping',
    title: 'Testing Ruby with RSpec and Minitest',
    summary:
      'Write tests with Minitest, which ships with Ruby and is the Rails default, and with RSpec, a popular alternative that reads like a description of behaviour.',
    why: 'Ruby teams rely heavily on automated tests because the language checks so little before code runs.',
    kind: 'skill',
    tier: 'core',
    hours: 5,
    prerequisites: ['ruby-oop', 'ruby-bundler', 'testing-basics', 'unit-testing'],
    resources: [
      { title: 'RSpec documentation', url: 'https://rspec.info/', kind: 'official' },
      { title: 'Minitest', url: 'https://github.com/minitest/minitest', kind: 'official' },
    ],
    languages: ['ruby'],
  },
];
