// Loads the app once the prerendered page has painted. The page's HTML already shows its frame;
// starting the scripts after that first paint leaves a slow line to the HTML and the stylesheets
// first, then fetches every script the page needs at once (its entry and its chunks, named in
// this tag's data attributes by the build). An external file: the Content-Security-Policy allows
// no inline script.
(() => {
  const boot = document.currentScript;
  if (!boot) return;
  const { entry = '', preload = '' } = boot.dataset;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of preload.split(' ').filter(Boolean)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
  };
  // A tab opened in the background paints nothing until shown: it starts at once.
  if (document.hidden) start();
  // A callback of the second frame runs once the first frame, the painted page, is on screen.
  else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
})();
