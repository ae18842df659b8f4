import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { NoticeComponent } from '../../shared/notice/notice.component';
import type { ProblemItem } from './call-problems';

/**
 * The API's reasons for refusing, every one of them, each with a link to its field or at least to
 * its part of the form. An alert, so it is read out the moment it appears.
 */
@Component({
  selector: 'sk-call-problem-list',
  imports: [NoticeComponent, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sk-notice kind="error" *transloco="let t; prefix: 'callManagement'">
      <p>
        <strong>{{ summary() }}</strong>
      </p>
      @if (problems().length) {
        <ul class="problems">
          @for (problem of problems(); track $index) {
            <li>
              @if (problem.path || problem.section) {
                <a href="" (click)="$event.preventDefault(); go.emit(problem)">
                  @if (problem.section) {
                    <span class="problems__section">{{ t('sections.' + problem.section) }}:</span>
                  }
                  {{ problem.message }}
                </a>
              } @else {
                {{ problem.message }}
              }
            </li>
          }
        </ul>
      }
    </sk-notice>
  `,
  styles: `
    .problems {
      margin: 8px 0 0;
      padding-inline-start: 20px;
    }
    .problems a {
      color: inherit;
    }
    .problems__section {
      font-weight: 600;
    }
  `,
})
export class CallProblemListComponent {
  /** The API's own sentence ("The call cannot be published yet…"). */
  readonly summary = input.required<string>();
  readonly problems = input.required<readonly ProblemItem[]>();
  readonly go = output<ProblemItem>();
}
