/**
 * Deletes the articles the reader last read more than a chosen time ago, after a confirm step: to
 * make room, or to keep only recent reading. The page works out the date and says what went.
 */
import { useState } from 'preact/hooks';
import { describeMonths, OLDER_THAN_MONTHS } from '../lib/options/history';
import { useConfirmStep } from './confirm-step';

export function DeleteOlderHistory({ deleteOlderThan }: { deleteOlderThan(months: number): void }) {
  const [months, setMonths] = useState<number>(OLDER_THAN_MONTHS[1]);
  const { confirming, cancel, opener, open, close } = useConfirmStep();

  return (
    <>
      <h3>Delete older articles</h3>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="delete-older-question">
          <p id="delete-older-question">Delete the articles you last read more than {describeMonths(months)} ago? This cannot be undone.</p>
          <p class="field-row">
            <button
              type="button"
              class="danger"
              onClick={() => {
                close();
                deleteOlderThan(months);
              }}
            >
              Delete older articles
            </button>
            <button ref={cancel} type="button" class="secondary" onClick={close}>
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <p class="field-row">
          <label for="delete-older-than">Articles last read more than</label>
          <select id="delete-older-than" value={months} onChange={(event) => setMonths(Number(event.currentTarget.value))}>
            {OLDER_THAN_MONTHS.map((choice) => (
              <option key={choice} value={choice}>
                {describeMonths(choice)} ago
              </option>
            ))}
          </select>
          <button ref={opener} type="button" class="secondary" onClick={open}>
            Delete older articles…
          </button>
        </p>
      )}
    </>
  );
}
