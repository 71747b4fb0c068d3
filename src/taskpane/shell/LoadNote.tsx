// A one-line note where a lazily loaded part goes: "Loading…" while its chunk downloads, or why it
// could not load (role alert). Caption1's look without Fluent's Text component.
import { mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useTypography } from "./typography";

export type LoadNoteProps = { role: "status" | "alert"; children: ReactNode; className?: string };

export function LoadNote(props: LoadNoteProps) {
  const type = useTypography();
  return (
    <span role={props.role} className={mergeClasses(type.caption1, props.className)}>
      {props.children}
    </span>
  );
}
