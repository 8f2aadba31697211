/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa's injectManifest, docs/decisions/0007-offline.md):
 * everything the build emits is precached, so every page opens offline after one visit.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Parameters<typeof precacheAndRoute>[0] };

precacheAndRoute(self.__WB_MANIFEST, {
  // A page's own HTML when the build has one (prerendered): /roadmap -> /roadmap/index.html.
  // "/roadmap/" is covered by the default directoryIndex.
  urlManipulation: ({ url }) => (url.pathname.endsWith('/') ? [] : [new URL(`${url.pathname}/index.html`, url.origin)]),
});
cleanupOutdatedCaches();

// Any other navigation (a deep link such as /plan#share=…, or a page without its own HTML) gets
// the app shell; the router shows the page. Addresses of files (/robots.txt) are left alone.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/[^/]+\.[a-z0-9]+$/i] }));

// registerType 'prompt': a new version waits until the learner asks for it (the Reload button).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
