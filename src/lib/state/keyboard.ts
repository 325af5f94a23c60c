/**
 * The app's ONE keyboard map and its ONE listener: what a key does, given where the user is, and the
 * window listener that asks it and runs the answer. No component listens to keys of its own.
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

/** Keys typed into a field are text, not commands. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    typeof HTMLElement !== 'undefined' &&
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The one key listener of the app, on the window in the capture phase (before MapLibre's canvas
 * handler, so an arrow key moves the briefing, not the map). It asks the keyboard map above
 * what the key means here, and runs it. Returns the cleanup.
 */
export function listenToKeys(
  target: Window,
  situation: () => Omit<KeySituation, 'typing' | 'dialogOpen'>,
  run: (command: KeyCommand) => void,
): () => void {
  const onKey = (event: KeyboardEvent) => {
    const command = keyCommand(event, {
      ...situation(),
      typing: isTyping(event.target),
      dialogOpen: target.document.querySelector('dialog[open]') !== null,
    });
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    run(command);
  };
  target.addEventListener('keydown', onKey, { capture: true });
  return () => target.removeEventListener('keydown', onKey, { capture: true });
}
