import {
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { LoadError } from './load-error';

@Component({
  imports: [LoadError],
  template: `<cb-load-error
    [message]="message()"
    (retry)="retries = retries + 1"
  />`,
})
class Host {
  readonly message = signal<string | null>(null);
  retries = 0;
}

describe('LoadError', () => {
  it('keeps an empty alert region until there is a message, then offers to try again', async () => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const alert = (fixture.nativeElement as HTMLElement).querySelector(
      '[role=alert]',
    );
    expect(alert?.textContent?.trim()).toBe('');

    fixture.componentInstance.message.set(
      'Could not load the trail. The server ran into a problem.',
    );
    await fixture.whenStable();
    expect(alert?.textContent).toContain('Could not load the trail.');
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))
    ).click();
    expect(fixture.componentInstance.retries).toBe(1);
  });
});
