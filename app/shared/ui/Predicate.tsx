import { splitJoin } from '../../domain/relation-sentence';

/**
 * A relation's words, set apart, then its object: «حليفة للصين» keeps the preposition
 * joined to the object it belongs to.
 */
export function Predicate({ phrase, object }: { phrase: string; object: string }) {
  const parts = splitJoin(phrase, object);
  return (
    <>
      {parts.phrase !== '' && <span className="muted">{parts.phrase}</span>} {parts.object}
    </>
  );
}
