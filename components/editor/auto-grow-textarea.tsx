"use client";

import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from "react";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "onChange" | "value" | "rows"> & {
  value: string;
  onChange: (value: string) => void;
};

/** A text box as tall as its text: every line shows, however long the text grows. */
export function AutoGrowTextarea({ value, onChange, ...rest }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, [value]);
  return (
    <textarea
      ref={ref}
      rows={1}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...rest}
      className={`auto-grow ${rest.className ?? ""}`.trim()}
    />
  );
}
