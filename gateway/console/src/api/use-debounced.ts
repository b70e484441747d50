import { useEffect, useState } from "react";

/**
 * `value` once it has stopped changing for `delay` ms: a search typed letter by letter asks the server
 * once the typing pauses, while the field itself shows every letter at once.
 */
export function useDebounced<Value>(value: Value, delay = 300): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
