import { isTyping, keyCommand, type KeyCommand, type KeySituation } from '../story/story-keys.ts';

/**
 * The one key listener of the app, on the window in the capture phase (before MapLibre's canvas
 * handler, so an arrow key moves the briefing, not the map). It asks the one keyboard map
 * (story-keys.ts) what the key means here, and runs it. Returns the cleanup.
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
