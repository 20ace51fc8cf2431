// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleDoc } from '../../domain/annotation/fixtures';
import { useDraftLocks } from '../../state/draft-lock';
import { useDrafts } from '../../state/drafts';
import { renderWithApp } from '../../test/render';
import { EntityDialog } from './EntityDialog';
import { RelationDialog } from './RelationDialog';

beforeAll(() => {
  // jsdom has <dialog> without its modal methods: open and close it as the browser would.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

let draft = '';
beforeEach(() => {
  useDrafts.setState({ drafts: {} });
  draft = useDrafts.getState().create(sampleDoc());
  useDraftLocks.setState({ holds: { [draft]: 'held' } });
});

const history = () => useDrafts.getState().drafts[draft]!.history;
const present = () => history().present;

function renderDialog(ui: React.ReactElement) {
  return renderWithApp(ui, { state: { workspace: { page: 'annotate', draft } } });
}

describe('the entity dialog', () => {
  it('saves the fields and the mentions marked for removal as one undo step', async () => {
    let closed = false;
    const { user } = renderDialog(<EntityDialog id="putin" onClose={() => (closed = true)} />);
    const dialog = screen.getByRole('dialog', { name: 'Edit Vladimir Putin' });
    await user.clear(within(dialog).getByLabelText('English label'));
    await user.type(within(dialog).getByLabelText('English label'), 'President Putin');
    await user.click(within(dialog).getByRole('button', { name: 'Remove the mention “بوتين”' }));
    expect(within(dialog).getByRole('button', { name: 'Remove the mention “بوتين”' }).getAttribute('aria-pressed')).toBe('true');
    // Marked, not yet removed: the document is untouched until Save.
    expect(present().entities[0]!.mentions).toHaveLength(2);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed).toBe(true));
    const putin = present().entities.find((e) => e.id === 'putin')!;
    expect(putin.label.en).toBe('President Putin');
    expect(putin.mentions).toEqual([{ sentence: 's1', quote: 'فلاديمير بوتين' }]);
    expect(history().past).toHaveLength(1);
    useDrafts.getState().undo(draft);
    expect(present()).toEqual(sampleDoc());
  });

  it('cancelled, leaves the document as it was', async () => {
    const { user } = renderDialog(<EntityDialog id="putin" onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Edit Vladimir Putin' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove the mention “بوتين”' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(history().past).toHaveLength(0);
    expect(present()).toEqual(sampleDoc());
  });

  it('checks the fields by the contract’s rules and says what is wrong in the user’s language', async () => {
    const { user } = renderWithApp(<EntityDialog id="putin" onClose={() => undefined} />, { state: { workspace: { page: 'annotate', draft }, lang: 'ar' } });
    const dialog = screen.getByRole('dialog', { name: 'تعديل فلاديمير بوتين' });
    const english = within(dialog).getByLabelText('التسمية بالإنجليزية');
    await user.clear(english);
    await user.click(within(dialog).getByRole('button', { name: 'حفظ' }));
    expect(await within(dialog).findByText('هذا الحقل مطلوب.')).toBeTruthy();
    expect(english.getAttribute('aria-invalid')).toBe('true');
    expect(history().past).toHaveLength(0);
  });
});

describe('the relation dialog', () => {
  it('saves a change and a removed piece of evidence as one step', async () => {
    useDrafts.getState().edit(draft, (d) => ({
      ok: true,
      doc: { ...d, relations: d.relations.map((r) => (r.id === 'putin-visits-china' ? { ...r, evidence: [...r.evidence, { sentence: 's2', quote: 'روسيا تدعم الصين' }] } : r)) },
    }));
    let closed = false;
    const { user } = renderDialog(<RelationDialog id="putin-visits-china" onClose={() => (closed = true)} />);
    const dialog = screen.getByRole('dialog', { name: 'Edit relation' });
    await user.type(within(dialog).getByLabelText('Qualifiers (English)'), 'Thursday');
    await user.click(within(dialog).getByRole('button', { name: 'Remove the evidence “روسيا تدعم الصين”' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed).toBe(true));
    const visit = present().relations.find((r) => r.id === 'putin-visits-china')!;
    expect(visit.qualifiers).toEqual({ en: 'Thursday' });
    expect(visit.evidence.map((e) => e.quote)).toEqual(['زار الرئيس الروسي فلاديمير بوتين الصين']);
    expect(history().past).toHaveLength(2);
  });

  it('refuses to remove the only evidence, in the dialog, without a step', async () => {
    const { user } = renderDialog(<RelationDialog id="putin-visits-china" onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Edit relation' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove the evidence “زار الرئيس الروسي فلاديمير بوتين الصين”' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toMatch(/evidence/i);
    expect(history().past).toHaveLength(0);
  });

  it('makes a new relation type, changes the type and removes evidence in one undo step', async () => {
    useDrafts.getState().edit(draft, (d) => ({
      ok: true,
      doc: { ...d, relations: d.relations.map((r) => (r.id === 'putin-visits-china' ? { ...r, evidence: [...r.evidence, { sentence: 's2', quote: 'روسيا تدعم الصين' }] } : r)) },
    }));
    const before = present();
    let closed = false;
    const { user } = renderDialog(<RelationDialog id="putin-visits-china" onClose={() => (closed = true)} />);
    const dialog = screen.getByRole('dialog', { name: 'Edit relation' });
    await user.selectOptions(within(dialog).getByLabelText('Relation type'), 'New relation type…');
    const newType = within(dialog).getByRole('group', { name: 'New relation type…' });
    await user.type(within(newType).getByLabelText('Arabic label'), 'يلتقي');
    await user.type(within(newType).getByLabelText('English label'), 'meets');
    await user.click(within(dialog).getByRole('button', { name: 'Remove the evidence “روسيا تدعم الصين”' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed).toBe(true));
    const visit = present().relations.find((r) => r.id === 'putin-visits-china')!;
    expect(present().relationTypes.find((r) => r.id === visit.type)?.label).toEqual({ ar: 'يلتقي', en: 'meets' });
    expect(visit.evidence).toHaveLength(1);
    expect(history().past).toHaveLength(2);
    useDrafts.getState().undo(draft);
    expect(present()).toEqual(before);
  });

  it('checks a new relation type’s labels by the contract’s rules, in the user’s language, without a step', async () => {
    const { user } = renderWithApp(<RelationDialog id="putin-visits-china" onClose={() => undefined} />, { state: { workspace: { page: 'annotate', draft }, lang: 'ar' } });
    const dialog = screen.getByRole('dialog', { name: 'تعديل العلاقة' });
    await user.selectOptions(within(dialog).getByLabelText('نوع العلاقة'), 'نوع علاقة جديد…');
    await user.type(within(dialog).getByLabelText('التسمية بالعربية'), 'يلتقي');
    const english = within(dialog).getByLabelText('التسمية بالإنجليزية');
    await user.click(within(dialog).getByRole('button', { name: 'حفظ' }));
    expect(await within(dialog).findByText('هذا الحقل مطلوب.')).toBeTruthy();
    expect(english.getAttribute('aria-invalid')).toBe('true');
    expect(history().past).toHaveLength(0);
  });
});

