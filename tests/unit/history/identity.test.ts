import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Corrections, foldName, orderedCorrection, personIdentity, rolesConflict, sameIdentity, type NamedPerson } from '../../../lib/history/identity';

const none = new Corrections([]);
const named = (identity: string, role: string | null = null, official = false): NamedPerson => ({ identity, role, official });

describe('personIdentity', () => {
  it('folds case, accents, punctuation and courtesy titles', () => {
    expect(personIdentity({ name: 'Sergei Lavrov' })).toBe('sergei lavrov');
    expect(personIdentity({ name: 'SERGEI LAVROV' })).toBe('sergei lavrov');
    expect(personIdentity({ name: 'Mr. Sergei Lavrov' })).toBe('sergei lavrov');
    expect(personIdentity({ name: 'Dr Mr Sergei Lavrov' })).toBe('sergei lavrov');
    expect(personIdentity({ name: 'François Hollande' })).toBe('francois hollande');
    expect(personIdentity({ name: 'Recep Tayyip Erdoğan' })).toBe('recep tayyip erdogan');
    expect(personIdentity({ name: 'Jean-Marc Ayrault' })).toBe(personIdentity({ name: 'Jean Marc Ayrault' }));
    expect(personIdentity({ name: 'Conan O’Brien' })).toBe(personIdentity({ name: "Conan O'Brien" }));
    expect(personIdentity({ name: '  Angela   Merkel ' })).toBe('angela merkel');
  });

  it('gives no identity to a one-word name, with or without a title', () => {
    expect(personIdentity({ name: 'Lavrov' })).toBeNull();
    expect(personIdentity({ name: 'Mr. Lavrov' })).toBeNull();
    expect(personIdentity({ name: 'Lord Sugar' })).toBeNull();
    expect(personIdentity({ name: 'Madonna' })).toBeNull();
    expect(personIdentity({ name: '' })).toBeNull();
    expect(personIdentity({ name: '—' })).toBeNull();
  });

  it('gives no identity to an initial and a surname, but keeps middle initials', () => {
    expect(personIdentity({ name: 'J. Smith' })).toBeNull();
    expect(personIdentity({ name: 'George W. Bush' })).toBe('george w bush');
    expect(personIdentity({ name: 'George H. W. Bush' })).not.toBe(personIdentity({ name: 'George W. Bush' }));
  });

  it('tells apart the same surname with another first name', () => {
    expect(personIdentity({ name: 'Boris Johnson' })).not.toBe(personIdentity({ name: 'Lyndon Johnson' }));
  });

  it('is a fixed point of itself: an identity taken as a name gives itself back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => {
        const identity = personIdentity({ name });
        expect(identity === null ? null : personIdentity({ name: identity })).toBe(identity);
        expect(identity === null ? null : foldName(identity)).toBe(identity);
      }),
    );
  });
});

describe('rolesConflict and sameIdentity', () => {
  it('links the same full name across roles when both are public posts (a role history)', () => {
    expect(sameIdentity(named('sergei lavrov', 'Foreign Minister', true), named('sergei lavrov', 'Prime Minister', true), none)).toBe(true);
  });

  it('links the same full name when either article states no role', () => {
    expect(sameIdentity(named('james miller', 'Undersecretary of Defense', true), named('james miller'), none)).toBe(true);
    expect(sameIdentity(named('james miller'), named('james miller', 'chief executive', false), none)).toBe(true);
    expect(sameIdentity(named('james miller', null, true), named('james miller', 'chief executive', false), none)).toBe(true);
  });

  it('separates the same full name when one role is a public post and the other is not', () => {
    const official = named('james miller', 'Undersecretary of Defense', true);
    const executive = named('james miller', 'chief executive of Acme', false);
    expect(rolesConflict(official, executive)).toBe(true);
    expect(sameIdentity(official, executive, none)).toBe(false);
    expect(sameIdentity(executive, official, none)).toBe(false);
  });

  it('separates different identities', () => {
    expect(sameIdentity(named('boris johnson', 'Prime Minister', true), named('lyndon johnson', 'President', true), none)).toBe(false);
  });

  it('lets the reader join two identities, and that wins over a role conflict', () => {
    const corrections = new Corrections([{ a: 'sergey lavrov', b: 'sergei lavrov', same: true }]);
    expect(sameIdentity(named('sergei lavrov'), named('sergey lavrov', 'CEO', false), corrections)).toBe(true);
    expect(corrections.linkedTo('sergei lavrov')).toEqual(['sergei lavrov', 'sergey lavrov']);
    expect(corrections.linkedTo('sergey lavrov')).toEqual(['sergey lavrov', 'sergei lavrov']);
  });

  it('lets the reader join one name across a role conflict ("same person")', () => {
    const corrections = new Corrections([{ a: 'rex tillerson', b: 'rex tillerson', same: true }]);
    expect(sameIdentity(named('rex tillerson', 'Secretary of State', true), named('rex tillerson', 'chief executive', false), corrections)).toBe(true);
  });

  it('lets the reader say one name belongs to different people: nothing links it any more', () => {
    const corrections = new Corrections([{ a: 'john smith', b: 'john smith', same: false }]);
    expect(sameIdentity(named('john smith'), named('john smith'), corrections)).toBe(false);
    expect(corrections.linkedTo('john smith')).toEqual([]);
  });

  it('the latest word on a pair wins, in either order', () => {
    const corrections = new Corrections([
      { a: 'a b', b: 'c d', same: true },
      { a: 'c d', b: 'a b', same: false },
    ]);
    expect(corrections.verdict('a b', 'c d')).toBe(false);
    expect(sameIdentity(named('c d'), named('a b'), corrections)).toBe(false);
  });

  it('follows only the joins the reader made, not chains of them', () => {
    const corrections = new Corrections([
      { a: 'a b', b: 'c d', same: true },
      { a: 'c d', b: 'e f', same: true },
    ]);
    expect(corrections.linkedTo('a b')).toEqual(['a b', 'c d']);
    expect(sameIdentity(named('a b'), named('e f'), corrections)).toBe(false);
  });
});

describe('orderedCorrection', () => {
  it('stores a pair in one order', () => {
    expect(orderedCorrection({ a: 'zed y', b: 'alpha b', same: true })).toEqual({ a: 'alpha b', b: 'zed y', same: true });
    expect(orderedCorrection({ a: 'alpha b', b: 'zed y', same: false })).toEqual({ a: 'alpha b', b: 'zed y', same: false });
  });
});
