import type { Milestone } from '../../domain/types';

/**
 * Web foundations: HTML, CSS and JavaScript, what every page a server sends is made of.
 * Prerequisites come before the milestones that need them.
 */
export const webFoundationsMilestones: readonly Milestone[] = [
  {
    id: 'html-basics',
    stageId: 'web-foundations',
    title: 'HTML basics',
    summary:
      'HTML describes the structure of a web page: headings, paragraphs, links, images, lists, tables and forms. Write pages by hand and learn which element fits which content.',
    why: 'Servers send HTML and receive form data: know what a good page and a form submission look like.',
    kind: 'skill',
    tier: 'core',
    hours: 12,
    prerequisites: [],
    resources: [
      { title: 'MDN: HTML', url: 'https://developer.mozilla.org/en-US/docs/Web/HTML', kind: 'official' },
      { title: 'web.dev: Learn HTML', url: 'https://web.dev/learn/html', kind: 'course' },
      {
        title: 'The Odin Project: Foundations',
        url: 'https://www.theodinproject.com/paths/foundations/courses/foundations',
        kind: 'course',
      },
    ],
  },
  {
    id: 'css-basics',
    stageId: 'web-foundations',
    title: 'CSS basics',
    summary:
      'CSS controls how HTML looks: colours, fonts, spacing, and page layout with flexbox and grid. You learn selectors, the box model and how styles cascade and override each other.',
    why: 'Backend developers still build admin pages, emails and server-rendered views, and read CSS.',
    kind: 'skill',
    tier: 'core',
    hours: 12,
    prerequisites: ['html-basics'],
    resources: [
      { title: 'MDN: CSS', url: 'https://developer.mozilla.org/en-US/docs/Web/CSS', kind: 'official' },
      { title: 'web.dev: Learn CSS', url: 'https://web.dev/learn/css', kind: 'course' },
    ],
  },
  {
    id: 'js-basics',
    stageId: 'web-foundations',
    title: 'JavaScript basics',
    summary:
      'JavaScript is the language every browser runs. Learn variables, types, functions, arrays, objects, loops, modules, and how promises and async/await handle work that takes time.',
    why: 'It runs the clients that call your APIs, and JSON, what most APIs speak, comes from its syntax.',
    kind: 'skill',
    tier: 'core',
    hours: 40,
    prerequisites: ['html-basics'],
    resources: [
      {
        title: 'MDN: JavaScript Guide',
        url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide',
        kind: 'official',
      },
      { title: 'The Modern JavaScript Tutorial', url: 'https://javascript.info/', kind: 'interactive' },
      { title: 'Eloquent JavaScript (free online book)', url: 'https://eloquentjavascript.net/', kind: 'book' },
    ],
  },
  {
    id: 'dom-and-fetch',
    stageId: 'web-foundations',
    title: 'The DOM and fetch',
    summary:
      'The DOM is the live tree of a page that JavaScript can read and change. fetch lets a page ask a server for data without reloading, which is how most web apps talk to a backend.',
    why: 'Seeing how a browser calls your API, with which headers and errors, helps you design endpoints.',
    kind: 'skill',
    tier: 'core',
    hours: 10,
    prerequisites: ['js-basics'],
    resources: [
      {
        title: 'MDN: Document Object Model (DOM)',
        url: 'https://developer.mozilla.org/en-US/docs/Web/API/Document_Object_Model',
        kind: 'official',
      },
      { title: 'MDN: Fetch API', url: 'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API', kind: 'official' },
      { title: 'javascript.info: Fetch', url: 'https://javascript.info/fetch', kind: 'article' },
    ],
  },
  {
    id: 'accessibility-basics',
    stageId: 'web-foundations',
    title: 'Accessibility basics',
    summary:
      'Accessibility means everyone can use a site, by keyboard, screen reader or zoom. It starts with semantic HTML, labelled form fields, text alternatives for images and enough colour contrast.',
    why: 'Your pages, errors and emails reach every user, and many countries require accessible services.',
    kind: 'skill',
    tier: 'recommended',
    hours: 6,
    prerequisites: ['html-basics', 'css-basics'],
    resources: [
      {
        title: 'W3C WAI: Introduction to Web Accessibility',
        url: 'https://www.w3.org/WAI/fundamentals/accessibility-intro/',
        kind: 'official',
      },
      {
        title: 'MDN: Accessibility',
        url: 'https://developer.mozilla.org/en-US/docs/Web/Accessibility',
        kind: 'official',
      },
      { title: 'web.dev: Learn Accessibility', url: 'https://web.dev/learn/accessibility', kind: 'course' },
    ],
  },
  {
    id: 'browser-devtools',
    stageId: 'web-foundations',
    title: 'Browser developer tools',
    summary:
      'Every browser has built-in tools to inspect a page, run JavaScript in a console and watch each network request with its headers, status code, body and timing.',
    why: 'The network panel shows exactly what your server sent back: a quick debugging tool.',
    kind: 'skill',
    tier: 'core',
    hours: 4,
    prerequisites: ['html-basics', 'js-basics'],
    resources: [
      { title: 'Chrome DevTools documentation', url: 'https://developer.chrome.com/docs/devtools', kind: 'official' },
      {
        title: 'Firefox DevTools user docs',
        url: 'https://firefox-source-docs.mozilla.org/devtools-user/',
        kind: 'official',
      },
    ],
  },
];
