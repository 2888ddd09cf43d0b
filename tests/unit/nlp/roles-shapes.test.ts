import { describe, expect, it } from 'vitest';
import { peopleByName as rolesOf } from './roles-people';

describe('titles before the name', () => {
  it('reads a title whose complement opens with "to"', () => {
    const roles = rolesOf(['Norway’s ambassador to Chile Ingrid Solberg spoke. Former U.S. envoy to the Sudan Mark Pell agreed.']);
    expect(roles['Ingrid Solberg']?.role).toBe('Norway’s ambassador to Chile');
    expect(roles['Ingrid Solberg']?.official).toBe(true);
    expect(roles['Mark Pell']?.role).toBe('Former U.S. envoy to the Sudan');
  });

  it('keeps "acting", "then-" and "former" inside the title', () => {
    const roles = rolesOf(['Then-Vice President Carl Brandt met acting secretary Dana Ruiz.']);
    expect(roles['Carl Brandt']?.role).toBe('Then-Vice President');
    expect(roles['Dana Ruiz']?.role).toBe('acting secretary');
  });

  it('reads a set-off role that says "former", opens the sentence, or ends on its complement', () => {
    const roles = rolesOf([
      'The House mourned former House Speaker, Tobias Nwosu and others.',
      'Senate Leader, Amina Bello raises a motion.',
      'Their nominee for governor, Jim Dale, lost narrowly.',
    ]);
    expect(roles['Tobias Nwosu']?.role).toBe('former House Speaker');
    expect(roles['Amina Bello']?.role).toBe('Senate Leader');
    expect(roles['Jim Dale']?.role).toBe('nominee for governor');
    // A candidate for an office does not hold it.
    expect(roles['Jim Dale']?.official).toBe(false);
  });

  it('reads "of" inside the proper name in a title, but not the phrase the title closes', () => {
    const roles = rolesOf([
      'They mourned former House of Delegates Speaker Tobias Nwosu on Monday.',
      'Supporters of Republican presidential nominee Dana Whitlock cheered.',
    ]);
    expect(roles['Tobias Nwosu']?.role).toBe('former House of Delegates Speaker');
    expect(roles['Dana Whitlock']?.role).toBe('Republican presidential nominee');
  });

  it('reads a role set off by a spaced comma, and stops at a spaced dash', () => {
    const roles = rolesOf([
      'The senators mourned former Speaker , Tobias Nwosu , on Tuesday.',
      'The rivals are the upstarts - Orbit founder Dana Whitfield among them.',
    ]);
    expect(roles['Tobias Nwosu']?.role).toBe('former Speaker');
    expect(roles['Dana Whitfield']?.role).toBe('Orbit founder');
  });

  it('gives a plural title, abbreviated or not, to every name of the list', () => {
    const roles = rolesOf([
      'The two rivals — Sens. Ruth Adler and Ben Okafor — struggled.',
      'She danced for judges Len Morrow, Bruno Tate and Carrie Ann Lowe on Monday.',
    ]);
    expect(roles['Ruth Adler']?.role).toBe('Senator');
    expect(roles['Ben Okafor']?.role).toBe('Senator');
    expect(roles['Ben Okafor']?.official).toBe(true);
    for (const name of ['Len Morrow', 'Bruno Tate', 'Carrie Ann Lowe']) {
      expect(roles[name]?.role).toBe('judge');
      expect(roles[name]?.official).toBe(false);
    }
  });

  it('does not take the role of a plural set off before the name', () => {
    const roles = rolesOf(['He thanked the volunteers, Maria Lopez chief among them.']);
    expect(roles['Maria Lopez']?.role ?? null).toBeNull();
  });
});

describe('roles after the name', () => {
  it('reads roles conferred by "named", "elected", and stated by "remains" or "became"', () => {
    const roles = rolesOf([
      'Carl Brandt resigned and Dana Ruiz has been named new DHS acting secretary.',
      'Omar Haddad was elected mayor of Tripoli in May.',
      'Lena Ortiz remains a major shareholder of the company.',
    ]);
    expect(roles['Dana Ruiz']?.role).toBe('new DHS acting secretary');
    expect(roles['Dana Ruiz']?.official).toBe(true);
    expect(roles['Omar Haddad']?.role).toBe('mayor of Tripoli');
    expect(roles['Lena Ortiz']?.role).toBe('major shareholder of the company');
  });

  it('ends a "who was" role where the next person is named, and reads "acting"', () => {
    const roles = rolesOf([
      'In a letter to Carl Brandt, who was the acting director of the Border Agency and Alex Moore, the health secretary, they offered help.',
    ]);
    expect(roles['Carl Brandt']?.role).toBe('acting director of the Border Agency');
    expect(roles['Alex Moore']?.role).toBe('health secretary');
  });

  it('finds the head before the complement', () => {
    const roles = rolesOf(['He said Tom Baker is a single father of three children.']);
    expect(roles['Tom Baker']?.roles).toEqual([]);
  });
});

describe('roles stated by a clause', () => {
  it('reads the post a relative clause states', () => {
    const roles = rolesOf(['“It felt right,” said Nora Quist, who owns a small design firm and waved goodbye.', 'Ivan Petrov, who heads the regional water board, agreed.']);
    expect(roles['Nora Quist']?.role).toBe('owner of a small design firm');
    expect(roles['Ivan Petrov']?.role).toBe('head of the regional water board');
  });

  it('gives the role after "as" to the person before it, through a pronoun, and to both sides of a succession', () => {
    const roles = rolesOf([
      'The talk was led by Anton Weiss at the clinic, where he worked as a chief physician.',
      'Lena Marsh, who was ousted as vice-president this month, is back.',
      'Dan Cole has agreed to replace Mark Powell as United’s manager until 2025.',
    ]);
    expect(roles['Anton Weiss']?.role).toBe('chief physician');
    expect(roles['Lena Marsh']?.role).toBe('vice-president');
    expect(roles['Lena Marsh']?.official).toBe(true);
    expect(roles['Dan Cole']?.role).toBe('United’s manager');
    expect(roles['Mark Powell']?.role).toBe('United’s manager');
  });

  it('does not give the role after "as" across a clause about someone else', () => {
    const roles = rolesOf(['Their candidate, Andy Hale — whose father, also as governor, signed the act — won.']);
    expect(roles['Andy Hale']?.roles).toEqual(['candidate']);
  });
});

describe('family ties', () => {
  it('reads a tie said with whose it is, and shows it after a role of the person’s own', () => {
    const roles = rolesOf([
      'The news came after Tom Baker’s announcement that his wife, Kimberly, had been ill.',
      'Omar Vance, the younger brother of the party’s deputy leader, spoke. Omar Vance is a physician.',
    ]);
    expect(roles['Kimberly']?.role).toBe('wife');
    expect(roles['Omar Vance']?.roles).toEqual(['physician', 'younger brother of the party’s deputy leader']);
    expect(roles['Omar Vance']?.official).toBe(false);
  });

  it('takes no tie that places nobody', () => {
    const roles = rolesOf(['Lena Ortiz, the mother of three children, said no.']);
    expect(roles['Lena Ortiz']?.roles).toEqual([]);
  });
});

describe('roles stated in a description of the person', () => {
  it('gives a description that opens a clause to the person named last before it', () => {
    const roles = rolesOf([
      'Jose Almeida has agreed a deal with the club. The Portuguese boss had been out of work since May.',
      'Braun kept calling Tara Quinn, 29, however the “Red Sky” songstress allegedly never answered.',
    ]);
    expect(roles['Jose Almeida']?.role).toBe('Portuguese boss');
    expect(roles['Tara Quinn']?.role).toBe('“Red Sky” songstress');
  });

  it('does not guess between two people, nor take a noun outside the role lexicon', () => {
    const roles = rolesOf([
      'Jose Almeida met Carl Brandt on Monday. The Portuguese boss said nothing.',
      'Anna Berg sang for hours. The little soul was tired.',
    ]);
    expect(roles['Jose Almeida']?.roles).toEqual([]);
    expect(roles['Carl Brandt']?.roles).toEqual([]);
    expect(roles['Anna Berg']?.roles).toEqual([]);
  });
});

describe('a ranking before the name', () => {
  it('reads "top-ranked" and "14th-ranked" as the role, written as one token or two', () => {
    const roles = rolesOf(['Top-seeded Ruth Adler won. Later the 12th-ranked Okafor said he was tired, after Ben Okafor lost to the top-ranked Adler.']);
    expect(roles['Ruth Adler']?.role).toBe('top-seeded');
    expect(roles['Ben Okafor']?.role).toBe('12th-ranked');
  });

  it('does not read a ranking of a team or an unranked word as a role', () => {
    const roles = rolesOf(['Ruth Adler beat top-ranked France. Ben Okafor, ranked by nobody, smiled.']);
    expect(roles['Ruth Adler']?.role).toBeNull();
    expect(roles['Ben Okafor']?.role).toBeNull();
  });
});

describe('a person who represents another', () => {
  it('is their attorney, whether the clause names the client or a group the client belongs to', () => {
    const roles = rolesOf([
      'Ruth Adler and Ben Okafor were charged. “We will fight,” said Dana Ruiz, who represents Adler. Carl Brandt, who represented Okafor, declined to comment. Mark Pell, who represents some of Okafor’s neighbours, was pleased.',
    ]);
    expect(roles['Dana Ruiz']?.role).toBe('attorney for Adler');
    expect(roles['Dana Ruiz']?.official).toBe(false);
    expect(roles['Carl Brandt']?.role).toBe('former attorney for Okafor');
    expect(roles['Mark Pell']?.role).toBe('attorney for some of Okafor’s neighbours');
  });

  it('is no attorney for a district or a state', () => {
    const roles = rolesOf(['Ruth Adler, who represents the third district of Ohio, spoke.']);
    expect(roles['Ruth Adler']?.roles ?? []).not.toContainEqual(expect.stringContaining('attorney'));
  });
});

describe('a common role noun capitalised as a title', () => {
  it('is the role of the first name it stands before', () => {
    const roles = rolesOf(['The match was close. Forward Jane Roe scored twice. Goalkeeper Dana Ruiz saved a penalty.']);
    expect(roles['Jane Roe']?.role).toBe('Forward');
    expect(roles['Dana Ruiz']?.role).toBe('Goalkeeper');
  });

  it('is no role before a surname alone', () => {
    const roles = rolesOf(['Jane Roe played. The Star Roe said so.']);
    expect(roles['Jane Roe']?.role).toBeNull();
  });
});

describe('a position letter before a player', () => {
  it('reads G, F and C before a full name as guard, forward and center', () => {
    const roles = rolesOf(['Injury notes: F Hamidou Okoro missed the game. G Mark Pell sat out. C Dana Ruiz returned.']);
    expect(roles['Hamidou Okoro']?.role).toBe('forward');
    expect(roles['Mark Pell']?.role).toBe('guard');
    expect(roles['Dana Ruiz']?.role).toBe('center');
  });

  it('reads no other letter, nor one before a surname alone', () => {
    const roles = rolesOf(['J Jane Roe missed the game. Later F Roe returned.']);
    expect(roles['Jane Roe']?.role).toBeNull();
  });
});
