/**
 * The generated sentences, in the style of commune reports (domain.md, "How reports phrase results"):
 * "6 tháng đầu năm 2022, Xã Trạm Tấu có 15/35 chỉ tiêu đạt và vượt kế hoạch, 7/35 chỉ tiêu đạt từ
 * 70% đến dưới 100%, …; các chỉ tiêu cần tập trung chỉ đạo: …".
 */
import type { BandCounts, Direction, Flag, ScoredIndicator } from "./model";
import { formatNumber, formatPercent } from "./numbers/format-vi";
import { areaInSentence, capitalizeFirst, figureWords } from "./narrative-figures";
import type { Language, Settings } from "./settings";
import { ofWhichRest } from "./table/classify-row";

const MAX_NAMED = 6;
const BULLET = /^[-+*•]\s*/;

/** Whether BULLET can match: most names have no bullet, and this spares them the replace. */
function startsWithBullet(name: string): boolean {
  const c = name.charCodeAt(0);
  return c === 0x2d || c === 0x2b || c === 0x2a || c === 0x2022; // - + * •
}

function withoutBullet(name: string): string {
  return startsWithBullet(name) ? name.replace(BULLET, "") : name;
}

/** "Nữ" → "nữ", "Lao động nữ" → "lao động nữ"; "THCS", "Bản Công" and other names stay as written. */
function lowerFirstWord(text: string): string {
  return /^\p{Lu}\p{Ll}*(?:\s+\p{Ll}|$)/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * How a sentence names an indicator: without its bullet ("- hộ cận nghèo" → "hộ cận nghèo"). A sub-row
 * that names only a part of its parent ("+ Trong đó: nữ", "- Nữ", "- Trâu") follows its parent's name,
 * as reports write it: "Giải quyết việc làm mới, trong đó nữ"; alone, "Trong đó: nữ" says nothing.
 * Sub-rows that say what they are ("hộ cận nghèo", "Lúa ruộng") keep their own name.
 */
export function sentenceName(name: string, parent: string | null, lang: Language): string {
  const bare = withoutBullet(name);
  if (parent === null) return bare;
  // "Trong đó" as the reader knows it (classify-row.ts), or a single word
  const part = ofWhichRest(bare) ?? (/\s/.test(bare) ? "" : bare);
  if (part === "") return bare;
  return `${withoutBullet(parent)}, ${lang === "en" ? "of which" : "trong đó"} ${lowerFirstWord(part)}`;
}

function countPhrases(counts: BandCounts, settings: Settings): string[] {
  const total = counts.met + counts.near + counts.mid + counts.low + counts.none;
  const t = settings.bands;
  const lang = settings.language;
  const phrases: string[] = [];
  if (lang === "en") {
    phrases.push(`${counts.met}/${total} indicators met or exceeded the plan`);
    if (counts.near) phrases.push(`${counts.near}/${total} reached ${t.near}% to under ${t.met}%`);
    if (counts.mid) phrases.push(`${counts.mid}/${total} reached ${t.mid}% to under ${t.near}%`);
    if (counts.low) phrases.push(`${counts.low}/${total} are under ${t.mid}%`);
    if (counts.none) phrases.push(`${counts.none} not yet evaluated`);
    return phrases;
  }
  phrases.push(`${counts.met}/${total} chỉ tiêu đạt và vượt kế hoạch`);
  if (counts.near) phrases.push(`${counts.near}/${total} chỉ tiêu đạt từ ${t.near}% đến dưới ${t.met}%`);
  if (counts.mid) phrases.push(`${counts.mid}/${total} chỉ tiêu đạt từ ${t.mid}% đến dưới ${t.near}%`);
  if (counts.low) phrases.push(`${counts.low}/${total} chỉ tiêu đạt dưới ${t.mid}%`);
  if (counts.none) phrases.push(`${counts.none} chỉ tiêu chưa đánh giá`);
  return phrases;
}

/**
 * "Xây dựng nông thôn mới đạt 12/19 tiêu chí (63,2% kế hoạch)" / "Thu ngân sách (đạt 110,0% kế hoạch)";
 * `parent` is the name of the row a sub-row belongs to (see sentenceName).
 */
export function indicatorPhrase(
  ind: ScoredIndicator,
  lang: Language,
  decimals: number,
  parent: string | null = null,
): string {
  const name = sentenceName(ind.name, parent, lang);
  const said = figureWords(
    {
      name,
      unit: ind.unit,
      direction: ind.direction,
      reduction: ind.reduction,
      planValue: ind.planValue,
      actualValue: ind.actualValue,
      baselineValue: ind.baselineValue,
      achievement: ind.achievement,
      suspect: ind.flags.includes("suspect-unit"),
    },
    lang,
  );
  if (said !== null) return said;
  const pct = ind.achievement === null ? null : formatPercent(ind.achievement, lang, decimals);
  if (ind.kind === "criteria" && ind.actual.kind === "fraction") {
    const of = `${formatNumber(ind.actual.value, lang)}/${formatNumber(ind.actual.total, lang)}`;
    if (lang === "en") return `${name}: ${of} criteria${pct ? ` (${pct} of plan)` : ""}`;
    return `${name} đạt ${of} tiêu chí${pct ? ` (${pct} kế hoạch)` : ""}`;
  }
  if (pct === null) return name;
  return lang === "en" ? `${name} (${pct} of plan)` : `${name} (đạt ${pct} kế hoạch)`;
}

/** The first MAX_NAMED items, phrased, then how many more: only the named ones are phrased. */
function listWithMore<T>(items: readonly T[], phrase: (item: T) => string, lang: Language): string {
  const head = items.slice(0, MAX_NAMED).map(phrase).join("; ");
  if (items.length <= MAX_NAMED) return head;
  const rest = items.length - MAX_NAMED;
  return lang === "en" ? `${head}; and ${rest} more` : `${head}; và ${rest} chỉ tiêu khác`;
}

export interface NarrativeInput {
  area: string | null;
  period: string | null;
  counts: BandCounts;
  /** Lagging indicators, priority first (see scoring's ordering). */
  lagging: ScoredIndicator[];
  /** Priority indicators that are not lagging, to mention as highlights. */
  highlights: ScoredIndicator[];
  /** The return's indicators, which a sub-row's `parent` indexes: a sub-row is named with its parent. */
  indicators?: readonly ScoredIndicator[];
}

/** The sentences for one return. */
export function returnNarrative(input: NarrativeInput, settings: Settings): string {
  const lang = settings.language;
  const period = settings.period || input.period;
  // "6 tháng đầu năm 2022, xã Làng Nhì có …", but "Xã Làng Nhì có …" at the start of the sentence
  const who = input.area === null ? (lang === "en" ? "the unit" : "đơn vị") : areaInSentence(input.area);
  const lead = period ? `${capitalizeFirst(period)}, ${who}` : capitalizeFirst(who);
  const verb = lang === "en" ? "has" : "có";
  let text = `${lead} ${verb} ${countPhrases(input.counts, settings).join(", ")}`;
  const parentName = (i: ScoredIndicator): string | null =>
    i.parent === null ? null : (input.indicators?.[i.parent]?.name ?? null);
  const phrase = (i: ScoredIndicator) => indicatorPhrase(i, lang, settings.decimals, parentName(i));
  if (input.lagging.length) {
    const names = listWithMore(input.lagging, phrase, lang);
    text +=
      lang === "en" ? `; indicators needing attention: ${names}.` : `; các chỉ tiêu cần tập trung chỉ đạo: ${names}.`;
  } else {
    text += lang === "en" ? "; no indicator is lagging." : "; không có chỉ tiêu đạt thấp.";
  }
  if (input.highlights.length) {
    const names = listWithMore(input.highlights, phrase, lang);
    text += lang === "en" ? ` Priority indicators: ${names}.` : ` Các chỉ tiêu trọng tâm: ${names}.`;
  }
  return text;
}

export interface ConsolidatedNarrativeInput {
  period: string | null;
  received: number;
  expected: number;
  missingAreas: string[];
  counts: BandCounts;
  /** Areas with the most lagging indicators, worst first: [area, lagging count]. */
  weakestAreas: Array<[string, number]>;
  /**
   * Lagging consolidated indicators: name, the parent row's name for a sub-row, overall achievement;
   * with the totals, direction and flags, a doubtful or against-the-target total is said in words.
   */
  lagging: Array<{
    name: string;
    parent: string | null;
    achievement: number | null;
    unit?: string | null;
    direction?: Direction;
    plan?: number | null;
    actual?: number | null;
    flags?: readonly Flag[];
    /** Criteria indicators: units meeting every criterion, of those reporting (said instead of a %). */
    standard?: { meeting: number; total: number };
  }>;
}

/** The sentences for the consolidated sheet. */
export function consolidatedNarrative(input: ConsolidatedNarrativeInput, settings: Settings): string {
  const lang = settings.language;
  const period = settings.period || input.period;
  const sentences: string[] = [];
  const head = period ? `${capitalizeFirst(period)}, ` : "";
  if (lang === "en") {
    sentences.push(
      `${head}${input.received}/${input.expected} units have reported` +
        (input.missingAreas.length ? ` (not yet: ${input.missingAreas.map(areaInSentence).join(", ")}).` : "."),
    );
    sentences.push(`Across the area, ${countPhrases(input.counts, settings).join(", ")}.`);
    if (input.weakestAreas.length)
      sentences.push(
        `Units with the most lagging indicators: ${input.weakestAreas.map(([a, n]) => `${areaInSentence(a)} (${n})`).join(", ")}.`,
      );
  } else {
    // without a period the sentence starts with its verb: "Đã nhận báo cáo…"
    sentences.push(
      `${head}${head ? "đ" : "Đ"}ã nhận báo cáo của ${input.received}/${input.expected} đơn vị` +
        (input.missingAreas.length ? ` (chưa gửi: ${input.missingAreas.map(areaInSentence).join(", ")}).` : "."),
    );
    sentences.push(`Toàn địa bàn có ${countPhrases(input.counts, settings).join(", ")}.`);
    if (input.weakestAreas.length)
      sentences.push(
        `Các đơn vị có nhiều chỉ tiêu đạt thấp: ${input.weakestAreas.map(([a, n]) => `${areaInSentence(a)} (${n} chỉ tiêu)`).join(", ")}.`,
      );
  }
  if (input.lagging.length) {
    const names = listWithMore(
      input.lagging,
      (i) => {
        const name = sentenceName(i.name, i.parent, lang);
        if (i.standard)
          return lang === "en"
            ? `${name}: ${i.standard.meeting}/${i.standard.total} units meet every criterion`
            : `${name}: ${i.standard.meeting}/${i.standard.total} đơn vị đạt đủ tiêu chí`;
        const said =
          i.direction === undefined
            ? null
            : figureWords(
                {
                  name,
                  unit: i.unit ?? null,
                  direction: i.direction,
                  reduction: /^giảm\s/iu.test(i.name),
                  planValue: i.plan ?? null,
                  actualValue: i.actual ?? null,
                  baselineValue: null,
                  achievement: i.achievement,
                  suspect: i.flags?.includes("suspect-unit") ?? false,
                },
                lang,
              );
        if (said !== null) return said;
        if (i.achievement === null) return name;
        const pct = formatPercent(i.achievement, lang, settings.decimals);
        return lang === "en" ? `${name} (${pct} of plan)` : `${name} (đạt ${pct} kế hoạch)`;
      },
      lang,
    );
    sentences.push(
      lang === "en" ? `Indicators needing attention: ${names}.` : `Các chỉ tiêu cần tập trung chỉ đạo: ${names}.`,
    );
  }
  return sentences.join(" ");
}
