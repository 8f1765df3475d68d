using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaiTien.Import.Docx;

/// <summary>
/// Computes the label Word prints in front of a numbered or bulleted paragraph ("1.", "a)", "II.", "-"): counters per
/// list and level, deeper levels restarting when a shallower one advances, start overrides honoured.
/// </summary>
internal sealed class NumberingCounter
{
    private readonly Dictionary<int, int> abstractOf = new();
    private readonly Dictionary<int, Dictionary<int, int>> startOverrides = new();
    private readonly Dictionary<int, Dictionary<int, LevelInfo>> levels = new();
    private readonly Dictionary<int, int[]> counters = new();
    private readonly HashSet<int> overridesApplied = new();

    internal NumberingCounter(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }
        foreach (AbstractNum abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is not int id)
            {
                continue;
            }
            var byLevel = new Dictionary<int, LevelInfo>();
            foreach (Level level in abstractNum.Elements<Level>())
            {
                int ilvl = level.LevelIndex?.Value ?? 0;
                byLevel[ilvl] = new LevelInfo(
                    level.StartNumberingValue?.Val?.Value ?? 1,
                    level.NumberingFormat?.Val?.InnerText ?? "decimal",
                    level.LevelText?.Val?.Value ?? string.Empty);
            }
            levels[id] = byLevel;
        }
        foreach (NumberingInstance instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is int numId && instance.AbstractNumId?.Val?.Value is int abstractId)
            {
                abstractOf[numId] = abstractId;
                foreach (LevelOverride o in instance.Elements<LevelOverride>())
                {
                    if (o.LevelIndex?.Value is int ilvl && o.StartOverrideNumberingValue?.Val?.Value is int start)
                    {
                        if (!startOverrides.TryGetValue(numId, out Dictionary<int, int>? map))
                        {
                            startOverrides[numId] = map = new Dictionary<int, int>();
                        }
                        map[ilvl] = start;
                    }
                }
            }
        }
    }

    internal string Next(int numId, int level)
    {
        if (!abstractOf.TryGetValue(numId, out int abstractId) || !levels.TryGetValue(abstractId, out Dictionary<int, LevelInfo>? byLevel))
        {
            return string.Empty;
        }
        level = Math.Clamp(level, 0, 8);
        if (!counters.TryGetValue(abstractId, out int[]? count))
        {
            counters[abstractId] = count = new int[9];
        }
        if (startOverrides.TryGetValue(numId, out Dictionary<int, int>? overrides) && overridesApplied.Add(numId))
        {
            foreach ((int ilvl, int start) in overrides)
            {
                if (ilvl is >= 0 and < 9)
                {
                    count[ilvl] = start - 1;
                }
            }
        }
        LevelInfo info = byLevel.TryGetValue(level, out LevelInfo? found) ? found : new LevelInfo(1, "decimal", "%" + (level + 1) + ".");
        count[level] = count[level] == 0 && info.Start > 1 ? info.Start : count[level] + 1;
        if (count[level] < info.Start)
        {
            count[level] = info.Start;
        }
        for (int deeper = level + 1; deeper < 9; deeper++)
        {
            count[deeper] = 0;
        }
        if (info.Format == "bullet")
        {
            return Bullet(info.Text);
        }
        if (info.Format == "none")
        {
            return string.Empty;
        }
        var label = new StringBuilder();
        string text = info.Text;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                int refLevel = text[i + 1] - '1';
                LevelInfo refInfo = byLevel.TryGetValue(refLevel, out LevelInfo? r) ? r : info;
                int value = Math.Max(count[refLevel], refInfo.Start);
                label.Append(Format(value, refLevel == level ? info.Format : refInfo.Format));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }
        return label.ToString().Trim();
    }

    private static string Bullet(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return "•";
        }
        char c = trimmed[0];
        // Symbol and Wingdings bullets live in the private-use area; a dash or plus is printed as itself.
        return c is '-' or '–' or '+' or '*' or '•' or '○' or '◦' or '▪' or '■' or '►' ? (c == '–' ? "-" : c.ToString()) : "•";
    }

    private static string Format(int value, string format) => format switch
    {
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Letters(int value, char a)
    {
        if (value < 1)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
        // Word repeats the letter past z: aa, bb, ...
        int repeat = (value - 1) / 26 + 1;
        return new string((char)(a + (value - 1) % 26), repeat);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
        var numerals = new (int Value, string Text)[]
        {
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        };
        var builder = new StringBuilder();
        foreach ((int v, string t) in numerals)
        {
            while (value >= v)
            {
                builder.Append(t);
                value -= v;
            }
        }
        return builder.ToString();
    }

    private sealed class LevelInfo
    {
        internal LevelInfo(int start, string format, string text)
        {
            Start = start;
            Format = format;
            Text = text;
        }

        internal int Start { get; }

        internal string Format { get; }

        internal string Text { get; }
    }
}
