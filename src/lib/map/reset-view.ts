import type { IControl } from 'maplibre-gl';

/**
 * "Reset view": a map control (beside zoom and fullscreen) that brings the map back to the opening
 * view, the data's extent. A real button, labelled for assistive technology and reachable by keyboard.
 */
export class ResetViewControl implements IControl {
  #container: HTMLDivElement | null = null;
  readonly #reset: () => void;

  constructor(reset: () => void) {
    this.#reset = reset;
  }

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'reset-view';
    button.title = 'Reset view';
    button.setAttribute('aria-label', 'Reset view: the whole map');
    button.append(icon());
    button.addEventListener('click', () => this.#reset());
    container.append(button);
    this.#container = container;
    return container;
  }

  onRemove(): void {
    this.#container?.remove();
    this.#container = null;
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** Four corners and a dot, "the whole map", in the control's own colour (no markup string). */
function icon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({ viewBox: '0 0 20 20', width: '18', height: '18' }))
    svg.setAttribute(name, value);
  svg.setAttribute('aria-hidden', 'true');
  const corners = document.createElementNS(SVG, 'path');
  corners.setAttribute('d', 'M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4');
  corners.setAttribute('fill', 'none');
  corners.setAttribute('stroke', 'currentColor');
  corners.setAttribute('stroke-width', '2');
  const dot = document.createElementNS(SVG, 'circle');
  for (const [name, value] of Object.entries({ cx: '10', cy: '10', r: '2.2', fill: 'currentColor' }))
    dot.setAttribute(name, value);
  svg.append(corners, dot);
  return svg;
}
