import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** One kind of quantity in the chart; `tone` picks its colour, the label always says what it is. */
export interface BarSeries {
  readonly key: string;
  readonly label: string;
  readonly tone: 'done' | 'warning' | 'progress' | 'open';
}

export interface BarRow {
  readonly label: string;
  /** Per series key; missing counts as 0. */
  readonly values: Readonly<Record<string, number>>;
}

/**
 * A horizontal stacked bar chart in plain CSS: one bar per row, its length proportional to the row's
 * total against the longest row, split by series. The bars are decoration for sighted readers; the
 * same numbers are in a table (with a caption) that screen readers read, and each bar's total is
 * written beside it. `format` writes a value (money, counts) in the reader's locale.
 */
@Component({
  selector: 'sk-stacked-bars',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart">
      <figcaption aria-hidden="true">{{ caption() }}</figcaption>
      <ul class="legend" aria-hidden="true">
        @for (s of series(); track s.key) {
          <li><span class="swatch" [attr.data-tone]="s.tone"></span>{{ s.label }}</li>
        }
      </ul>
      <div class="rows" aria-hidden="true">
        @for (row of bars(); track $index) {
          <div class="row">
            <span class="row__label">{{ row.label }}</span>
            <span class="bar" [style.width.%]="row.width">
              @for (part of row.parts; track part.key) {
                @if (part.share > 0) {
                  <span
                    class="part"
                    [attr.data-tone]="part.tone"
                    [style.flex-grow]="part.share"
                    [title]="part.title"
                  ></span>
                }
              }
            </span>
            <span class="row__total">{{ row.total }}</span>
          </div>
        }
      </div>
      <table class="sk-visually-hidden">
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ rowHeader() }}</th>
            @for (s of series(); track s.key) {
              <th scope="col">{{ s.label }}</th>
            }
            <th scope="col">{{ totalLabel() }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of bars(); track $index) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              @for (part of row.parts; track part.key) {
                <td>{{ part.text }}</td>
              }
              <td>{{ row.total }}</td>
            </tr>
          }
        </tbody>
      </table>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0 0 16px;
    }
    figcaption {
      font: var(--mat-sys-title-small);
      margin-bottom: 8px;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-small);
    }
    .swatch {
      display: inline-block;
      width: 12px;
      height: 12px;
      margin-inline-end: 6px;
      border-radius: 2px;
      vertical-align: middle;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(6rem, 12rem) 1fr auto;
      align-items: center;
      gap: 8px;
      margin-bottom: 6px;
    }
    .row__label {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .row__total {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .bar {
      display: flex;
      height: 18px;
      min-width: 2px;
      border-radius: 3px;
      overflow: hidden;
      background: var(--mat-sys-surface-container-highest);
    }
    [data-tone='done'] {
      background: var(--sk-success);
    }
    [data-tone='warning'] {
      background: var(--mat-sys-error);
    }
    [data-tone='progress'] {
      background: var(--mat-sys-primary);
    }
    [data-tone='open'] {
      background: var(--mat-sys-outline);
    }
    .part + .part {
      border-inline-start: 2px solid var(--mat-sys-surface);
    }
  `,
})
export class StackedBarsComponent {
  readonly caption = input.required<string>();
  readonly rowHeader = input.required<string>();
  readonly totalLabel = input.required<string>();
  readonly series = input.required<readonly BarSeries[]>();
  readonly rows = input.required<readonly BarRow[]>();
  readonly format = input<(value: number) => string>(String);

  protected readonly bars = computed(() => {
    const series = this.series();
    const format = this.format();
    const totals = this.rows().map((row) => series.reduce((sum, s) => sum + Math.max(0, row.values[s.key] ?? 0), 0));
    const longest = Math.max(1, ...totals);
    return this.rows().map((row, i) => ({
      label: row.label,
      total: format(totals[i]),
      width: (totals[i] / longest) * 100,
      parts: series.map((s) => {
        const value = Math.max(0, row.values[s.key] ?? 0);
        return { key: s.key, tone: s.tone, share: value, text: format(value), title: `${s.label}: ${format(value)}` };
      }),
    }));
  });
}
