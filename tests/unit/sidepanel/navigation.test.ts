import { describe, expect, it } from 'vitest';
import { describeShowFailure, describeShown } from '../../../lib/sidepanel/navigation';

describe('describeShown', () => {
  it('says whose mention the page went to, and which of how many', () => {
    expect(describeShown({ personKey: 'helen whitcombe', name: 'Helen Whitcombe', ordinal: 2, total: 3 })).toBe('Helen Whitcombe: mention 2 of 3 in the page');
  });
});

describe('describeShowFailure', () => {
  it('tells the reader to reload when no script answers in the page', () => {
    for (const message of ['Could not establish connection. Receiving end does not exist.', 'No reply to showPerson: no Backstory script answered in the page']) {
      expect(describeShowFailure('Helen Whitcombe', new Error(message))).toBe(
        'Could not show Helen Whitcombe in the page: it is not ready, or it was reloaded. Reload the page and try again.',
      );
    }
  });

  it('passes on the page\'s own answer, and anything else as it came', () => {
    expect(describeShowFailure('Helen Whitcombe', new Error('showPerson failed: Helen Whitcombe is not mentioned in the text shown on the page'))).toBe(
      'Helen Whitcombe is not mentioned in the text shown on the page.',
    );
    expect(describeShowFailure('Helen Whitcombe', 'tab closed')).toBe('Could not show Helen Whitcombe in the page: tab closed');
  });
});
