import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

/** One key (or chord) and what it does. */
export interface Shortcut {
  keys: string;
  action: string;
}

/** A titled group of shortcuts. */
export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

/** The "?" overlay: every keyboard shortcut of the call screen. */
@Component({
  selector: 'cb-shortcuts-dialog',
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>Keyboard shortcuts</h2>
    <!-- The list scrolls on a short screen: a tab stop of its own lets the keyboard scroll it. -->
    <mat-dialog-content tabindex="0" role="region" aria-label="Shortcut list">
      @for (group of groups; track group.title) {
        <table class="shortcuts">
          <caption>
            {{
              group.title
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Does</th>
            </tr>
          </thead>
          <tbody>
            @for (shortcut of group.shortcuts; track shortcut.keys) {
              <tr>
                <td>
                  <kbd>{{ shortcut.keys }}</kbd>
                </td>
                <td>{{ shortcut.action }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close cdkFocusInitial>
        Close
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .shortcuts {
      width: 100%;
      margin-bottom: 1rem;
      border-collapse: collapse;
    }
    caption {
      text-align: left;
      font: var(--mat-sys-title-small);
      padding-bottom: 0.25rem;
    }
    th {
      text-align: left;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    td {
      padding: 0.25rem 0.5rem 0.25rem 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    kbd {
      padding: 0.0625rem 0.375rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShortcutsDialog {
  protected readonly groups = inject<readonly ShortcutGroup[]>(MAT_DIALOG_DATA);
}
