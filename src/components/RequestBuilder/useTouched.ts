import {useEffect, useRef, useState} from 'react';
import type {FieldId} from './model';

/** The fields a person has visited, whose errors are shown. */
export interface Touched {
  /** The visited fields. */
  readonly touched: ReadonlySet<FieldId>;
  /** Marks a field as visited now (its error shows at once). */
  readonly touch: (id: FieldId) => void;
  /**
   * Marks a field as visited when it loses focus. When the focus left because
   * of a click, the error waits until the click has landed: shown at once, it
   * would push the rest of the form down between the press and the release,
   * and the click would miss what it aimed at.
   */
  readonly touchOnBlur: (id: FieldId) => void;
  /** Forgets every visit (after the form is cleared). */
  readonly reset: () => void;
}

/**
 * Which fields of the request builder have been visited, so each field's
 * error shows only once the person has left it. Listens to pointer presses
 * on the window (capture phase) to tell a blur by click from a blur by
 * keyboard.
 */
export function useTouched(): Touched {
  const [touched, setTouched] = useState<ReadonlySet<FieldId>>(new Set());
  // Whether a mouse button or a finger is down: a click is in progress.
  const pointerDown = useRef(false);
  useEffect(() => {
    const down = (): void => {
      pointerDown.current = true;
    };
    const up = (): void => {
      pointerDown.current = false;
    };
    window.addEventListener('pointerdown', down, true);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    return () => {
      window.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
    };
  }, []);

  const touch = (id: FieldId): void => setTouched((prev) => (prev.has(id) ? prev : new Set(prev).add(id)));
  const touchOnBlur = (id: FieldId): void => {
    if (!pointerDown.current) {
      touch(id);
      return;
    }
    const release = (): void => {
      window.removeEventListener('pointerup', release, true);
      window.removeEventListener('pointercancel', release, true);
      // After the click event of this release.
      setTimeout(() => touch(id), 0);
    };
    window.addEventListener('pointerup', release, true);
    window.addEventListener('pointercancel', release, true);
  };
  return {touched, touch, touchOnBlur, reset: () => setTouched(new Set())};
}
