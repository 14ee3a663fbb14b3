// The question Delete asks in place of the buttons ("Delete for good" or
// "Keep"), for a saved article and for one of the reader's topics: one
// component, so both read the question out with the group and both take
// Escape as "Keep" (the answer that loses nothing).

import type { Ref, TargetedKeyboardEvent } from 'preact';
import { useId } from 'preact/hooks';
import type { Translate } from '../shared/translate.ts';

export function DeleteQuestion(props: {
  t: Translate;
  question: string;
  /** data-testid of the two buttons. */
  testids: { confirm: string; keep: string };
  busy?: boolean;
  keepRef?: Ref<HTMLButtonElement>;
  onConfirm(): void;
  onKeep(): void;
}) {
  const { t } = props;
  const questionId = useId();
  const onKey = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && !e.isComposing) {
      e.preventDefault();
      props.onKeep();
    }
  };
  return (
    <div class="rc-confirm" role="group" aria-labelledby={questionId} onKeyDown={onKey}>
      <p id={questionId}>{props.question}</p>
      <div class="rc-actions">
        <button
          type="button"
          class="rc-button rc-button--danger"
          data-testid={props.testids.confirm}
          disabled={props.busy}
          onClick={() => props.onConfirm()}
        >
          {t('deleteForGood')}
        </button>
        <button ref={props.keepRef} type="button" class="rc-button" data-testid={props.testids.keep} onClick={() => props.onKeep()}>
          {t('keep')}
        </button>
      </div>
    </div>
  );
}
