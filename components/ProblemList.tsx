// What is wrong with a form, as one alert above its Save button: the article
// editor's problems and a topic card's use the same block, so a reader
// meets them in the same words and place. The Save button names it with
// aria-describedby through `id`.

import type { Translate } from '../shared/translate.ts';

export function ProblemList(props: { t: Translate; id: string; testId: string; /** Already in the reader's words. */ items: string[] }) {
  return (
    <div class="rc-error" role="alert" id={props.id} data-testid={props.testId}>
      <p class="rc-error-title">{props.t('problemsTitle')}</p>
      <ul class="rc-error-list">
        {props.items.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
