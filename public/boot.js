// Loads the app once the prerendered page has painted. The page's HTML already shows its frame;
// starting the scripts after that first paint leaves a slow line to the HTML and the stylesheets
// first, then fetches every script the page needs at once (its entry and its chunks, named in
// this tag's data attributes by the build). An external file: the Content-Security-Policy allows
// no inline script.
(() => {
  const boot = document.currentScript;
  if (!boot) return;
  const { entry = '', preload = '', savedPlan = '', reader = '', returning = '', tracks = '' } = boot.dataset;
  const list = (urls) => urls.split(/[ ,]/).filter(Boolean);
  /**
   * What a returning learner needs on top of the page: the plan reader when a plan is saved, and
   * with a language chosen, Home's dashboard and the language's track. A plan that cannot be
   * parsed here still needs the reader, which says what is wrong with it.
   */
  const forThisLearner = () => {
    let saved = null;
    try {
      saved = savedPlan ? localStorage.getItem(savedPlan) : null;
    } catch {
      return [];
    }
    if (saved === null) return [];
    let language = null;
    try {
      language = JSON.parse(saved)?.plan?.language ?? null;
    } catch {
      // The reader explains it.
    }
    const track = tracks.split(' ').find((entry) => entry.startsWith(`${language}=`));
    return [...list(reader), ...(language ? [...list(returning), ...list(track?.split('=')[1] ?? '')] : [])];
  };
  let started = false;
  const add = (tag, attributes) => document.head.append(Object.assign(document.createElement(tag), attributes));
  const start = () => {
    if (started) return;
    started = true;
    const steps = [...list(preload), ...forThisLearner()].map(
      (href) => () => add('link', { rel: 'modulepreload', crossOrigin: '', href }),
    );
    steps.push(() => add('script', { type: 'module', crossOrigin: '', src: entry }));
    // One element per task: starting a request can take a few milliseconds (more on a slow
    // phone), and a dozen in one task held the page still for ~20 ms (~100 ms on a slow phone).
    const next = () => {
      steps.shift()?.();
      if (steps.length) setTimeout(next, 0);
    };
    next();
  };
  // A tab opened in the background paints nothing until shown: it starts at once.
  if (document.hidden) start();
  // A callback of the second frame runs once the first frame, the painted page, is on screen.
  else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
})();
