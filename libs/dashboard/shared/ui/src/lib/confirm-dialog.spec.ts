import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { ConfirmDialog, type ConfirmDialogData } from './confirm-dialog';

@Component({ template: '' })
class Host {}

describe('ConfirmDialog', () => {
  let result: boolean | undefined | 'open';

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    result = 'open';
    TestBed.inject(MatDialog)
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          title: 'Deactivate Sam?',
          message: 'Sam is signed out at once.',
          confirmLabel: 'Deactivate',
        },
      })
      .afterClosed()
      .subscribe((value) => (result = value));
  });

  async function waitForClose(): Promise<void> {
    for (let waited = 0; result === 'open' && waited < 2000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('states the consequence and confirms with true', async () => {
    const loader = TestbedHarnessEnvironment.documentRootLoader(
      TestBed.createComponent(Host),
    );
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Deactivate Sam?');
    expect(await dialog.getContentText()).toBe('Sam is signed out at once.');
    await (
      await dialog.getHarness(MatButtonHarness.with({ text: 'Deactivate' }))
    ).click();
    await waitForClose();
    expect(result).toBeTrue();
  });

  it('treats Cancel as no', async () => {
    const loader = TestbedHarnessEnvironment.documentRootLoader(
      TestBed.createComponent(Host),
    );
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Cancel' }))
    ).click();
    await waitForClose();
    expect(result).toBeFalse();
  });
});
