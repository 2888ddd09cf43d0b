import { describe, expect, it } from 'vitest';
import { rankRoles } from '../../../lib/nlp/roles';
import { peopleByName as rolesOf } from './roles-people';

describe('roles from the article text', () => {
  it('reads titles written before the name', () => {
    const roles = rolesOf([
      'The talks were led by Canadian Foreign Minister Anna Kowalski, who arrived on Sunday.',
      'Whale biologist Tevita Fonua joined them.',
    ]);
    expect(roles['Anna Kowalski']?.role).toBe('Canadian Foreign Minister');
    expect(roles['Anna Kowalski']?.official).toBe(true);
    expect(roles['Tevita Fonua']?.role).toBe('whale biologist');
    expect(roles['Tevita Fonua']?.official).toBe(false);
  });

  it('reads a capitalised title with its complement, commas included', () => {
    const roles = rolesOf([
      'The delegation included Deputy Secretary for Trade, Industry and Energy Paul Brennan and Undersecretary of State for Europe Mary Osei.',
    ]);
    expect(roles['Paul Brennan']?.role).toBe('Deputy Secretary for Trade, Industry and Energy');
    expect(roles['Mary Osei']?.role).toBe('Undersecretary of State for Europe');
  });

  it('reads appositives after the name and stops at the clause that follows', () => {
    const roles = rolesOf([
      'Maria Lindqvist, deputy director of the Nordic Institute for Polar Studies, said the ice was thinning.',
      "Omar Haddad, the ministry's chief negotiator, declined to comment.",
      'Priya Raman, head of the National Water Board, said nothing. Lindqvist, a veteran diplomat who served in Oslo, agreed.',
    ]);
    expect(roles['Maria Lindqvist']?.roles).toEqual(['deputy director of the Nordic Institute for Polar Studies', 'veteran diplomat']);
    expect(roles['Maria Lindqvist']?.official).toBe(true);
    expect(roles['Omar Haddad']?.role).toBe("ministry's chief negotiator");
    expect(roles['Priya Raman']?.role).toBe('head of the National Water Board');
  });

  it('reads possessive chains and names the possessor by surname', () => {
    const roles = rolesOf(["Prime Minister Elena Varga's chief spokesman Tomas Kral said the vote would go ahead."]);
    expect(roles['Tomas Kral']?.role).toBe("Varga's chief spokesman");
    expect(roles['Elena Varga']?.role).toBe('Prime Minister');
  });

  it('reads a role set off before the name and an "X\'s chief executive" title', () => {
    const roles = rolesOf([
      "Investors may side with the company's chief executive, Laura Chen, in the vote.",
      "Acme's chief executive Daniel Moss disagreed.",
    ]);
    expect(roles['Laura Chen']?.role).toBe("company's chief executive");
    expect(roles['Daniel Moss']?.role).toBe("Acme's chief executive");
  });

  it('reads "X is a ROLE" and keeps the sentence as evidence', () => {
    const sentence = 'Jonas Hansen is a member of the city council of Bergen.';
    const roles = rolesOf([sentence]);
    expect(roles['Jonas Hansen']?.role).toBe('member of the city council of Bergen');
    expect(roles['Jonas Hansen']?.evidence).toEqual([{ role: 'member of the city council of Bergen', sentence }]);
  });

  it('reads roles past degrees, in "who is" clauses, after "now", and before "named"', () => {
    const roles = rolesOf([
      '"The risk is low," says Hannah Kowal, MD, president of the Society for Tropical Medicine.',
      'Tomas Ferreira, who is a managing director at the Harbour Bank, agreed.',
      'Lina Okafor, now a physical oceanographer at the University of Lagos, disagreed.',
      'In 1963 a meteorologist named Edvard Lund found the effect.',
    ]);
    expect(roles['Hannah Kowal']?.role).toBe('president of the Society for Tropical Medicine');
    expect(roles['Tomas Ferreira']?.role).toBe('managing director at the Harbour Bank');
    expect(roles['Lina Okafor']?.role).toBe('physical oceanographer at the University of Lagos');
    expect(roles['Edvard Lund']?.role).toBe('meteorologist');
  });

  it('ends a role on a noun and never reaches into the phrase before the title', () => {
    const roles = rolesOf([
      'Supporters of Republican presidential nominee Dana Whitlock cheered.',
      'Omar Reyes, vice president of electrical engineering and planning for the utility, said repairs continue.',
      'Mayor Bill de Vries said the city would act.',
    ]);
    expect(roles['Dana Whitlock']?.role).toBe('Republican presidential nominee');
    expect(roles['Omar Reyes']?.role).toBe('vice president of electrical engineering');
    expect(roles['Bill de Vries']?.role).toBe('Mayor');
  });

  it('stops a set-off role at the preposition before its possessor', () => {
    const roles = rolesOf(['The charges at the court against Sudan’s president, Omar Hassan al-Rashid, stand.']);
    expect(roles['Omar Hassan al-Rashid']?.role).toBe('Sudan’s president');
  });

  it('gives a plural title to every name it covers', () => {
    const roles = rolesOf(['The bill was drafted by senators Ruth Adler and Ben Okafor, who met on Monday.']);
    expect(roles['Ruth Adler']?.role).toBe('senator');
    expect(roles['Ben Okafor']?.role).toBe('senator');
  });

  it('does not take a neighbour, a list or a generic noun for a role', () => {
    const roles = rolesOf([
      'He met top officials including President Elena Varga, secretary of the council Ivan Petrov and Defence Minister Sara Lind.',
      'Mark Tully, the man with the plan, smiled. Rivals vowed to resist Tully on every point.',
    ]);
    expect(roles['Elena Varga']?.roles).toEqual(['President']);
    expect(roles['Ivan Petrov']?.role).toBe('secretary of the council');
    expect(roles['Sara Lind']?.role).toBe('Defence Minister');
    expect(roles['Mark Tully']?.roles).toEqual([]);
  });

  it('marks officials by the office the role names', () => {
    const roles = rolesOf([
      'Opposition leader Kwame Mensah spoke after Navy veteran Rosa Diaz and Acme photographer Lena Morrow.',
    ]);
    expect(roles['Kwame Mensah']?.official).toBe(true);
    expect(roles['Rosa Diaz']?.official).toBe(true);
    expect(roles['Lena Morrow']?.official).toBe(false);
  });
});

describe('which role the card shows first', () => {
  it('keeps the first-stated role unless a later one says the same and more', () => {
    expect(rankRoles(['Foreign Minister', 'veteran diplomat'])).toEqual(['Foreign Minister', 'veteran diplomat']);
    expect(rankRoles(['President', 'Russian President', 'former spy'])).toEqual(['Russian President', 'President', 'former spy']);
    // A feat is no role: "the first player in league history to ..." goes after the role the person holds.
    expect(rankRoles(['first player in league history', 'tall point guard', 'his brother'])).toEqual(['tall point guard', 'first player in league history', 'his brother']);
    // Capitalised, "First" opens a title: "First Minister".
    expect(rankRoles(['First Minister', 'party leader'])).toEqual(['First Minister', 'party leader']);
  });

  it('names the holder of "the U.S. president" when one person without a role is named right after', () => {
    const roles = rolesOf([
      'Analysts said the U.S. president has less room to act than Moscow thinks.',
      'Daniel Reyes, a professor of history, agreed. "Jack Dawson wants calm," he said.',
      'Dawson has said so before. Aides say Dawson will not change course.',
    ]);
    expect(roles['Jack Dawson']?.role).toBe('U.S. president');
    expect(roles['Jack Dawson']?.evidence[0]?.sentence).toBe('Analysts said the U.S. president has less room to act than Moscow thinks.');
    expect(roles['Daniel Reyes']?.role).toBe('professor of history');
  });

  it('does not take a passing source for the office holder', () => {
    const roles = rolesOf(['Ties with the U.S. president are strained, said Lena Ortiz of Georgetown.']);
    expect(roles['Lena Ortiz']?.role).toBeNull();
  });

  it('does not guess between two people without roles', () => {
    const roles = rolesOf(['The prime minister was absent.', 'Jack Dawson and Mara Quinn spoke instead, Dawson said.']);
    expect(roles['Jack Dawson']?.role).toBeNull();
    expect(roles['Mara Quinn']?.role).toBeNull();
  });
});
