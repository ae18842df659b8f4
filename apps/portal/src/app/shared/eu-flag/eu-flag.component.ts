import { ChangeDetectionStrategy, Component } from '@angular/core';

// Geometry of the EU emblem's graphical specification: a 3:2 flag, twelve upright five-pointed stars
// on a circle whose radius is a third of the height, each star's radius an eighteenth of it.
const HEIGHT = 540;
const CENTRE = { x: 405, y: 270 };
const CIRCLE_RADIUS = HEIGHT / 3;
const STAR_OUTER = HEIGHT / 18;
const STAR_INNER = STAR_OUTER * 0.382; // ratio of a regular pentagram

function starPoints(cx: number, cy: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? STAR_OUTER : STAR_INNER;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

const STARS: readonly string[] = Array.from({ length: 12 }, (_, i) => {
  const angle = (i * Math.PI) / 6;
  return starPoints(CENTRE.x + CIRCLE_RADIUS * Math.sin(angle), CENTRE.y - CIRCLE_RADIUS * Math.cos(angle));
});

/** The EU flag that funded actions must display; decorative, the text beside it says who funds. */
@Component({
  selector: 'sk-eu-flag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true' },
  template: `
    <svg viewBox="0 0 810 540" focusable="false">
      <rect width="810" height="540" fill="#039" />
      @for (points of stars; track $index) {
        <polygon [attr.points]="points" fill="#fc0" />
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      line-height: 0;
    }
    svg {
      width: 100%;
      height: auto;
    }
  `,
})
export class EuFlagComponent {
  protected readonly stars = STARS;
}
