using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.SelfAssessment;
using CaiTien.Domain.Text;
using CaiTien.Import.Layout;
using NodaTime;

namespace CaiTien.Import.Recognition;

/// <summary>
/// Recognises a self-assessment report (báo cáo tự đánh giá) under TT 18: the summary tables, each standard's
/// introduction, criteria and conclusion, the Mức 4 items and the school's conclusion. Works on the lines of a Word
/// document or of a text export alike; only the summary tables are read differently (by column in Word, by order in text).
/// </summary>
internal sealed class SelfAssessmentRecognizer
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly Regex Title = new(@"^bao cao tu danh gia\b", Options);
    private static readonly Regex Described = new(@"^1\s*[.)]?\s*mo ta hien trang\s*[:.]?\s*(?<t>.*)\z", Options);
    private static readonly Regex SchoolName = new(@"^ten truong\s*:\s*(?<n>.+)\z", Options);
    private static readonly Regex SummaryStart = new(@"^(?:[0-9ivx]+\s*[.)]\s*)?tong hop ket qua tu danh gia\b", Options);
    private static readonly Regex Summary13 = new(@"^1\.1\s*[.)]?\s*danh gia tieu chi muc 1", Options);
    private static readonly Regex Summary4 = new(@"^1\.2\s*[.)]?\s*danh gia tieu chi muc 4", Options);
    private static readonly Regex ResultLine = new(@"^ket qua\s*:\s*(?<r>.+)\z", Options);
    private static readonly Regex SummaryConclusion = new(@"^2\s*[.)]?\s*ket luan\s*:\s*(?<r>.+)\z", Options);
    private static readonly Regex Standard = new(@"^tieu chuan\s*(?<n>[0-9]{1,2})\s*[:.]\s*(?<t>.*)\z", Options);
    private static readonly Regex Criterion = new(@"^tieu chi\s*(?<s>[0-9]{1,2})\s*[.,]\s*(?<c>[0-9]{1,2})\s*[:.]?\s*(?<t>.*)\z", Options);
    private static readonly Regex Level4Item = new(@"^tieu chi\s*(?:\(\s*khoan\s*)?(?<k>[0-9]{1,2})\s*\)?\s*[:.]\s*(?<t>.*)\z", Options);
    private static readonly Regex Level4Part = new(@"^(?:[ivx]+\s*[.)]\s*)?tu danh gia tieu chi muc 4\s*\z", Options);
    private static readonly Regex Intro = new(@"^mo dau\s*[:.]?\s*(?<t>.*)\z", Options);
    private static readonly Regex StandardConclusion = new(@"^ket luan ve tieu chuan\s*(?<n>[0-9]{1,2})\s*[:.]?\s*(?<t>.*)\z", Options);
    private static readonly Regex TallyHead = new(@"^tu danh gia tieu chi muc\s*(?<l>[1-4])\s*:?", Options);
    private static readonly Regex TallyMet = new(@"tu danh gia tieu chi muc\s*(?<l>[1-4])\s*:?.*?cac tieu chi dat\s*:\s*(?<a>[0-9]+)\s*/\s*(?<b>[0-9]+)", Options);
    private static readonly Regex Strengths = new(@"^2\s*[.)]?\s*diem manh\s*[:.]?\s*(?<t>.*)\z", Options);
    private static readonly Regex Weaknesses = new(@"^3\s*[.)]?\s*diem yeu\s*[:.]?\s*(?<t>.*)\z", Options);
    private static readonly Regex Improvement = new(@"^4\s*[.)]?\s*ke hoach cai tien chat luong\s*[:.]?\s*(?<t>.*)\z", Options);
    private static readonly Regex Result = new(@"^5\s*[.)]?\s*tu danh gia\s*[:.]?\s*(?<t>.*)\z", Options);
    private static readonly Regex LevelMark = new(@"^muc\s*(?<l>[1-4])\s*[:.]?\s*(?<t>.*)\z", Options);
    private static readonly Regex Level4Conclusion = new(@"^ket luan\s*:\s*(?<r>.+)\z", Options);
    private static readonly Regex GeneralConclusion = new(@"^(?:phan iii\b|ket luan chung\s*\z)", Options);
    private static readonly Regex Appendix = new(@"^phan iv\b", Options);
    private static readonly Regex SchoolLevel = new(@"muc danh gia .*?\bla\s*:?\s*(?<w>muc|cap do)\s*:?\s*(?<l>[1-4])", Options);
    private static readonly Regex Grade = new(@"kiem dinh chat luong giao duc\s*cap do\s*:?\s*(?<g>[1-4])?", Options);
    private static readonly Regex Degree = new(@"chuan quoc gia\s*muc do\s*:?\s*(?<g>[1-2])?", Options);
    private static readonly Regex InlineLevelMark = new(@"[.;\]]\s+(?<m>muc\s*[1-3]\s*:?)\s*\z", Options);
    private static readonly Regex PlaceDate = new(@"^(?<p>[^,;:]{2,60}),\s*ngay\s*[0-9]{1,2}\s*thang", Options);
    private static readonly Regex LevelResult = new(@"^dat\s*muc\s*(?<l>[1-4])\b", Options);

    private readonly List<FlowLine> lines;
    private readonly FrameworkCatalog frameworks;
    private readonly Notes notes;
    private readonly bool fromText;
    private FrameworkVersion framework = KnownFrameworks.Tt18;

    private SelfAssessmentRecognizer(List<FlowLine> lines, LayoutOrigin origin, FrameworkCatalog frameworks, Notes notes)
    {
        this.lines = lines;
        this.frameworks = frameworks;
        this.notes = notes;
        fromText = origin == LayoutOrigin.Text;
    }

    internal static bool Recognizes(List<FlowLine> lines)
        => lines.Any(l => Title.IsMatch(l.Folded)) && lines.Count(l => Described.IsMatch(l.Folded)) >= 2;

    internal static SelfAssessmentReport Recognize(List<FlowLine> lines, LayoutOrigin origin, FrameworkCatalog frameworks, Notes notes)
        => new SelfAssessmentRecognizer(lines, origin, frameworks, notes).Recognize();

    private enum Part
    {
        Prelude,
        Summary13,
        Summary4,
        Between,
        Standards,
        Level4,
        Conclusion,
        Appendix,
    }

    private enum Field
    {
        None,
        Title,
        Requirement,
        Description,
        Strengths,
        Weaknesses,
        Improvement,
        AfterResult,
        Intro,
        StandardConclusion,
        Tallies,
    }

    private sealed class Section
    {
        internal Section(FlowLine heading) => Heading = heading;

        internal FlowLine Heading { get; }

        internal List<FlowLine> Title { get; } = new();

        internal List<(int Level, List<FlowLine> Lines)> Levels { get; } = new();

        internal List<FlowLine> Strengths { get; } = new();

        internal List<FlowLine> Weaknesses { get; } = new();

        internal List<FlowLine> Improvement { get; } = new();

        internal FlowLine? Result { get; set; }

        internal string ResultText { get; set; } = string.Empty;
    }

    private sealed class StandardPart
    {
        internal StandardPart(int number, FlowLine heading)
        {
            Number = number;
            Heading = heading;
        }

        internal int Number { get; }

        internal FlowLine Heading { get; }

        internal List<FlowLine> Intro { get; } = new();

        internal List<(CriterionId Id, Section Section)> Criteria { get; } = new();

        internal List<FlowLine> Conclusion { get; } = new();

        internal List<FlowLine> Tallies { get; } = new();
    }

    private SelfAssessmentReport Recognize()
    {
        HashSet<int> acceptedCriteria = AcceptedHeadings();
        string schoolName = string.Empty;
        var summary13 = new List<FlowLine>();
        var summary4 = new List<FlowLine>();
        Level? summaryLevel = null;
        bool? level4SummaryMet = null;
        bool? level4ConclusionMet = null;
        var standards = new List<StandardPart>();
        var level4 = new List<(int Clause, Section Section)>();
        var conclusion = new List<FlowLine>();
        Part part = Part.Prelude;
        Field field = Field.None;
        StandardPart? standard = null;
        Section? section = null;
        int skippedFrom = -1;

        void Skip(FlowLine line)
        {
            if (skippedFrom < 0)
            {
                skippedFrom = line.Index;
            }
        }

        void EndSkip(FlowLine line)
        {
            if (skippedFrom >= 0)
            {
                FlowLine first = lines[skippedFrom];
                notes.Read("IMP100", first.Source,
                    $"Bỏ qua phần không thuộc mô hình báo cáo (từ \"{Shorten(first.Text)}\" đến trước \"{Shorten(line.Text)}\"): bìa, danh sách hội đồng, mục lục, cơ sở dữ liệu, đặt vấn đề",
                    $"Skipped what the report model does not hold (from \"{Shorten(first.Text)}\" to before \"{Shorten(line.Text)}\"): cover, council, contents, database, introduction");
                skippedFrom = -1;
            }
        }

        foreach (FlowLine line in lines)
        {
            string f = line.Folded;
            Match m;
            if (part is Part.Prelude or Part.Between && (m = SchoolName.Match(f)).Success && schoolName.Length == 0)
            {
                schoolName = line.Text.Substring(m.Groups["n"].Index).Trim();
            }
            if (part == Part.Prelude && SummaryStart.IsMatch(f))
            {
                EndSkip(line);
                part = Part.Summary13;
                continue;
            }
            if (part is Part.Summary13 or Part.Summary4)
            {
                if (Summary13.IsMatch(f))
                {
                    part = Part.Summary13;
                    continue;
                }
                if (Summary4.IsMatch(f))
                {
                    part = Part.Summary4;
                    continue;
                }
                if ((m = ResultLine.Match(f)).Success)
                {
                    if (part == Part.Summary4)
                    {
                        level4SummaryMet = ReadMet(m.Groups["r"].Value);
                    }
                    continue;
                }
                if ((m = SummaryConclusion.Match(f)).Success)
                {
                    summaryLevel = ReadLevel(m.Groups["r"].Value);
                    part = Part.Between;
                    continue;
                }
                (part == Part.Summary13 ? summary13 : summary4).Add(line);
                continue;
            }
            if (acceptedCriteria.Contains(line.Index) || (part is Part.Prelude or Part.Between && (m = Standard.Match(f)).Success && StartsStandards(line.Index, acceptedCriteria)))
            {
                EndSkip(line);
                part = part is Part.Prelude or Part.Between ? Part.Standards : part;
            }
            switch (part)
            {
                case Part.Prelude or Part.Between:
                    Skip(line);
                    continue;
                case Part.Appendix:
                    continue;
            }
            if (Appendix.IsMatch(f))
            {
                notes.Read("IMP101", line.Source, "Phần IV (phụ lục) không thuộc mô hình báo cáo và không được đọc", "Part IV (appendix) is not part of the report model and was not read", line.Text);
                part = Part.Appendix;
                continue;
            }
            if (part != Part.Conclusion && GeneralConclusion.IsMatch(f))
            {
                part = Part.Conclusion;
                field = Field.None;
                continue;
            }
            if (part == Part.Conclusion)
            {
                if (!GeneralConclusion.IsMatch(f))
                {
                    conclusion.Add(line);
                }
                continue;
            }
            if (part == Part.Standards && Level4Part.IsMatch(f))
            {
                part = Part.Level4;
                field = Field.None;
                section = null;
                continue;
            }
            if (part == Part.Standards && (m = Standard.Match(f)).Success && !acceptedCriteria.Contains(line.Index))
            {
                standard = new StandardPart(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), line);
                standards.Add(standard);
                section = null;
                field = Field.None;
                continue;
            }
            if (acceptedCriteria.Contains(line.Index))
            {
                section = new Section(line);
                if (part == Part.Level4 && (m = Level4Item.Match(f)).Success)
                {
                    level4.Add((int.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture), section));
                }
                else if ((m = Criterion.Match(f)).Success)
                {
                    var id = new CriterionId(int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["c"].Value, CultureInfo.InvariantCulture));
                    if (standard is null || standard.Number != id.Standard.Value)
                    {
                        notes.Inferred("IMP102", line.Source, $"Tiêu chí {id} không nằm dưới tiêu đề tiêu chuẩn {id.Standard}: đã xếp vào tiêu chuẩn {id.Standard}",
                            $"Criterion {id} is not under a heading of standard {id.Standard}: placed under standard {id.Standard}", line.Text);
                        standard = standards.FirstOrDefault(s => s.Number == id.Standard.Value) ?? new StandardPart(id.Standard.Value, line);
                        if (!standards.Contains(standard))
                        {
                            standards.Add(standard);
                        }
                    }
                    standard.Criteria.Add((id, section));
                }
                string title = line.Text.Substring(Math.Min(line.Text.Length, m.Groups["t"].Index)).Trim();
                if (title.Length > 0)
                {
                    section.Title.Add(new FlowLine(line.Index, title, line.Source, null));
                }
                field = Field.Title;
                continue;
            }
            if (section is not null && field is not Field.StandardConclusion and not Field.Tallies)
            {
                if ((m = Described.Match(f)).Success)
                {
                    field = Field.Description;
                    AddRest(section.Levels, line, m, part == Part.Level4 ? 4 : 0);
                    continue;
                }
                if ((m = Strengths.Match(f)).Success)
                {
                    field = Field.Strengths;
                    AddRest(section.Strengths, line, m);
                    continue;
                }
                if ((m = Weaknesses.Match(f)).Success)
                {
                    field = Field.Weaknesses;
                    AddRest(section.Weaknesses, line, m);
                    continue;
                }
                if ((m = Improvement.Match(f)).Success)
                {
                    field = Field.Improvement;
                    AddRest(section.Improvement, line, m);
                    continue;
                }
                if ((m = Result.Match(f)).Success && field is Field.Improvement or Field.Weaknesses or Field.Strengths or Field.Description)
                {
                    section.Result = line;
                    section.ResultText = line.Text.Substring(m.Groups["t"].Index).Trim();
                    field = Field.AfterResult;
                    continue;
                }
            }
            if (part == Part.Level4 && (m = Level4Conclusion.Match(f)).Success && field == Field.AfterResult)
            {
                level4ConclusionMet = ReadMet(m.Groups["r"].Value);
                field = Field.None;
                continue;
            }
            if (part == Part.Standards && standard is not null)
            {
                if ((m = Intro.Match(f)).Success && standard.Criteria.Count == 0)
                {
                    field = Field.Intro;
                    AddRest(standard.Intro, line, m);
                    continue;
                }
                if ((m = StandardConclusion.Match(f)).Success)
                {
                    field = Field.StandardConclusion;
                    section = null;
                    AddRest(standard.Conclusion, line, m);
                    continue;
                }
                if (TallyHead.IsMatch(f) && field is Field.StandardConclusion or Field.Tallies)
                {
                    field = Field.Tallies;
                }
            }
            switch (field)
            {
                case Field.Title when LevelMark.IsMatch(f):
                    field = Field.Requirement;
                    break;
                case Field.Title:
                    section!.Title.Add(line);
                    break;
                case Field.Requirement:
                    break;
                case Field.Description when part == Part.Standards && (m = LevelMark.Match(f)).Success:
                    section!.Levels.Add((m.Groups["l"].Value[0] - '0', new List<FlowLine>()));
                    AddRest(section.Levels[^1].Lines, line, m);
                    break;
                case Field.Description when part == Part.Standards && (m = InlineLevelMark.Match(f)).Success:
                    // "… [H1-1.8-05]; Mức 2" : the export ran the next level's heading onto this line.
                    if (section!.Levels.Count == 0)
                    {
                        section.Levels.Add((0, new List<FlowLine>()));
                    }
                    section.Levels[^1].Lines.Add(new FlowLine(line.Index, line.Text.Substring(0, m.Groups["m"].Index).Trim(), line.Source, null));
                    section.Levels.Add((m.Groups["m"].Value.First(char.IsAsciiDigit) - '0', new List<FlowLine>()));
                    notes.Inferred("IMP123", line.Source, "Tiêu đề \"Mức …\" nằm cuối một dòng của phần mô tả: đọc là bắt đầu mức mới",
                        "A \"Mức …\" heading ends a line of the description: read as the start of that level", line.Text);
                    break;
                case Field.Description:
                    if (section!.Levels.Count == 0)
                    {
                        section.Levels.Add((part == Part.Level4 ? 4 : 0, new List<FlowLine>()));
                    }
                    section.Levels[^1].Lines.Add(line);
                    break;
                case Field.Strengths:
                    section!.Strengths.Add(line);
                    break;
                case Field.Weaknesses:
                    section!.Weaknesses.Add(line);
                    break;
                case Field.Improvement:
                    section!.Improvement.Add(line);
                    break;
                case Field.Intro:
                    standard!.Intro.Add(line);
                    break;
                case Field.StandardConclusion:
                    standard!.Conclusion.Add(line);
                    break;
                case Field.Tallies:
                    standard!.Tallies.Add(line);
                    break;
                default:
                    notes.Unread("IMP103", line.Source, "Dòng ngoài mọi mục của báo cáo tự đánh giá nên không đặt được", "A line outside every section of the self-assessment report cannot be placed", line.Text);
                    break;
            }
        }
        return Build(schoolName, summary13, summary4, summaryLevel, level4SummaryMet, level4ConclusionMet, standards, level4, conclusion);
    }

    // A criterion (or Mức 4 item) heading is a section only if its "1. Mô tả hiện trạng" comes before the next heading: the
    // table of contents and the appendix repeat the headings without sections.
    private HashSet<int> AcceptedHeadings()
    {
        var accepted = new HashSet<int>();
        bool inLevel4 = false;
        bool started = false;
        for (int i = 0; i < lines.Count; i++)
        {
            string f = lines[i].Folded;
            if (Level4Part.IsMatch(f) && started)
            {
                inLevel4 = true;
            }
            bool heading = Criterion.IsMatch(f) || (inLevel4 && Level4Item.IsMatch(f));
            if (!heading)
            {
                continue;
            }
            for (int j = i + 1; j < lines.Count && j < i + 80; j++)
            {
                string g = lines[j].Folded;
                if (Described.IsMatch(g))
                {
                    accepted.Add(i);
                    started = true;
                    break;
                }
                if (Criterion.IsMatch(g) || Standard.IsMatch(g) || Level4Item.IsMatch(g) || GeneralConclusion.IsMatch(g))
                {
                    break;
                }
            }
        }
        return accepted;
    }

    private bool StartsStandards(int index, HashSet<int> accepted)
    {
        for (int j = index + 1; j < lines.Count && j < index + 60; j++)
        {
            if (accepted.Contains(j))
            {
                return true;
            }
            if (Standard.IsMatch(lines[j].Folded) || Criterion.IsMatch(lines[j].Folded))
            {
                return false;
            }
        }
        return false;
    }

    private static void AddRest(List<FlowLine> target, FlowLine line, Match m)
    {
        string rest = line.Text.Substring(Math.Min(line.Text.Length, m.Groups["t"].Index)).Trim();
        if (rest.Length > 0)
        {
            target.Add(new FlowLine(line.Index, rest, line.Source, null));
        }
    }

    private static void AddRest(List<(int Level, List<FlowLine> Lines)> levels, FlowLine line, Match m, int level)
    {
        string rest = line.Text.Substring(Math.Min(line.Text.Length, m.Groups["t"].Index)).Trim();
        if (rest.Length > 0)
        {
            levels.Add((level, new List<FlowLine> { new(line.Index, rest, line.Source, null) }));
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";

    private static Level? ReadLevel(string text)
    {
        Match m = Regex.Match(VietnameseText.Fold(text), @"muc\s*(?<l>[1-4])", Options);
        return m.Success ? new Level(m.Groups["l"].Value[0] - '0') : null;
    }

    private static bool? ReadMet(string text)
    {
        string f = VietnameseText.Fold(text).Trim().TrimEnd('.', ';');
        return f.StartsWith("khong dat", StringComparison.Ordinal) ? false : f.StartsWith("dat", StringComparison.Ordinal) ? true : null;
    }

    private string Join(IEnumerable<FlowLine> part) => string.Join("\n", part.Select(l => l.Text));

    private string Evidence(List<FlowLine> part)
    {
        string text = Join(part);
        return fromText && part.Count > 0 ? EvidenceRepair.Repair(text, framework, notes, part[0].Source) : text;
    }

    private SelfAssessmentReport Build(string schoolName, List<FlowLine> summary13, List<FlowLine> summary4, Level? summaryLevel, bool? level4SummaryMet,
        bool? level4ConclusionMet, List<StandardPart> standards, List<(int Clause, Section Section)> level4, List<FlowLine> conclusion)
    {
        (string place, LocalDate? signed) = PlaceAndDate(conclusion);
        framework = ChooseFramework(signed);
        var builtStandards = new List<StandardSelfAssessment>();
        foreach (StandardPart s in standards)
        {
            var criteria = s.Criteria.Select(c => BuildCriterion(c.Id, c.Section)).ToList();
            string headingTitle = s.Heading.Text;
            builtStandards.Add(new StandardSelfAssessment(new StandardNumber(s.Number))
            {
                Heading = headingTitle,
                Introduction = Join(s.Intro),
                Criteria = criteria,
                Conclusion = Join(s.Conclusion),
                Tallies = Tallies(s.Tallies),
            });
        }
        var items = level4.Select(i => BuildLevel4(i.Clause, i.Section)).ToList();
        return new SelfAssessmentReport(framework)
        {
            SchoolName = schoolName,
            Place = place,
            SignedOn = signed,
            Standards = builtStandards,
            Level4Items = items,
            Summary = SummaryRows(summary13),
            SummaryLevel = summaryLevel,
            Level4Summary = Level4Rows(summary4),
            Level4SummaryMet = level4SummaryMet,
            Level4ConclusionMet = level4ConclusionMet,
            Conclusion = conclusion.Count == 0 ? null : BuildConclusion(conclusion),
        };
    }

    private FrameworkVersion ChooseFramework(LocalDate? signed)
    {
        FrameworkVersion? chosen = signed is { } d ? frameworks.FindInForce(d, SchoolType.UpperSecondary) ?? frameworks.FindInForce(d, SchoolType.LowerSecondary) : null;
        if (chosen is null)
        {
            chosen = frameworks.Frameworks.Count > 0 ? frameworks.Frameworks[0] : KnownFrameworks.Tt18;
            notes.Inferred("IMP104", SourceLocation.Unknown, $"Không có ngày ký nên không chọn được bộ tiêu chuẩn theo ngày: dùng {chosen.LegalDocument}",
                $"No signing date, so the framework cannot be chosen by date: using {chosen.LegalDocument}");
        }
        return chosen;
    }

    private CriterionSelfAssessment BuildCriterion(CriterionId id, Section section)
    {
        var descriptions = new List<LevelDescription>();
        foreach ((int level, List<FlowLine> part) in section.Levels)
        {
            int actual = level;
            if (level == 0)
            {
                actual = 1;
                notes.Inferred("IMP105", part[0].Source, $"Mô tả hiện trạng của tiêu chí {id} không ghi \"Mức …\" trước đoạn đầu: đọc là Mức 1",
                    $"The description of criterion {id} has no \"Mức …\" before its first part: read as Mức 1", Join(part));
            }
            if (descriptions.Count > 0 && descriptions[^1].Level.Value == actual)
            {
                descriptions[^1] = new LevelDescription(descriptions[^1].Level, descriptions[^1].Text + "\n" + Evidence(part));
                continue;
            }
            descriptions.Add(new LevelDescription(new Level(actual), Evidence(part)));
        }
        Level? stated = ReadResult(section, id.ToString());
        return new CriterionSelfAssessment(id)
        {
            Title = Join(section.Title),
            Descriptions = descriptions,
            Strengths = Join(section.Strengths),
            Weaknesses = Join(section.Weaknesses),
            Improvement = Join(section.Improvement),
            StatedResult = section.ResultText,
            SelfAssessedLevel = stated,
        };
    }

    private Level? ReadResult(Section section, string what)
    {
        if (section.Result is null)
        {
            notes.Unread("IMP106", section.Heading.Source, $"Không thấy mục \"5. Tự đánh giá\" của {what}", $"No \"5. Tự đánh giá\" part for {what}", section.Heading.Text);
            return null;
        }
        string f = VietnameseText.Fold(section.ResultText).Trim();
        Match m = LevelResult.Match(f);
        if (m.Success)
        {
            return new Level(m.Groups["l"].Value[0] - '0');
        }
        if (f.StartsWith("khong dat", StringComparison.Ordinal))
        {
            return Level.NotMet;
        }
        notes.Unread("IMP107", section.Result.Source, $"Không đọc được mức tự đánh giá của {what}", $"Cannot read the self-assessed level of {what}", section.ResultText);
        return null;
    }

    private Level4ItemSelfAssessment BuildLevel4(int clause, Section section)
    {
        bool? met = section.Result is null ? null : ReadMet(section.ResultText);
        if (section.Result is null)
        {
            notes.Unread("IMP106", section.Heading.Source, $"Không thấy mục \"5. Tự đánh giá\" của tiêu chí Mức 4 số {clause}",
                $"No \"5. Tự đánh giá\" part for Mức 4 item {clause}", section.Heading.Text);
        }
        else if (met is null)
        {
            notes.Unread("IMP107", section.Result.Source, $"Không đọc được kết quả của tiêu chí Mức 4 số {clause}", $"Cannot read the result of Mức 4 item {clause}", section.ResultText);
        }
        return new Level4ItemSelfAssessment(clause)
        {
            Title = Join(section.Title),
            Description = new LevelDescription(Level.Four, Evidence(section.Levels.SelectMany(l => l.Lines).ToList())),
            Strengths = Join(section.Strengths),
            Weaknesses = Join(section.Weaknesses),
            Improvement = Join(section.Improvement),
            StatedResult = section.ResultText,
            Met = met,
        };
    }

    private List<LevelTally> Tallies(List<FlowLine> part)
    {
        var tallies = new List<LevelTally>();
        string text = VietnameseText.Fold(string.Join(" ", part.Select(l => l.Text)));
        foreach (Match m in TallyMet.Matches(text))
        {
            tallies.Add(new LevelTally(new Level(m.Groups["l"].Value[0] - '0'), int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture)));
        }
        if (part.Count > 0 && tallies.Count == 0)
        {
            notes.Unread("IMP108", part[0].Source, "Không đọc được số tiêu chí đạt theo mức", "Cannot read the counts of criteria met per level", Join(part));
        }
        return tallies;
    }

    private List<SelfAssessmentRow> SummaryRows(List<FlowLine> part)
    {
        FlowLine? table = part.FirstOrDefault(l => l.IsTable);
        if (table is not null)
        {
            foreach (FlowLine other in part.Where(l => l != table))
            {
                notes.Unread("IMP109", other.Source, "Dòng quanh bảng tổng hợp không đặt được", "A line around the summary table cannot be placed", other.Text);
            }
            return MarkTables.FromTable(table.Table!, notes);
        }
        return part.Count == 0 ? new List<SelfAssessmentRow>() : MarkTables.FromLines(part, 3, notes);
    }

    private List<Level4SummaryRow> Level4Rows(List<FlowLine> part)
    {
        var rows = new List<Level4SummaryRow>();
        FlowLine? table = part.FirstOrDefault(l => l.IsTable);
        if (table is not null)
        {
            LayoutGrid grid = table.Table!.Grid;
            int met = -1;
            int notMet = -1;
            for (int r = 0; r < grid.RowCount; r++)
            {
                for (int c = 1; c < grid.ColumnCount; c++)
                {
                    string h = VietnameseText.Fold(grid[r, c].Text).Trim();
                    if (h == "dat" && met < 0)
                    {
                        met = c;
                    }
                    else if (h == "khong dat" && notMet < 0)
                    {
                        notMet = c;
                    }
                }
                string label = VietnameseText.Normalize(grid[r, 0].Text);
                if (!VietnameseText.Fold(label).StartsWith("khoan", StringComparison.Ordinal))
                {
                    continue;
                }
                bool isMet = met >= 0 && MarkTables.CountMarks(VietnameseText.Fold(grid[r, met].Text)) > 0;
                bool isNotMet = notMet >= 0 && MarkTables.CountMarks(VietnameseText.Fold(grid[r, notMet].Text)) > 0;
                rows.Add(new Level4SummaryRow(label, isMet == isNotMet ? null : isMet));
                if (isMet == isNotMet)
                {
                    notes.Unread("IMP117", table.Table!.Rows[r].Source, "Hàng của bảng Mức 4 không có (hoặc có cả hai) dấu Đạt/Không đạt",
                        "A row of the Mức 4 table has neither (or both) Đạt and Không đạt marked", label);
                }
            }
            return rows;
        }
        foreach (FlowLine line in part)
        {
            if (line.Folded.StartsWith("khoan", StringComparison.Ordinal))
            {
                rows.Add(new Level4SummaryRow(line.Text, null));
            }
        }
        if (rows.Count > 0)
        {
            notes.Unread("IMP118", part[0].Source,
                "Bản xuất văn bản mất các cột Đạt/Không đạt của bảng Mức 4: không biết dấu của mỗi khoản nằm ở cột nào",
                "The text export lost the Đạt/Không đạt columns of the Mức 4 table: which column each item's mark is in cannot be told",
                string.Join(" ", part.Select(l => l.Text)));
        }
        return rows;
    }

    private (string Place, LocalDate? Date) PlaceAndDate(List<FlowLine> conclusion)
    {
        foreach (FlowLine line in conclusion)
        {
            Match m = PlaceDate.Match(line.Folded);
            if (m.Success && DateReading.FindInWords(line.Folded) is { } found)
            {
                return (line.Text.Substring(0, m.Groups["p"].Length).Trim(), found.Date);
            }
        }
        return (string.Empty, null);
    }

    private SelfAssessmentConclusion BuildConclusion(List<FlowLine> conclusion)
    {
        string folded = VietnameseText.Fold(string.Join(" ", conclusion.Select(l => l.Text)));
        Match level = SchoolLevel.Match(folded);
        Match grade = Grade.Match(folded);
        Match degree = Degree.Match(folded);
        var text = conclusion.TakeWhile(l => !PlaceDate.IsMatch(l.Folded)).ToList();
        foreach (FlowLine after in conclusion.SkipWhile(l => !PlaceDate.IsMatch(l.Folded)).Skip(1))
        {
            notes.Read("IMP119", after.Source, "Phần ký tên sau kết luận không thuộc mô hình báo cáo", "The signature after the conclusion is not part of the report model", after.Text);
        }
        SourceLocation Where(Regex pattern) => (conclusion.FirstOrDefault(l => pattern.IsMatch(l.Folded)) ?? conclusion[0]).Source;
        string WhereText(Regex pattern) => (conclusion.FirstOrDefault(l => pattern.IsMatch(l.Folded)) ?? conclusion[0]).Text;
        if (level.Success && level.Groups["w"].Value == "cap do")
        {
            notes.Inferred("IMP121", Where(SchoolLevel), $"Mức đánh giá của trường được ghi là \"Cấp độ {level.Groups["l"].Value}\" (tên của cấp độ kiểm định): đọc là Mức {level.Groups["l"].Value}",
                $"The school's level is written \"Cấp độ {level.Groups["l"].Value}\" (the name of an accreditation grade): read as Mức {level.Groups["l"].Value}");
        }
        if (grade.Success && !grade.Groups["g"].Success)
        {
            notes.Unread("IMP122", Where(Grade), "Cấp độ kiểm định đề nghị bị bỏ trống", "The accreditation grade asked for is left blank", WhereText(Grade));
        }
        if (degree.Success && !degree.Groups["g"].Success)
        {
            notes.Unread("IMP122", Where(Degree), "Mức độ đạt chuẩn quốc gia đề nghị bị bỏ trống", "The national-standard degree asked for is left blank", WhereText(Degree));
        }
        return new SelfAssessmentConclusion
        {
            Tallies = Tallies(text),
            SchoolLevel = level.Success ? new Level(level.Groups["l"].Value[0] - '0') : null,
            AccreditationGrade = grade.Success && grade.Groups["g"].Success ? grade.Groups["g"].Value[0] - '0' : null,
            NationalStandardDegree = degree.Success && degree.Groups["g"].Success ? degree.Groups["g"].Value[0] - '0' : null,
            Text = Join(text),
        };
    }
}
