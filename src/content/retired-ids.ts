/**
 * Milestone ids that were shipped and later removed, each with the id that replaces it (or
 * null when nothing does). Progress is keyed by id: a learner's tick on a retired id moves to
 * its replacement. A shipped id may never disappear without an entry here.
 */
export const retiredMilestoneIds: Readonly<Record<string, string | null>> = {
  // Projects appear once on a road (issue 9, item 9). The track web projects duplicated the
  // common projects "in your chosen language"; the common project survives, and now needs the
  // chosen track's framework, database and login milestones (src/content/track-steps.ts).
  'php-laravel-project': 'project-blogging-api',
  'php-symfony-api-project': 'project-expense-tracker-api',
  'node-api-project': 'project-todo-api',
  'python-fastapi-project': 'project-todo-api',
  'python-django-project': 'project-blogging-api',
  'go-api-project': 'project-todo-api',
  'java-api-project': 'project-movie-reservation',
  'csharp-api-project': 'project-todo-api',
  'ruby-rails-project': 'project-blogging-api',
  // Every track has its own first project, a command-line tool in that language (php-cli-project
  // and the others), so the common one left every road. Which track project replaces it depends
  // on the learner's language, so no single id can.
  'project-task-tracker-cli': null,
};
