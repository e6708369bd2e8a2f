import { render } from 'preact';
import { sites } from '../sites';

function Options() {
  return (
    <main>
      <h1>Unscored settings</h1>
      <ul>{sites.map((s) => <li key={s.id}>{s.name}</li>)}</ul>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
