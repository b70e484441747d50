import { AssistanceType } from "./assistance-type";

/**
 * How a reservation or special opinion is said to "mention" a kind of assistance: it contains one of these
 * phrases, in Azerbaijani, English or Russian, each word of the phrase beginning a word of the text, in a
 * row. Phrases are written folded (Azerbaijani letters as Latin, lower case: see `fold`), stems where a
 * language inflects ("extradit" finds extradite, extradition; "выдач" finds выдача, выдаче). A mention is
 * a pointer for the officer to read that text first, never a finding that it limits the request; texts
 * the sources do not give are not guessed at (docs/legal-basis.md).
 */
export const ASSISTANCE_TERMS: Record<AssistanceType, readonly string[]> = {
  [AssistanceType.EVIDENCE]: ["subut", "delil", "evidence", "доказательств"],
  [AssistanceType.WITNESS_VICTIM_INTERVIEW]: ["sahid", "dindiril", "zerercek", "witness", "interview", "testimon", "свидетел", "допрос", "потерпевш"],
  [AssistanceType.IDENTIFICATION]: ["eynilesdir", "identifikasiya", "sexsiyyetin muey", "identif", "идентифика", "установлени личност"],
  [AssistanceType.SEARCH_AND_SEIZURE]: ["axtaris", "goturulm", "goturm", "search", "seiz", "обыск", "выемк", "арест имуществ"],
  [AssistanceType.ASSET_TRACING]: ["emlak", "musadire", "aktivler", "asset", "proceeds", "confiscat", "forfeit", "имуществ", "конфиска"],
  [AssistanceType.EXTRADITION]: ["ekstradisiya", "tehvil veril", "extradit", "surrender", "выдач", "экстрадиц"],
  [AssistanceType.TRANSFER_OF_PROCEEDINGS]: ["icraatin otur", "teqibin otur", "transfer of proceed", "transfer of criminal proceed", "передач уголовн", "передач производств"],
  [AssistanceType.VICTIM_REPATRIATION]: ["repatriasiya", "geri qaytar", "repatriat", "репатриац", "возвращени"],
  [AssistanceType.INFORMATION_EXCHANGE]: ["melumat mubadil", "informasiya mubadil", "exchange of information", "information exchange", "обмен информаци", "обмен сведени"],
  [AssistanceType.JOINT_INVESTIGATION]: ["birge istintaq", "birge arasdirma", "joint investigat", "совместн расследова", "совместн следствен"],
};

/** Azerbaijani letters to Latin, then lower case (as the database's az_fold); ё as е. */
export function fold(text: string): string {
  const from = "ƏÖÜĞIİŞÇəöüğışçÂâЁё";
  const to = "EOUGIISCeougiscAaЕе";
  return [...text].map((char) => {
    const index = from.indexOf(char);
    return index >= 0 ? to[index] : char;
  }).join("").toLowerCase();
}

function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The phrases of ASSISTANCE_TERMS[type] that occur in `text`, in the table's order. */
export function mentionedTerms(text: string, type: AssistanceType): string[] {
  const textWords = words(text);
  return ASSISTANCE_TERMS[type].filter((phrase) => {
    const phraseWords = phrase.split(" ");
    return textWords.some((_, start) => phraseWords.every((word, i) => textWords[start + i]?.startsWith(word)));
  });
}
