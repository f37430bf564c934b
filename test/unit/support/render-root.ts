// The element a test file renders Preact components into (happy-dom): in the document during each
// test, unmounted and taken out after it, so no test sees another's output.
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export function renderRoot(): HTMLElement {
  const root = document.createElement('div');
  beforeEach(() => {
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return root;
}
