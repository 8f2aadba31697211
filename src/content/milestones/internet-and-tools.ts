import type { Milestone } from '../../domain/types';

/**
 * Internet and tools: how the web works, HTTP, DNS and hosting, the terminal, Git and GitHub.
 * Prerequisites come before the milestones that need them.
 */
export const internetAndToolsMilestones: readonly Milestone[] = [
  {
    id: 'how-the-internet-works',
    stageId: 'internet-and-tools',
    title: 'How the internet works',
    summary:
      'The internet is a network of networks. Computers find each other by IP address and send data in small packets; TCP makes delivery reliable. Learn the path a request takes to a server and back.',
    why: 'Latency, timeouts and unreachable services make sense once you picture the network.',
    kind: 'skill',
    tier: 'core',
    hours: 5,
    prerequisites: [],
    resources: [
      {
        title: 'MDN: How does the Internet work?',
        url: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Howto/Web_mechanics/How_does_the_Internet_work',
        kind: 'official',
      },
      { title: 'Julia Evans: Networking! ACK! (zine)', url: 'https://wizardzines.com/zines/networking/', kind: 'book' },
    ],
  },
  {
    id: 'http-basics',
    stageId: 'internet-and-tools',
    title: 'HTTP basics',
    summary:
      'HTTP is the request and response protocol of the web. Learn URLs, methods such as GET and POST, status codes, headers and bodies, and how HTTP/1.1, HTTP/2 and HTTP/3 differ.',
    why: 'A backend developer spends most days receiving HTTP requests and choosing the right response.',
    kind: 'skill',
    tier: 'core',
    hours: 8,
    prerequisites: ['how-the-internet-works'],
    resources: [
      {
        title: 'MDN: Overview of HTTP',
        url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Overview',
        kind: 'official',
      },
      { title: 'RFC 9110: HTTP Semantics', url: 'https://datatracker.ietf.org/doc/html/rfc9110', kind: 'official' },
      {
        title: "Julia Evans: HTTP, Learn Your Browser's Language (zine)",
        url: 'https://wizardzines.com/zines/http/',
        kind: 'book',
      },
    ],
  },
  {
    id: 'dns-and-domains',
    stageId: 'internet-and-tools',
    title: 'Domain names and DNS',
    summary:
      "DNS turns a name like example.com into a server's IP address. Learn how domains are registered, what A, AAAA, CNAME, MX and TXT records do, and why changes take a while to spread.",
    why: 'Pointing a domain at a server, setting up email and proving you own a domain are DNS records.',
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['how-the-internet-works'],
    resources: [
      {
        title: 'MDN: What is a domain name?',
        url: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Howto/Web_mechanics/What_is_a_domain_name',
        kind: 'official',
      },
      { title: 'Julia Evans: How DNS Works (zine)', url: 'https://wizardzines.com/zines/dns/', kind: 'book' },
      { title: 'Mess With DNS', url: 'https://messwithdns.net/', kind: 'interactive' },
    ],
  },
  {
    id: 'how-browsers-work',
    stageId: 'internet-and-tools',
    title: 'How browsers work',
    summary:
      'A browser looks up the address, connects, sends requests, then parses HTML, CSS and JavaScript to draw the page. It keeps caches and cookies and enforces rules such as the same-origin policy.',
    why: 'The browser enforces cookies, caching and CORS, which explains many bugs seen from the server.',
    kind: 'skill',
    tier: 'recommended',
    hours: 4,
    prerequisites: ['http-basics', 'html-basics'],
    resources: [
      {
        title: 'MDN: How browsers work',
        url: 'https://developer.mozilla.org/en-US/docs/Web/Performance/Guides/How_browsers_work',
        kind: 'official',
      },
      { title: 'web.dev: How browsers work', url: 'https://web.dev/articles/howbrowserswork', kind: 'article' },
    ],
  },
  {
    id: 'hosting-basics',
    stageId: 'internet-and-tools',
    title: 'Web hosting',
    summary:
      'Hosting means running your site or app on a computer that is always online. Learn the options, from static hosting to virtual servers, managed platforms and big clouds, and what each handles.',
    why: 'Knowing where your code will run shapes how you build it, configure it and pay for it.',
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['dns-and-domains', 'http-basics'],
    resources: [
      {
        title: 'MDN: What is a web server?',
        url: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Howto/Web_mechanics/What_is_a_web_server',
        kind: 'official',
      },
      { title: 'GitHub Pages documentation', url: 'https://docs.github.com/en/pages', kind: 'official' },
    ],
  },
  {
    id: 'terminal-basics',
    stageId: 'internet-and-tools',
    title: 'The terminal and shell',
    summary:
      'The terminal controls a computer by typed commands. Learn to move between folders, create and edit files, read logs, chain commands with pipes, set environment variables, write small scripts.',
    why: 'Servers, containers, Git and most tools are driven from the command line, often with no screen.',
    kind: 'skill',
    tier: 'core',
    hours: 10,
    prerequisites: [],
    resources: [
      { title: 'GNU Bash manual', url: 'https://www.gnu.org/software/bash/manual/', kind: 'official' },
      {
        title: 'The Missing Semester of Your CS Education (MIT)',
        url: 'https://missing.csail.mit.edu/',
        kind: 'course',
      },
      { title: 'The Linux Command Line (free book)', url: 'https://linuxcommand.org/tlcl.php', kind: 'book' },
    ],
  },
  {
    id: 'os-basics',
    stageId: 'internet-and-tools',
    title: 'Operating system basics: processes, memory and services',
    summary:
      'Your server is an operating system process with memory, threads, open files and environment variables. Learn to list and stop processes, signals (SIGTERM, SIGKILL), out-of-memory, systemd.',
    why: 'Graceful shutdown, out-of-memory crashes and services that do not restart are about processes.',
    kind: 'skill',
    tier: 'recommended',
    hours: 8,
    prerequisites: ['terminal-basics'],
    resources: [
      {
        title: 'systemd.service: service unit configuration',
        url: 'https://www.freedesktop.org/software/systemd/man/systemd.service.html',
        kind: 'official',
      },
      {
        title: 'Linux manual: signal(7), an overview of signals',
        url: 'https://man7.org/linux/man-pages/man7/signal.7.html',
        kind: 'official',
      },
      {
        title: 'Operating Systems: Three Easy Pieces (free book)',
        url: 'https://pages.cs.wisc.edu/~remzi/OSTEP/',
        kind: 'book',
      },
    ],
  },
  {
    id: 'ssh-basics',
    stageId: 'internet-and-tools',
    title: 'SSH and remote servers',
    summary:
      'SSH gives you a secure terminal on another computer. Learn to create a key pair, log in to a server with it, copy files across and keep the private key safe.',
    why: 'You will use SSH to reach servers and to talk to Git hosts without typing a password each time.',
    kind: 'skill',
    tier: 'core',
    hours: 3,
    prerequisites: ['terminal-basics'],
    resources: [
      { title: 'OpenSSH manual pages', url: 'https://www.openssh.com/manual.html', kind: 'official' },
      {
        title: 'GitHub Docs: Connecting to GitHub with SSH',
        url: 'https://docs.github.com/en/authentication/connecting-to-github-with-ssh',
        kind: 'official',
      },
    ],
  },
  {
    id: 'text-editors',
    stageId: 'internet-and-tools',
    title: 'A code editor (optional)',
    summary:
      'A good editor with syntax highlighting, search, a built-in terminal and extensions for your language makes daily work smoother. Use any editor you like and learn its shortcuts.',
    kind: 'skill',
    tier: 'optional',
    hours: 3,
    prerequisites: [],
    resources: [
      { title: 'Visual Studio Code documentation', url: 'https://code.visualstudio.com/docs', kind: 'official' },
      { title: 'Neovim documentation', url: 'https://neovim.io/doc/', kind: 'official' },
    ],
  },
  {
    id: 'git-basics',
    stageId: 'internet-and-tools',
    title: 'Git basics',
    summary:
      "Git records your code's history as commits. Learn to create a repository, stage and commit changes, read the log and diffs, undo mistakes and ignore files that should not be tracked.",
    why: 'Every team keeps code in Git; clean history is how you review, share and roll back changes.',
    kind: 'skill',
    tier: 'core',
    hours: 8,
    prerequisites: ['terminal-basics'],
    resources: [
      { title: 'Git documentation', url: 'https://git-scm.com/doc', kind: 'official' },
      { title: 'Pro Git (free book)', url: 'https://git-scm.com/book/en/v2', kind: 'book' },
      { title: 'Julia Evans: How Git Works (zine)', url: 'https://wizardzines.com/zines/git/', kind: 'book' },
    ],
  },
  {
    id: 'git-branching',
    stageId: 'internet-and-tools',
    title: 'Git branching and merging',
    summary:
      'Branches let you work on a change without disturbing the main line. Learn to create and switch branches, merge or rebase them, and resolve conflicts when two changes touch the same lines.',
    why: 'Teams build every feature and fix on a branch, so merging and resolving conflicts is a daily skill.',
    kind: 'skill',
    tier: 'core',
    hours: 6,
    prerequisites: ['git-basics'],
    resources: [
      {
        title: 'Pro Git: Branches in a Nutshell',
        url: 'https://git-scm.com/book/en/v2/Git-Branching-Branches-in-a-Nutshell',
        kind: 'official',
      },
      { title: 'Learn Git Branching', url: 'https://learngitbranching.js.org/', kind: 'interactive' },
    ],
  },
  {
    id: 'github-and-pull-requests',
    stageId: 'internet-and-tools',
    title: 'GitHub, GitLab and pull requests',
    summary:
      'GitHub, GitLab and Bitbucket keep a shared copy of a repository online. Learn to push and pull, fork, open a pull request (a merge request on GitLab), review changes and answer comments.',
    why: 'Pull requests are how changes are proposed, reviewed, tested and merged almost everywhere.',
    kind: 'skill',
    tier: 'core',
    hours: 6,
    prerequisites: ['git-branching'],
    resources: [
      { title: 'GitHub Docs: Pull requests', url: 'https://docs.github.com/en/pull-requests', kind: 'official' },
      { title: 'GitLab documentation', url: 'https://docs.gitlab.com/', kind: 'official' },
    ],
  },
  {
    id: 'project-personal-site',
    stageId: 'internet-and-tools',
    title: 'Publish a personal page',
    summary:
      'Build a small personal page in plain HTML and CSS, keep it in a Git repository on GitHub or GitLab, publish it with GitHub Pages or a similar static host, and optionally point your own domain at it.',
    why: 'From editor to public URL ties Git, hosting and DNS together, and lists your later projects.',
    kind: 'project',
    tier: 'recommended',
    hours: 8,
    prerequisites: ['css-basics', 'github-and-pull-requests', 'hosting-basics'],
    resources: [
      { title: 'GitHub Pages documentation', url: 'https://docs.github.com/en/pages', kind: 'official' },
      {
        title: 'roadmap.sh project: Basic HTML website',
        url: 'https://roadmap.sh/projects/basic-html-website',
        kind: 'article',
      },
    ],
  },
];
