import { formatPhone } from './phone-format';

describe('formatPhone', () => {
  it('formats US numbers nationally and others internationally', () => {
    expect(formatPhone('+12015550123')).toBe('(201) 555-0123');
    expect(formatPhone('+442079460958')).toBe('+44 20 7946 0958');
    expect(formatPhone(null)).toBe('');
  });

  it('shows a short dialling code as it is dialled', () => {
    expect(formatPhone('988')).toBe('988');
    expect(formatPhone('211')).toBe('211');
    expect(formatPhone('+18006624357')).toBe('(800) 662-4357');
  });
});
