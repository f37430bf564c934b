import { render } from 'preact';

render(<p>ICP Lens</p>, document.getElementById('app') as HTMLElement);
