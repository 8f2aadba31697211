import type { Source } from '../domain/types';
import { FootnoteRefs } from './footnote-refs';

export interface OpinionView {
  readonly language: string;
  readonly claim: string;
  /** What we can measure for that language, each line naming its source and date. */
  readonly measured: readonly { readonly text: string; readonly source: Source }[];
}

interface ArticleOpinionsProps {
  readonly title: string | null;
  readonly url: string | null;
  readonly summary: string;
  readonly opinions: readonly OpinionView[];
  /** Said next to the claims, some of which are about jobs. */
  readonly jobDataNote: string;
  readonly numberOf: (source: Source) => number;
}

/** One article's view, kept apart from the measured figures and set against them. */
export function ArticleOpinions({ title, url, summary, opinions, jobDataNote, numberOf }: ArticleOpinionsProps) {
  const name = title === null ? null : url === null ? <cite>{title}</cite> : <a href={url}>{title}</a>;
  return (
    <section className="card" aria-labelledby="opinions-heading">
      <h2 id="opinions-heading">One article’s view</h2>
      <p>
        {name === null ? (
          <>
            Backend Path grew from one article about becoming a backend developer. Its title and address were not kept,
            so we cannot link to it.{' '}
          </>
        ) : (
          <>Backend Path grew from one article about becoming a backend developer: {name}. </>
        )}
        {summary} Its claims below are one author’s opinions, not measurements; next to each is what we can measure.
      </p>
      <ul className="opinions">
        {opinions.map((opinion) => (
          <li key={opinion.language}>
            <strong>{opinion.language}.</strong> The article says: {opinion.claim}
            <ul>
              {opinion.measured.map((line) => (
                <li key={line.text}>
                  What we can measure: {line.text}
                  <FootnoteRefs sources={[line.source]} numberOf={numberOf} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="stat-label">{jobDataNote}</p>
    </section>
  );
}
