// The band counts of one return: a bar of coloured segments sized by count, and beside it a list
// naming every band with its number (colour is never the only sign).
import { makeStyles, tokens } from "@fluentui/react-components";
import { bandLabel } from "../../core/i18n/labels";
import { BAND_IDS, type BandCounts } from "../../core/model";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import type { PaneLanguage } from "../i18n";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    height: "14px",
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: "2px" },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  swatch: { width: "12px", height: "12px", flexShrink: 0, border: `1px solid ${tokens.colorNeutralStroke1}` },
  count: { fontWeight: tokens.fontWeightSemibold, minWidth: "2ch", textAlign: "right" },
});

export interface BandBarProps {
  counts: BandCounts;
  language: PaneLanguage;
  /** Accessible name of the list, e.g. "Số chỉ tiêu theo mức đánh giá". */
  label: string;
  /** The thresholds and colours in use (the workbook's settings); default: the defaults. */
  settings?: Pick<Settings, "bands" | "colours">;
}

export function BandBar({ counts, language, label, settings = DEFAULT_SETTINGS }: BandBarProps) {
  const styles = useStyles();
  const { colours, bands } = settings;
  return (
    <div>
      <div className={styles.bar} aria-hidden="true" data-testid="band-bar">
        {BAND_IDS.filter((band) => counts[band] > 0).map((band) => (
          <span key={band} data-band={band} style={{ flexGrow: counts[band], background: colours[band] }} />
        ))}
      </div>
      <ul className={styles.list} aria-label={label}>
        {BAND_IDS.map((band) => (
          <li key={band} className={styles.item} data-band={band}>
            <span className={styles.swatch} style={{ background: colours[band] }} aria-hidden="true" />
            <span className={styles.count} data-part="count">{counts[band]}</span>
            <span>{bandLabel(band, language, bands)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
