import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/schema';
import { RenameFormSchema } from './DraftsList';
import { RelationFormSchema } from './RelationDialog';
import { TranslationFormSchema } from './TranslationDialog';

const relation = { source: 'putin', target: 'china', type: 'visits', typeAr: '', typeEn: '', category: 'diplomacy', directed: true, attributedTo: '', inferred: false, qualAr: '', qualEn: '', noteAr: '', noteEn: '' };

describe('the dialogs’ form rules, taken from the contract', () => {
  it('asks for both labels only when a new relation type is made', () => {
    expect(RelationFormSchema.safeParse(relation).success).toBe(true);
    const blank = RelationFormSchema.safeParse({ ...relation, type: '__new__', typeAr: 'يلتقي', typeEn: '  ' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['typeEn', 'too_small']]);
    expect(RelationFormSchema.safeParse({ ...relation, type: '__new__', typeAr: 'يلتقي', typeEn: 'meets' }).success).toBe(true);
    expect(RelationFormSchema.safeParse({ ...relation, noteEn: 'x'.repeat(LIMITS.noteLength + 1) }).success).toBe(false);
  });

  it('trims a draft’s name and refuses a blank one', () => {
    expect(RenameFormSchema.parse({ name: '  Water talks ' })).toEqual({ name: 'Water talks' });
    expect(RenameFormSchema.safeParse({ name: '   ' }).success).toBe(false);
  });

  it('bounds a translation by the contract’s sentence length', () => {
    expect(TranslationFormSchema.safeParse({ en: '' }).success).toBe(true);
    expect(TranslationFormSchema.safeParse({ en: 'x'.repeat(LIMITS.sentenceLength + 1) }).success).toBe(false);
  });
});
