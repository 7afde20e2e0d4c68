import {
  ApplicationRef,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  Injector,
  provideZonelessChangeDetection,
  signal,
  viewChild,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { renderEachKey } from './render-each-key';

/** A page whose "o" opens a panel and focuses its field, as the call screen's Alt+B does. */
@Component({
  template: `<button id="page-button">Page</button>
    @if (open()) {
      <input #field aria-label="Panel field" />
    }`,
  host: { '(document:keydown)': 'onKeydown($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class KeyPage {
  private readonly injector = inject(Injector);
  private readonly field = viewChild<ElementRef<HTMLInputElement>>('field');
  readonly open = signal(false);

  onKeydown(event: KeyboardEvent): void {
    if (event.key === 'o' && !this.open()) {
      event.preventDefault();
      this.open.set(true);
      afterNextRender(() => this.field()?.nativeElement.focus(), {
        injector: this.injector,
      });
    }
  }
}

function keydown(key: string): void {
  (document.activeElement ?? document.body).dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
  );
}

describe('renderEachKey', () => {
  async function render(withMechanism: boolean): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection()],
    });
    if (withMechanism) {
      TestBed.runInInjectionContext(() => renderEachKey());
    }
    const fixture = TestBed.createComponent(KeyPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    (element.querySelector('#page-button') as HTMLElement).focus();
    return element;
  }

  it('draws what a key opened, and runs its focus hook, before the next key', async () => {
    const page = await render(true);
    keydown('o');
    // No await: the next key would be dispatched now.
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Panel field',
    );
    expect(page.querySelector('input')).not.toBeNull();
  });

  it('without it, the next key still finds the page (the defect it fixes)', async () => {
    const page = await render(false);
    keydown('o');
    expect(document.activeElement?.id).toBe('page-button');
    expect(page.querySelector('input')).toBeNull();
  });

  it('stops listening when its injector is destroyed', async () => {
    await render(true);
    const tick = spyOn(TestBed.inject(ApplicationRef), 'tick');
    keydown('x');
    expect(tick).toHaveBeenCalledTimes(1);
    TestBed.resetTestingModule();
    keydown('x');
    expect(tick).toHaveBeenCalledTimes(1);
  });
});
