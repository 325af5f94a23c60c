/**
 * The app's ONE keyboard map: what a key does, given where the user is. The app listens once
 * (src/lib/state/keyboard.ts) and dispatches these commands; no component listens to keys of its own.
 */

/** What a presenter's key or clicker button does in presentation mode. */
export type StoryCommand = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'fullscreen' | 'notes';
/** Every command a key can give. */
export type KeyCommand = StoryCommand | 'close-panel' | 'present' | 'export';

export interface KeySituation {
  presenting: boolean;
  panelOpen: boolean;
  /** A modal dialog (the article reader) is open: it owns the keys. */
  dialogOpen: boolean;
  /** The key was typed into a field: it is text (or the field's own Escape), not a command. */
  typing: boolean;
}

type KeyEvent = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>;

const PRESENTER_KEYS: Record<string, StoryCommand> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  f: 'fullscreen',
  F: 'fullscreen',
  n: 'notes',
  N: 'notes',
};

export function keyCommand(event: KeyEvent, situation: KeySituation): KeyCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (situation.dialogOpen || situation.typing) return null;
  // Escape first closes an open panel; a second Escape leaves the briefing.
  if (event.key === 'Escape' && situation.panelOpen) return 'close-panel';
  // "Export image", exploring or presenting.
  if (event.key === 'e' || event.key === 'E') return 'export';
  if (!situation.presenting) return event.key === 'p' || event.key === 'P' ? 'present' : null;
  return PRESENTER_KEYS[event.key] ?? null;
}

/** A presenter's key, as the map above reads it while presenting with nothing else open. */
export function commandForKey(event: KeyEvent): StoryCommand | null {
  const command = keyCommand(event, { presenting: true, panelOpen: false, dialogOpen: false, typing: false });
  return command === 'close-panel' || command === 'present' || command === 'export' ? null : command;
}

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

/** Keys typed into a field are text, not commands. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    typeof HTMLElement !== 'undefined' &&
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
