import { Component, type ReactNode } from "react";
import { LoadNote } from "./LoadNote";

export type LoadBoundaryProps = {
  /** What failed to load, in the user's words ("the function list"). */
  what: string;
  children: ReactNode;
};

/**
 * Around each lazily loaded part of the pane: if its chunk cannot be downloaded (network hiccup,
 * a new version deployed meanwhile), that part says so and the rest of the pane keeps working.
 * Without it React would unmount the whole pane.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return <LoadNote role="alert">{`Couldn't load ${this.props.what}. Close the pane and open it again.`}</LoadNote>;
    }
    return this.props.children;
  }
}
