using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Domain.Tests.Frameworks;

/// <summary>
/// The embedded TT 18 catalog against the official text of the circular (docs/regulation/tt18-2018.txt, the Ministry's
/// Word file exported to text): every standard, criterion, indicator and level-4 item word for word, and where each is
/// set out (Điều, khoản, điểm). Text is compared after Unicode NFC and with runs of white space as one space: the
/// export mixes combining and precomposed accents and breaks bulleted lists over lines.
/// </summary>
public sealed class OfficialTextTests
{
    private static readonly FrameworkVersion Tt18 = KnownFrameworks.Tt18;
    private static readonly Official Text = Official.Read(Fixture.Read("regulation/tt18-2018.txt"));

    [Fact]
    public void OfficialText_IsReadWhole()
    {
        Assert.Equal(5, Text.Standards.Count);
        Assert.Equal(28, Text.CriterionNames.Count);
        Assert.Equal(new[] { 28, 28, 20 }, Enumerable.Range(1, 3).Select(l => Text.Items.Keys.Count(k => k.Level == l)));
        Assert.Equal(6, Text.Level4.Count);
    }

    [Fact]
    public void Standards_HaveTheOfficialTitles()
        => Assert.Equal(Text.Standards.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"), Tt18.Standards.Select(s => $"{s.Number}: {Same(s.Title)}"));

    [Fact]
    public void Criteria_HaveTheOfficialNamesAndArticles()
    {
        var expected = Text.CriterionNames.OrderBy(c => CriterionId.Parse(c.Key).Value).Select(c => $"{c.Key}: {c.Value} ({Text.Clause[(1, c.Key)]})");
        var actual = Tt18.Criteria.Select(c => $"{c.Id}: {Same(c.Name)} ({c.Citation})");
        Assert.Equal(expected, actual);
        Assert.Equal("Lớp học", Tt18.FindCriterion(new CriterionId(1, 5))!.Name);
    }

    [Fact]
    public void Indicators_AreTheOfficialTextWordForWord_AtEveryLevel_WithTheirArticles()
    {
        var differences = new List<string>();
        foreach (Criterion criterion in Tt18.Criteria)
        {
            for (int level = 1; level <= 3; level++)
            {
                Text.Items.TryGetValue((level, criterion.Id.ToString()), out var official);
                var expected = (official ?? new List<(string Key, string Text)>())
                    .Select(i => $"{i.Key}) {i.Text} [{(i.Key == "*" ? "" : $"điểm {i.Key} ")}{Text.Clause.GetValueOrDefault((level, criterion.Id.ToString()))}]").ToList();
                var actual = criterion.Indicators.Where(i => i.Level.Value == level).Select(i => $"{i.Key}) {Same(i.Text)} [{i.Citation}]").ToList();
                if (!expected.SequenceEqual(actual))
                {
                    differences.Add($"{criterion.Id} Mức {level}:\n  official: {string.Join("\n            ", expected)}\n  catalog:  {string.Join("\n            ", actual)}");
                }
            }
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(Text.Items.Values.Sum(v => v.Count), Tt18.IndicatorCount);
    }

    [Fact]
    public void Level4Items_AreTheOfficialTextWordForWord()
        => Assert.Equal(
            Text.Level4.OrderBy(i => i.Key).Select(i => $"{i.Key}. {i.Value} [khoản {i.Key} Điều 22]"),
            Tt18.AdditionalRequirements.Select(a => $"{a.Clause}. {Same(a.Text)} [{a.Citation}]"));

    /// <summary>A "(sic)" note quotes the official text's own wording; the quoted words must be there.</summary>
    [Fact]
    public void SicNotes_QuoteWordsTheOfficialTextHas()
    {
        var notes = Tt18.Criteria.SelectMany(c => c.Notes).Concat(Tt18.AdditionalRequirements.SelectMany(a => a.Notes))
            .Where(n => n.StartsWith("(sic)", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(notes);
        foreach (string note in notes)
        {
            string quoted = Regex.Match(note, "\"(?<q>[^\"]+)\"").Groups["q"].Value;
            Assert.True(quoted.Length > 0 && Text.Whole.Contains(Same(quoted), StringComparison.Ordinal), $"'{quoted}' of: {note}");
        }
        Assert.Contains(Tt18.AdditionalRequirements[5].Notes, n => n.Contains("công đồng"));
    }

    /// <summary>Recognition reasons cite the clauses that say so, and those clauses say it.</summary>
    [Fact]
    public void RecognitionReasons_CiteTheClausesThatSayIt()
    {
        var reasons = CaiTien.Domain.Assessment.RecognitionEvaluator.Evaluate(Level.Two, cohortCompleted: true).Reasons.Select(r => r.Vietnamese).ToList();
        Assert.Contains(reasons, r => r.Contains("cấp độ 2 (khoản 2 Điều 34)"));
        Assert.Contains(reasons, r => r.Contains("mức độ 1 (khoản 2 Điều 37)"));
        Assert.Contains("Cấp độ 2: Trường được đánh giá đạt Mức 2", ClauseOf(34, 2));
        Assert.Contains("Mức độ 1: Trường được đánh giá đạt Mức 2", ClauseOf(37, 2));
        Assert.Contains(CaiTien.Domain.Assessment.RecognitionEvaluator.Evaluate(Level.One, cohortCompleted: false).Reasons, r => r.Vietnamese.Contains("điểm a khoản 1 Điều 34"));
        Assert.Contains("Có ít nhất một khoá học sinh đã hoàn thành", ClauseOf(34, 1));
        Assert.Equal("khoản 2 Điều 35, khoản 2 Điều 38", new CaiTien.Domain.Assessment.CertificateValidity(new NodaTime.LocalDate(2024, 1, 1)).Citation);
        Assert.Contains("có giá trị 05 năm. Ít nhất 05 tháng trước", ClauseOf(35, 2));
        Assert.Contains("có giá trị 05 năm", ClauseOf(38, 2));
    }

    // The text of clause (khoản) n of article (Điều) a, from its number to the next clause or article.
    private static string ClauseOf(int article, int clause)
    {
        string whole = Text.Whole;
        int a = whole.IndexOf($"Điều {article}. ", StringComparison.Ordinal);
        int end = whole.IndexOf($"Điều {article + 1}. ", a, StringComparison.Ordinal);
        string body = whole.Substring(a, end - a);
        int c = body.IndexOf($" {clause}. ", StringComparison.Ordinal);
        int next = body.IndexOf($" {clause + 1}. ", c + 1, StringComparison.Ordinal);
        return body.Substring(c, (next < 0 ? body.Length : next) - c);
    }

    // NFC, and every run of white space as one space.
    private static string Same(string text) => Regex.Replace(text.Normalize(NormalizationForm.FormC), @"\s+", " ").Trim();

    /// <summary>What the official text of Chương II says: standards, criteria, each level's items with their article and clause.</summary>
    private sealed class Official
    {
        public Dictionary<int, string> Standards { get; } = new();

        public Dictionary<string, string> CriterionNames { get; } = new();

        public Dictionary<(int Level, string Criterion), List<(string Key, string Text)>> Items { get; } = new();

        public Dictionary<(int Level, string Criterion), string> Clause { get; } = new();

        public Dictionary<int, string> Level4 { get; } = new();

        public string Whole { get; private set; } = string.Empty;

        public static Official Read(string raw)
        {
            var o = new Official { Whole = Same(raw) };
            int level = 0;
            int article = 0;
            List<(string Key, string Text)>? items = null;
            foreach (string line in raw.Normalize(NormalizationForm.FormC).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                Match m;
                if ((m = Regex.Match(line, @"^Mục (?<n>[1-4])\z")).Success)
                {
                    level = int.Parse(m.Groups["n"].Value);
                    items = null;
                }
                else if (line.StartsWith("Chương III", StringComparison.Ordinal))
                {
                    break;
                }
                else if (level == 0)
                {
                    continue;
                }
                else if ((m = Regex.Match(line, @"^Điều (?<a>[0-9]+)\. (?:Tiêu chuẩn (?<s>[0-9]+): (?<t>.+)|(?<l4>Tiêu chuẩn đánh giá trường trung học đạt Mức 4))\z")).Success)
                {
                    article = int.Parse(m.Groups["a"].Value);
                    items = null;
                    if (level == 1 && m.Groups["s"].Success)
                    {
                        o.Standards.Add(int.Parse(m.Groups["s"].Value), Same(m.Groups["t"].Value));
                    }
                }
                else if (level == 4)
                {
                    if ((m = Regex.Match(line, @"^(?<k>[0-9])\. (?<t>.+)\z")).Success)
                    {
                        o.Level4.Add(int.Parse(m.Groups["k"].Value), Same(m.Groups["t"].Value));
                    }
                }
                else if ((m = Regex.Match(line, @"^(?<k>[0-9]+)\.\s*Tiêu chí (?<c>[0-9]+\.[0-9]+): (?<n>.+)\z")).Success)
                {
                    string c = m.Groups["c"].Value;
                    if (level == 1)
                    {
                        o.CriterionNames.Add(c, Same(m.Groups["n"].Value));
                    }
                    items = new List<(string, string)>();
                    o.Items.Add((level, c), items);
                    o.Clause.Add((level, c), $"khoản {m.Groups["k"].Value} Điều {article}");
                }
                else if (items is null)
                {
                    continue;
                }
                else if ((m = Regex.Match(line, @"^(?<k>[a-z])\) (?<t>.+)\z")).Success)
                {
                    items.Add((m.Groups["k"].Value, Same(m.Groups["t"].Value)));
                }
                else if (line.StartsWith("- ", StringComparison.Ordinal) && items.Count > 0)
                {
                    items[^1] = (items[^1].Key, $"{items[^1].Text} {Same(line)}");
                }
                else
                {
                    items.Add(("*", Same(line)));
                }
            }
            return o;
        }
    }
}
