import type { FieldError } from 'react-hook-form';
import type { Translate } from '../../shared/i18n/translate';

/**
 * A field's failed rule (a zod issue code from the contract's schema) in the user's
 * language: the schema's own messages are English, for files and logs.
 */
export function fieldMessage(t: Translate, error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  switch (error.type) {
    case 'too_small':
      return t('form.required');
    case 'too_big':
      return t('form.tooLong');
    case 'invalid_format':
      return t('form.kebab');
    default:
      return t('form.invalid');
  }
}

/** The message under a field, tied to it by id so a screen reader reads it with the field. */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  return (
    <span id={id} className="author-field__error" role={message ? 'alert' : undefined}>
      {message}
    </span>
  );
}
