/**
 * A step that asks "are you sure?" in place of the button that opened it. Focus goes to its Cancel
 * button when it opens and back to the opening button when it closes, so a keyboard or screen
 * reader user is never left on a control that is gone.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export function useConfirmStep() {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  /** Set when the step closes, so focus goes back to the button that opened it instead of being lost. */
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (returnFocus.current) opener.current?.focus();
    returnFocus.current = false;
  }, [confirming]);
  return {
    confirming,
    /** Refs for the step's Cancel button and for the button that opens it. */
    cancel,
    opener,
    open: () => setConfirming(true),
    close: () => {
      returnFocus.current = true;
      setConfirming(false);
    },
  };
}
