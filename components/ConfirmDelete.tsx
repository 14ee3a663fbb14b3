// The question a Delete button opens in place, in an article row and in a
// topic card: "Delete for good" or "Keep". Nothing is deleted on the first
// press; Escape anywhere in the question keeps. Where focus goes afterwards
// is the caller's (it knows what is left on the page).

import type { Ref, TargetedKeyboardEvent } from 'preact';
import { useId } from 'preact/hooks';
import type { Translate } from '../shared/translate.ts';

export function ConfirmDelete(props: {
  t: Translate;
  /** The question, naming what goes. */
  question: string;
  /** data-testid of the two buttons. */
  testIds: { confirm: string; keep: string };
  onConfirm(): void;
  onKeep(): void;
  /** The delete is running: "Delete for good" waits. */
  busy?: boolean;
  keepRef?: Ref<HTMLButtonElement>;
}) {
  const { t } = props;
  const question = useId();
  const onKey = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && !e.isComposing) {
      e.preventDefault();
      props.onKeep();
    }
  };
  return (
    <div class="rc-confirm" role="group" aria-labelledby={question} onKeyDown={onKey}>
      <p id={question}>{props.question}</p>
      <div class="rc-actions">
        <button
          type="button"
          class="rc-button rc-button--danger"
          data-testid={props.testIds.confirm}
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {t('deleteForGood')}
        </button>
        <button ref={props.keepRef} type="button" class="rc-button" data-testid={props.testIds.keep} onClick={props.onKeep}>
          {t('keep')}
        </button>
      </div>
    </div>
  );
}
