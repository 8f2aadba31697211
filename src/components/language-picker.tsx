import type { Language, LanguageId } from '../domain/types';

interface LanguagePickerProps {
  languages: readonly Language[];
  value: LanguageId | null;
  onChoose: (language: LanguageId) => void;
  showTaglines?: boolean;
}

export function LanguagePicker({ languages, value, onChoose, showTaglines = true }: LanguagePickerProps) {
  return (
    <fieldset>
      <legend>Backend language</legend>
      <div className="language-options">
        {languages.map((language) => (
          <label key={language.id} className="language-option">
            <input
              type="radio"
              name="backend-language"
              value={language.id}
              checked={value === language.id}
              onChange={() => onChoose(language.id)}
            />
            <span>
              <span>{language.name}</span>
              {showTaglines && <small aria-hidden="true">{language.tagline}</small>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
