import { lazy, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../components/format';
import { useFramed } from '../components/framing';
import { HoursPerWeekField } from '../components/hours-per-week-field';
import { LanguagePicker } from '../components/language-picker';
import { languageName, languages } from '../content/languages';
import { projectFinish } from '../domain/calendar';
import { actions, todayIso, useAppStore, useLanguage, useSettings } from '../store/app-store';
import './home-page.css';

// A first visit needs no roadmap content: the dashboard and its content load for returning learners.
const Dashboard = lazy(() => import('./home-dashboard').then((m) => ({ default: m.HomeDashboard })));

export function HomePage() {
  const framed = useFramed();
  const language = useLanguage();
  const hasRecords = useAppStore((s) => Object.keys(s.plan.milestones).length > 0);
  // Decided once per visit, when the plan has been read, so choosing a language does not swap the
  // form away mid-choice.
  const [firstVisit, setFirstVisit] = useState<boolean | null>(null);
  if (!framed && firstVisit === null) setFirstVisit(language === null && !hasRecords);
  // The prerendered frame is the welcome's heading and lead, which a first visit paints at once;
  // a returning learner's dashboard replaces them as soon as the plan is read.
  const welcome = framed || firstVisit === true;
  return (
    <>
      <title>Backend Path: plan your road to backend developer</title>
      {welcome && (
        <>
          <h1>Become a backend web developer, one milestone at a time</h1>
          <p className="lead">
            Backend Path lays out what to learn and in what order: the web's foundations, the internet and Git, a server
            language, data, APIs and security, then testing and shipping. Pick a language and a pace; tick off what you
            learn; see when you will be ready. Everything stays in this browser.
          </p>
        </>
      )}
      {framed || firstVisit === null ? (
        <div className="frame-space" aria-busy="true" />
      ) : firstVisit ? (
        <Welcome />
      ) : (
        <Dashboard />
      )}
    </>
  );
}

function Welcome() {
  const language = useLanguage();
  const settings = useSettings();
  const start = useRef<HTMLAnchorElement>(null);
  const chosen = languages.find((l) => l.id === language);
  const finish = chosen ? projectFinish(chosen.roadHours.total, settings.hoursPerWeek, todayIso()) : null;
  const jobReady = chosen ? projectFinish(chosen.roadHours.core, settings.hoursPerWeek, todayIso()) : null;

  // On a phone the language list is long: the way on comes into view once a language is chosen.
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (asked && start.current) start.current.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [asked, language]);

  return (
    <>
      <section className="card" aria-labelledby="start-heading">
        <h2 id="start-heading">Start your plan</h2>
        <LanguagePicker
          languages={languages}
          value={language}
          onChoose={(id) => {
            actions().chooseLanguage(id);
            setAsked(true);
          }}
        />
        <div className="start-bar">
          {chosen ? (
            <Link ref={start} className="button" to="/roadmap">
              Open my {languageName(chosen.id)} roadmap
            </Link>
          ) : (
            <p className="hint">
              Not sure? <Link to="/compare">Compare the languages</Link> on facts with sources, or pick one now: you can
              switch later without losing any progress.
            </p>
          )}
        </div>
        <HoursPerWeekField
          value={settings.hoursPerWeek}
          hint={
            finish?.kind === 'date' && jobReady?.kind === 'date' ? (
              <>
                At this pace you would be ready for a junior job around <strong>{formatDate(jobReady.date)}</strong>{' '}
                (the core, {chosen?.roadHours.core} h) and through the whole road around{' '}
                <strong>{formatDate(finish.date)}</strong>.
              </>
            ) : (
              'How much time you can give each week: with a language chosen, it gives your finish date.'
            )
          }
          onChange={(hours) => actions().updatePace({ hoursPerWeek: hours })}
        />
      </section>
    </>
  );
}
