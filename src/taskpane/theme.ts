// Chooses the pane's light or dark theme: from Office's theme inside Office, else from the
// browser's prefers-color-scheme. Pure; index.tsx passes in what it reads from Office and the window.

export type PaneTheme = "light" | "dark";

/** Relative luminance (0 black .. 1 white) of a "#rrggbb" or "#rgb" colour, or null if unreadable. */
export function luminance(color: string): number | null {
  const hex = color.trim().replace(/^#/, "");
  const full = /^[0-9a-fA-F]{3}$/.test(hex) ? [...hex].map((digit) => digit + digit).join("") : hex;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) return null;
  const [r, g, b] = [0, 2, 4].map((start) => {
    const channel = parseInt(full.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Dark when Office's body background is dark; when Office gives no readable theme (outside Office,
 * or hosts without officeTheme such as some Mac builds), follow prefers-color-scheme.
 */
export function chooseTheme(
  officeBodyBackground: string | undefined,
  prefersDark: boolean
): PaneTheme {
  const light = officeBodyBackground === undefined ? null : luminance(officeBodyBackground);
  if (light === null) return prefersDark ? "dark" : "light";
  // 0.179: the luminance where black and white text have the same contrast ratio.
  return light < 0.179 ? "dark" : "light";
}
