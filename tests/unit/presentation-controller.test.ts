// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { keyCommand, listenToKeys, type KeySituation } from '../../src/lib/state/keyboard.ts';
import { Presentation } from '../../src/lib/story/presentation.svelte.ts';
import { realData } from './fixtures.ts';

const key = (name: string, modifiers: Partial<KeyboardEvent> = {}) => ({
  key: name,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});
const exploring: KeySituation = { presenting: false, panelOpen: false, dialogOpen: false, typing: false };
const presenting: KeySituation = { ...exploring, presenting: true };

describe('the one keyboard map', () => {
  it('P presents; Escape closes the panel first, then leaves the briefing', () => {
    expect(keyCommand(key('p'), exploring)).toBe('present');
    expect(keyCommand(key('P'), presenting)).toBeNull();
    expect(keyCommand(key('Escape'), { ...exploring, panelOpen: true })).toBe('close-panel');
    expect(keyCommand(key('Escape'), { ...presenting, panelOpen: true })).toBe('close-panel');
    expect(keyCommand(key('Escape'), presenting)).toBe('exit');
    expect(keyCommand(key('Escape'), exploring)).toBeNull();
  });

  it('presenter keys act only while presenting, and a field, a dialog or a modifier keeps its keys', () => {
    expect(keyCommand(key('ArrowRight'), exploring)).toBeNull();
    expect(keyCommand(key('ArrowRight'), { ...presenting, panelOpen: true })).toBe('next');
    expect(keyCommand(key('n'), { ...presenting, typing: true })).toBeNull();
    expect(keyCommand(key('Escape'), { ...presenting, panelOpen: true, dialogOpen: true })).toBeNull();
    expect(keyCommand(key('p', { ctrlKey: true }), exploring)).toBeNull();
  });

  it('the window listener runs the command and keeps the key from the map under it', () => {
    const ran: string[] = [];
    const stop = listenToKeys(
      window,
      () => ({ presenting: true, panelOpen: false }),
      (command) => ran.push(command),
    );
    const event = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true });
    let reachedTarget = false;
    document.body.addEventListener('keydown', () => (reachedTarget = true), { once: true });
    document.body.dispatchEvent(event);
    expect(ran).toEqual(['next']);
    expect(event.defaultPrevented).toBe(true);
    expect(reachedTarget).toBe(false);
    stop();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(ran).toEqual(['next']);
  });
});

describe('Presentation', () => {
  const data = realData().mapData;

  it('starts at a step within the briefing, walks it, and restores the layers on exit', () => {
    const app = new AppState(data);
    const presentation = new Presentation(app, 9);
    app.visibleLayers = ['ukraine'];
    presentation.start(42);
    expect(app.step).toBe(9);
    app.visibleLayers = ['csto', 'forces'];
    presentation.command('first');
    expect(app.step).toBe(1);
    presentation.command('previous');
    expect(app.step).toBe(1);
    presentation.command('next');
    expect(app.step).toBe(2);
    presentation.command('notes');
    expect(presentation.notes).toBe(true);
    app.highlighted = ['almaty'];
    presentation.command('exit');
    expect(app.step).toBeNull();
    expect(app.visibleLayers).toEqual(['ukraine']);
    expect(app.highlighted).toEqual([]);
    expect(presentation.notes).toBe(false);
  });

  it('alone sets what a step shows: its layers in the list order, its highlights and day; exit restores', () => {
    const app = new AppState(data);
    const presentation = new Presentation(app, 9);
    const order = app.layers.map((layer) => layer.id);
    app.visibleLayers = ['ukraine'];
    app.asOf = '2022-01-07';
    // Not presenting: a step is not shown.
    presentation.showStep({ layers: ['talks'], highlight: ['geneva'], asOf: '2022-01-13' });
    expect(app.visibleLayers).toEqual(['ukraine']);
    expect(app.highlighted).toEqual([]);

    presentation.start(7);
    presentation.showStep({ layers: ['forces', 'kazakhstan'], highlight: ['41st-caa'] });
    expect(app.visibleLayers).toEqual(order.filter((id) => id === 'forces' || id === 'kazakhstan'));
    expect(app.visibleLayers).toHaveLength(2);
    expect(app.highlighted).toEqual(['41st-caa']);
    // A step with no day shows everything.
    expect(app.asOf).toBeNull();
    presentation.leaveStep();
    expect(app.highlighted).toEqual([]);
    presentation.showStep({ layers: ['talks'], highlight: ['geneva', 'vienna'], asOf: '2022-01-13' });
    expect(app.visibleLayers).toEqual(['talks']);
    expect(app.highlighted).toEqual(['geneva', 'vienna']);
    expect(app.asOf).toBe('2022-01-13');

    presentation.exit();
    expect(app.visibleLayers).toEqual(['ukraine']);
    expect(app.highlighted).toEqual([]);
    expect(app.asOf).toBe('2022-01-07');
  });

  it('does nothing without a briefing, and commands do nothing when not presenting', () => {
    const app = new AppState(data);
    new Presentation(app, 0).start();
    expect(app.step).toBeNull();
    new Presentation(app, 9).command('next');
    expect(app.step).toBeNull();
  });
});
