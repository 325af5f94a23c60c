import type { StoryStep } from '../../contract/story.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import { contextPair } from '../state/context.ts';
import type { StoryCommand } from '../state/keyboard.ts';

/** The step a command leads to, kept within 1…count. */
export function nextStep(current: number, count: number, command: StoryCommand): number {
  switch (command) {
    case 'next':
      return Math.min(count, current + 1);
    case 'previous':
      return Math.max(1, current - 1);
    case 'first':
      return 1;
    case 'last':
      return count;
    default:
      return current;
  }
}

/**
 * Presentation state: start at a step, walk the steps, show the notes, leave. The step itself lives
 * in AppState (the URL reads it there). It alone sets what a step shows (its layers, highlights and
 * day); the layers and day the user had are restored on exit.
 */
export class Presentation {
  readonly stepCount: number;
  /** The presenter's notes are shown. */
  notes = $state(false);
  #app: AppState;
  #layersBefore: string[] | null = null;
  /** The "as known on" day before the briefing began (a step may set its own). */
  #asOfBefore: string | null = null;

  constructor(app: AppState, stepCount: number) {
    this.#app = app;
    this.stepCount = stepCount;
  }

  get active(): boolean {
    return this.#app.step !== null;
  }

  /** Starts (or moves) the briefing at a step, kept within 1…stepCount. Nothing when there is no story. */
  start(step = 1): void {
    if (this.stepCount === 0) return;
    if (this.#app.step === null) {
      this.#layersBefore = [...this.#app.visibleLayers];
      this.#asOfBefore = this.#app.asOf;
    }
    this.#app.step = Math.min(Math.max(Math.round(step), 1), this.stepCount);
  }

  /** A presenter's command: move, toggle the notes or leave (fullscreen is the page's, see toggleFullscreen). */
  command(command: StoryCommand): void {
    if (this.#app.step === null) return;
    if (command === 'exit') this.exit();
    else if (command === 'notes') this.notes = !this.notes;
    else if (command !== 'fullscreen') this.start(nextStep(this.#app.step, this.stepCount, command));
  }

  /** Shows a step on the map: exactly its layers (in the layer list's order), its highlights, its day. */
  showStep(step: Pick<StoryStep, 'layers' | 'highlight' | 'asOf'>): void {
    if (this.#app.step === null) return;
    this.#app.visibleLayers = this.#app.layers
      .map((layer) => layer.id)
      .filter((id) => step.layers.includes(id));
    this.#app.highlighted = [...step.highlight];
    // A step that speaks of a day shows the map as known on it; the others show everything.
    this.#app.asOf = step.asOf ?? null;
  }

  /** The step is left (for another, or the briefing ends): its highlights go with it. */
  leaveStep(): void {
    this.#app.highlighted = [];
  }

  exit(): void {
    if (this.#app.step === null) return;
    this.#app.step = null;
    this.#app.highlighted = [];
    this.notes = false;
    if (this.#layersBefore) this.#app.visibleLayers = this.#layersBefore;
    this.#layersBefore = null;
    this.#app.asOf = this.#asOfBefore;
    this.#asOfBefore = null;
  }
}

/** Fullscreen for the projector; refused without a user gesture, and the briefing goes on in the window. */
export function toggleFullscreen(): void {
  const request = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen();
  request.catch(() => {});
}

const presentationContext = contextPair<Presentation>('Presentation');
export const preparePresentation = presentationContext.prepare;
export const getPresentation = presentationContext.get;
