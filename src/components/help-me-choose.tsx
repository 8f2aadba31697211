import { useId } from 'react';
import { CRITERIA, type Criterion, type Weights } from '../domain/language-facts';
import { MAX_WEIGHT, type Ranking } from '../domain/ranking';
import type { LanguageId } from '../domain/types';

interface HelpMeChooseProps {
  /** Where the weights live is the caller's choice: this component only shows and changes them. */
  readonly weights: Weights;
  readonly onWeightsChange: (weights: Weights) => void;
  readonly labels: Readonly<Record<Criterion, string>>;
  readonly ranking: Ranking;
  readonly names: Readonly<Record<LanguageId, string>>;
  /** The plan's language, shown as "Your language" instead of a button. */
  readonly current: LanguageId | null;
  readonly onChoose: (id: LanguageId) => void;
  /** What just happened, read out by screen readers. */
  readonly message: string;
  /** What the measured criteria can and cannot say, shown under the ranking. */
  readonly explanation: string;
}

/** Weights for what matters to the learner, the ranking they give, and "Choose" buttons. */
export function HelpMeChoose(props: HelpMeChooseProps) {
  const { weights, onWeightsChange, labels, ranking, names, current, onChoose, message, explanation } = props;
  return (
    <section className="card" aria-labelledby="choose-heading">
      <h2 id="choose-heading">Help me choose</h2>
      <fieldset>
        <legend>What matters to you (0 = not at all, {MAX_WEIGHT} = a lot)</legend>
        <div className="grid">
          {CRITERIA.map((criterion) => (
            <WeightSlider
              key={criterion}
              label={labels[criterion]}
              value={weights[criterion]}
              onChange={(value) => onWeightsChange({ ...weights, [criterion]: value })}
            />
          ))}
        </div>
      </fieldset>
      <p role="status">{message}</p>
      {ranking.weighted ? (
        <ol className="ranking" aria-label="Languages ranked by what matters to you">
          {ranking.entries.map((entry, index) => (
            <li key={entry.id}>
              <div className="ranking__text">
                <strong>
                  {index + 1}. {names[entry.id]}
                </strong>{' '}
                <span className="badge">{entry.score} / 100</span>
                <br />
                <span className="stat-label">{entry.reason}</span>
              </div>
              {current === entry.id ? (
                <span className="badge badge--ready">Your language</span>
              ) : (
                <button
                  type="button"
                  className={index === 0 ? undefined : 'secondary'}
                  onClick={() => onChoose(entry.id)}
                >
                  Choose {names[entry.id]}
                </button>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="notice">
          Every weight is at 0, so there is nothing to rank by. Move a slider above to see a ranking.
        </p>
      )}
      <p className="stat-label compare-explanation">{explanation}</p>
    </section>
  );
}

function WeightSlider({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}: <output htmlFor={id}>{value}</output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={MAX_WEIGHT}
        step={1}
        value={value}
        onChange={(event) => onChange(event.target.valueAsNumber)}
      />
    </div>
  );
}
