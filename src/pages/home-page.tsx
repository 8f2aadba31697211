import { lazy, useState } from 'react';
import { Link } from 'react-router';
import { languageName, languages } from '../content/languages';
import { HoursPerWeekField } from '../components/hours-per-week-field';
import { LanguagePicker } from '../components/language-picker';
import { actions, useAppStore, useLanguage, useSettings } from '../store/app-store';

// A first visit needs no roadmap content: the dashboard and its content load for returning learners.
const Dashboard = lazy(() => import('./home-dashboard').then((m) => ({ default: m.HomeDashboard })));

export function HomePage() {
  const language = useLanguage();
  const hasRecords = useAppStore((s) => Object.keys(s.plan.milestones).length > 0);
  // Decided once per visit, so choosing a language does not swap the form away mid-choice.
  const [firstVisit] = useState(language === null && !hasRecords);
  return (
    <>
      <title>Backend Path: plan your road to backend developer</title>
      {firstVisit ? <Welcome /> : <Dashboard />}
    </>
  );
}

function Welcome() {
  const language = useLanguage();
  const settings = useSettings();
  return (
    <>
      <h1>Become a backend web developer, one milestone at a time</h1>
      <p className="lead">
        Backend Path lays out what to learn and in what order: the web's foundations, the internet and Git, a server
        language, data, APIs and security, then testing and shipping. Pick a language and a pace; tick off what you
        learn; see when you will be ready. Everything stays in this browser.
      </p>
      <section className="card" aria-labelledby="start-heading">
        <h2 id="start-heading">Start your plan</h2>
        <LanguagePicker languages={languages} value={language} onChoose={(id) => actions().chooseLanguage(id)} />
        <p>
          Not sure? <Link to="/compare">Compare the languages</Link> on facts with sources, or pick one now: you can
          switch later without losing any progress.
        </p>
        <HoursPerWeekField
          value={settings.hoursPerWeek}
          hint="How much time you can give each week; it sets your projected finish date."
          onChange={(hours) => actions().updatePace({ hoursPerWeek: hours })}
        />
        {language ? (
          <Link className="button" to="/roadmap">
            Open my {languageName(language)} roadmap
          </Link>
        ) : (
          <p className="hint">Choose a language to see your roadmap.</p>
        )}
      </section>
    </>
  );
}
