import { useId } from 'react';
import type { Language, LanguageId } from '../domain/types';
import './language-picker.css';

interface LanguagePickerProps {
  languages: readonly Language[];
  value: LanguageId | null;
  onChoose: (language: LanguageId) => void;
  showTaglines?: boolean;
}

export function LanguagePicker({ languages, value, onChoose, showTaglines = true }: LanguagePickerProps) {
  const id = useId();
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
              aria-describedby={showTaglines ? `${id}-${language.id}` : undefined}
            />
            <span>
              <span>{language.name}</span>
              {/* A description, not part of the name: the radio is called exactly "PHP". */}
              {showTaglines && (
                <small id={`${id}-${language.id}`} aria-hidden="true">
                  {language.tagline}
                </small>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
