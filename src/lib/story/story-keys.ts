/** What a presenter's key or clicker button does in presentation mode. */
export type StoryCommand = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'fullscreen' | 'notes';

const KEYS: Record<string, StoryCommand> = {
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

export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): StoryCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  return KEYS[event.key] ?? null;
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
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
