import { outcomeForLetter } from './outcome-letter';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('outcomeForLetter', () => {
  it('names the first outcome whose label starts with the letter, either case', () => {
    expect(outcomeForLetter(key({ key: 's' }), null)).toBe('support-given');
    expect(outcomeForLetter(key({ key: 'R' }), null)).toBe('referred');
    expect(outcomeForLetter(key({ key: 'w' }), null)).toBe('wrong-number');
  });

  it('goes on to the next outcome with that letter, and round to the first', () => {
    expect(outcomeForLetter(key({ key: 'c' }), null)).toBe('callback-planned');
    expect(outcomeForLetter(key({ key: 'c' }), 'callback-planned')).toBe(
      'caller-disconnected',
    );
    expect(outcomeForLetter(key({ key: 'c' }), 'caller-disconnected')).toBe(
      'callback-planned',
    );
    expect(outcomeForLetter(key({ key: 's' }), 'support-given')).toBe(
      'support-given',
    );
  });

  it('leaves other keys, chords and letters no outcome starts with', () => {
    expect(outcomeForLetter(key({ key: 'Tab' }), null)).toBeNull();
    expect(outcomeForLetter(key({ key: ' ' }), null)).toBeNull();
    expect(outcomeForLetter(key({ key: '1' }), null)).toBeNull();
    expect(outcomeForLetter(key({ key: 'o', altKey: true }), null)).toBeNull();
    expect(outcomeForLetter(key({ key: 's', ctrlKey: true }), null)).toBeNull();
    expect(outcomeForLetter(key({ key: 'z' }), null)).toBeNull();
  });
});
