import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import { useQuery } from "../api/use-query";
import { graphql } from "../generated";
import { useI18n } from "../i18n/language";
import { fold } from "../i18n/localized";

const CountriesQuery = graphql(`
  query Countries {
    countries {
      ...CountryName
    }
  }
`);

graphql(`
  fragment CountryName on Country {
    code
    nameAz
    nameEn
    nameRu
  }
`);

interface Country {
  code: string;
  nameAz: string;
  nameEn: string;
  nameRu: string;
}

/** Every name a person may type for a country: Azerbaijani, English, Russian, or its ISO code. */
function searchKeys(country: Country): string[] {
  return [country.nameAz, country.nameEn, country.nameRu, country.code].map(fold).filter(Boolean);
}

/** Countries whose name in any language starts with, or contains a word starting with, what was typed. */
export function matchCountries(countries: Country[], typed: string): Country[] {
  const query = fold(typed);
  if (!query) return countries;
  const starts = (key: string) => key.startsWith(query) || key.split(/[\s-]+/).some((word) => word.startsWith(query));
  return countries.filter((country) => searchKeys(country).some(starts));
}

interface CountryPickerProps {
  id: string;
  label: string;
  /** The chosen ISO code, or null while nothing is chosen. */
  value: string | null;
  onChange(code: string | null): void;
  /** Reports what is typed, so a form can say "choose from the list" instead of losing it. */
  onTextChange?(text: string): void;
  error?: string | undefined;
  required?: boolean;
  /** Countries to leave out (Azerbaijan itself in a counterpart picker). */
  exclude?: string[];
}

/**
 * A combobox (ARIA 1.2 pattern): type a country's name in any language, pick it with the arrow keys and
 * Enter or the mouse. What is typed stays as typed until a country is chosen.
 */
export function CountryPicker({ id, label, value, onChange, onTextChange, error, required, exclude = [] }: CountryPickerProps) {
  const i18n = useI18n();
  const { data } = useQuery(CountriesQuery, {}, { reference: true });
  const countries = useMemo(() => (data?.countries ?? []).filter((c) => !exclude.includes(c.code)), [data, exclude]);
  const chosen = countries.find((c) => c.code === value);
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  // The chosen country's name follows the language; a choice made elsewhere (the URL) shows its name.
  useEffect(() => {
    if (chosen) setText(i18n.countryName(chosen));
  }, [chosen, i18n]);
  const options = useMemo(() => matchCountries(countries, chosen && text === i18n.countryName(chosen) ? "" : text).slice(0, 30), [countries, text, chosen, i18n]);
  const choose = (country: Country) => {
    setText(i18n.countryName(country));
    setOpen(false);
    onChange(country.code);
  };
  const type = (typed: string) => {
    setText(typed);
    setOpen(true);
    setActive(0);
    onTextChange?.(typed);
    if (value !== null) onChange(null);
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === "Enter" && open && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };
  const blur = () => {
    setOpen(false);
    // A name typed in full (in any language) is a choice too.
    const exact = countries.filter((c) => searchKeys(c).includes(fold(text)));
    if (!chosen && exact.length === 1 && exact[0]) choose(exact[0]);
  };
  const errorId = error ? `${id}-error` : undefined;
  const activeId = open && options[active] ? `${id}-option-${options[active].code}` : undefined;
  return (
    <div className={`field combobox${error ? " invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> ({i18n.t("required")})</span> : null}
      </label>
      <input
        id={id}
        name={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, `${id}-hint`].filter(Boolean).join(" ")}
        value={text}
        placeholder={i18n.t("countryPlaceholder")}
        onChange={(event) => type(event.target.value)}
        onKeyDown={keyDown}
        onFocus={() => setOpen(true)}
        onBlur={blur}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combobox-options" hidden={!open || options.length === 0}>
        {options.map((country, index) => (
          <li
            key={country.code}
            id={`${id}-option-${country.code}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? "active" : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(country);
            }}
          >
            {i18n.countryName(country)} <span className="muted">{country.code}</span>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <p className="hint" id={`${id}-hint`}>
        {i18n.t("countryHint")}
      </p>
    </div>
  );
}
