// The two glyphs of the first screen, drawn inline: @fluentui/react-icons' icon machinery costs
// about 1.3 KB gzip before the gallery is interactive (measured). Both inherit the text colour and
// are hidden from assistive technology (the controls carry the names).
import type { SVGProps } from "react";

type GlyphProps = Omit<SVGProps<SVGSVGElement>, "children">;

const glyph = (props: GlyphProps, path: string) => (
  <svg width="1em" height="1em" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.25} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
    <path d={path} />
  </svg>
);

export const PlusGlyph = (props: GlyphProps) => glyph(props, "M10 3.5v13M3.5 10h13");
export const ChevronDownGlyph = (props: GlyphProps) => glyph(props, "M5 7.75l5 5 5-5");
