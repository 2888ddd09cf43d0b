import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personIdentity } from '../../../lib/history/identity';
import { givenNamesMatch, mayBeSamePerson, spellingKey, surnameKey } from '../../../lib/history/possible-matches';

const identity = (name: string) => personIdentity({ name })!;
const maybe = (a: string, b: string) => mayBeSamePerson(identity(a), identity(b));

describe('mayBeSamePerson', () => {
  it('pairs the same surname with a first name spelled another way', () => {
    expect(maybe('Sergei Lavrov', 'Sergey Lavrov')).toBe(true);
    expect(maybe('Aleksei Navalny', 'Alexei Navalny')).toBe(true);
    expect(maybe('Aleksandr Lukashenko', 'Alexander Lukashenko')).toBe(true);
    expect(maybe('Dmitry Peskov', 'Dmitri Peskov')).toBe(true);
    expect(maybe('Yuri Ushakov', 'Iouri Ushakov')).toBe(true);
    expect(maybe('Ilham Aliyev', 'Ilkham Aliyev')).toBe(true);
  });

  it('pairs a surname spelled another way', () => {
    expect(maybe('Volodymyr Zelensky', 'Volodymyr Zelenskyy')).toBe(true);
    expect(maybe('Volodymyr Zelenskiy', 'Volodymyr Zelenskyy')).toBe(true);
  });

  it('pairs a first name with its initial', () => {
    expect(maybe('J. Robert Oppenheimer', 'Julius Robert Oppenheimer')).toBe(true);
    expect(maybe('J. Robert Oppenheimer', 'Robert Oppenheimer')).toBe(false);
  });

  it('pairs a missing or extra middle name, or a middle initial', () => {
    expect(maybe('Vladimir Vladimirovich Putin', 'Vladimir Putin')).toBe(true);
    expect(maybe('Hillary Rodham Clinton', 'Hillary Clinton')).toBe(true);
    expect(maybe('George W. Bush', 'George Walker Bush')).toBe(true);
    expect(maybe('George W. Bush', 'George Bush')).toBe(true);
    expect(maybe('Recep Tayyip Erdogan', 'Recep T. Erdogan')).toBe(true);
  });

  it('keeps apart another first name, another middle name and another surname', () => {
    expect(maybe('Sergei Lavrov', 'Ivan Lavrov')).toBe(false);
    expect(maybe('Boris Johnson', 'Lyndon Johnson')).toBe(false);
    expect(maybe('Sergei Lavrov', 'Sergei Ivanov')).toBe(false);
    expect(maybe('George Walker Bush', 'George Herbert Bush')).toBe(false);
    expect(maybe('Kim Jong Un', 'Kim Jong Il')).toBe(false);
  });

  it('keeps apart short names one letter apart, and Jr from Sr', () => {
    expect(maybe('Maria Rossi', 'Mario Rossi')).toBe(false);
    expect(maybe('John Smith', 'Joan Smith')).toBe(false);
    expect(maybe('John Smith Jr.', 'John Smith Sr.')).toBe(false);
    expect(maybe('Martin Luther King Jr.', 'Martin Luther King')).toBe(true);
  });

  it('never pairs an identity with itself: the identity rule already links it', () => {
    expect(maybe('Sergei Lavrov', 'Sergei Lavrov')).toBe(false);
  });
});

describe('givenNamesMatch', () => {
  it('takes an initial for the name it begins, never for another initial', () => {
    expect(givenNamesMatch('s', 'sergei')).toBe(true);
    expect(givenNamesMatch('sergei', 's')).toBe(true);
    expect(givenNamesMatch('s', 'v')).toBe(false);
    expect(givenNamesMatch('s', 'vladimir')).toBe(false);
  });

  it('allows one letter more beyond the usual variants only in long names', () => {
    expect(givenNamesMatch('alexandr', 'alexander')).toBe(true);
    expect(givenNamesMatch('sergei', 'sergii')).toBe(true);
    expect(givenNamesMatch('anna', 'anya')).toBe(false);
    expect(givenNamesMatch('natalia', 'nataliya')).toBe(true);
    expect(givenNamesMatch('sergei', 'andrei')).toBe(false);
  });
});

describe('spellingKey and surnameKey', () => {
  it('write the usual variants one way', () => {
    expect(spellingKey('sergey')).toBe(spellingKey('sergei'));
    expect(spellingKey('aleksandr')).toBe(spellingKey('alexandr'));
    expect(spellingKey('zelenskyy')).toBe(spellingKey('zelenskiy'));
  });

  it('file an identity under its surname, a suffix aside', () => {
    expect(surnameKey('sergei lavrov')).toBe('lavrov');
    expect(surnameKey('vladimir vladimirovich putin')).toBe('putin');
    expect(surnameKey('martin luther king jr')).toBe('king');
    expect(surnameKey('volodymyr zelenskyy')).toBe(surnameKey('volodymyr zelensky'));
  });
});

describe('mayBeSamePerson, properties', () => {
  // Few name parts, so that generated pairs often share a surname and given names.
  const part = fc.constantFrom('s', 'v', 'sergei', 'sergey', 'serge', 'vladimir', 'vladimirovich', 'alexander', 'aleksandr', 'lavrov', 'putin', 'zelensky', 'zelenskyy', 'jr', 'sr');
  const identityArb = fc.array(part, { minLength: 2, maxLength: 4 }).map((words) => words.join(' ')).filter((text) => personIdentity({ name: text }) === text);

  it('is symmetric', () => {
    fc.assert(
      fc.property(identityArb, identityArb, (a, b) => {
        expect(mayBeSamePerson(a, b)).toBe(mayBeSamePerson(b, a));
      }),
    );
  });

  it('never suggests an identity as its own match', () => {
    fc.assert(
      fc.property(identityArb, (a) => {
        expect(mayBeSamePerson(a, a)).toBe(false);
      }),
    );
  });

  it('only pairs identities filed under the same surname key, so the store’s lookup finds every match', () => {
    fc.assert(
      fc.property(identityArb, identityArb, (a, b) => {
        expect(!mayBeSamePerson(a, b) || surnameKey(a) === surnameKey(b)).toBe(true);
      }),
    );
  });
});
