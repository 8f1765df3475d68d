using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.SelfAssessment;

/// <summary>
/// Drafts an improvement plan from a self-assessment report: one item per improvement paragraph, each sentence of the
/// paragraph a task, with the person in charge and the timeframe read from the sentence where it names them.
/// </summary>
internal static class PlanDraft
{
    // Who leads, as improvement paragraphs name them: a tested list, longest first, with the near misses in the tests.
    private static readonly string[] Actors =
    {
        "Phó hiệu trưởng", "Hiệu trưởng", "Ban giám hiệu", "Ban lãnh đạo nhà trường", "Ban lãnh đạo", "Lãnh đạo nhà trường", "Hội đồng trường",
        "Hội đồng tự đánh giá", "Hội đồng thi đua", "Chi bộ", "Đảng uỷ", "Đảng ủy", "Ban Giám hiệu", "Công đoàn", "Đoàn thanh niên", "Chi đoàn", "Tổng phụ trách Đội",
        "Tổ trưởng chuyên môn", "Tổ chuyên môn", "Tổ văn phòng", "Tổ tư vấn học đường", "Giáo viên chủ nhiệm", "Giáo viên bộ môn",
        "Nhân viên thư viện", "Nhân viên thiết bị", "Kế toán", "Ban đại diện cha mẹ học sinh", "Chi hội Khuyến học", "Nhà trường",
        "BGH", "TTCM", "GVCN",
    };

    // When, as they write it; each is read by the timeframe parser when it can be.
    private static readonly Regex When = new(
        @"(?<t>(?:bắt đầu |ngay |kể )?từ (?:đầu |cuối )?(?:năm học|học kỳ|học kì|tháng|năm)\s*[0-9IVX][0-9/\-–\s]*(?:[0-9]{2,4})?|"
        + @"(?:trong )?năm học\s*[0-9]{4}\s*[-–]\s*[0-9]{2,4}(?: và (?:những|các) năm (?:học )?tiếp theo)?|"
        + @"(?:đầu|cuối|giữa) (?:mỗi |các )?(?:năm học|học kỳ|học kì)(?:\s*[IVX12]+)?|(?:hằng|hàng) (?:năm|tháng|quý|học kỳ)|"
        + @"(?:trong )?(?:những|các) năm (?:học )?tiếp theo|(?:học kỳ|học kì) [IVX12]+|tháng\s*[0-9]{1,2}\s*/\s*[0-9]{4})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Sentence = new(@"(?<=[.;])\s+(?=\p{Lu})", RegexOptions.CultureInvariant);

    internal static ImprovementPlan Draft(SelfAssessmentReport report, SchoolYear year)
    {
        SchoolYear.CheckArgument(year, nameof(year));
        var groups = new List<TableGroup<PlanItem>>();
        foreach (StandardSelfAssessment standard in report.Standards)
        {
            var items = standard.Criteria.Where(c => !VietnameseText.IsNothing(c.Improvement))
                .Select(c => Item("Tiêu chí " + c.Criterion, c.Weaknesses, c.Improvement, c.SelfAssessedLevel))
                .ToList();
            if (items.Count == 0)
            {
                continue;
            }
            Standard? official = report.Framework.FindStandard(standard.Standard);
            groups.Add(official is not null ? TableGroup.For(official, items) : new TableGroup<PlanItem>(standard.Standard.ToString(), standard.Heading, items));
        }
        // The Mức 4 items' paragraphs stay out: the plan's table holds criteria, and Mức 4 counts only once every criterion
        // is at Mức 3, which the plan's items are for.
        return new ImprovementPlan(report.Framework, year)
        {
            SchoolName = report.SchoolName,
            Basis = new PlanBasis
            {
                SelfAssessment = report.Criteria.Where(c => c.SelfAssessedLevel is not null)
                    .Select(c => new SelfAssessmentRow(c.Criterion, c.SelfAssessedLevel!.Value)).ToList(),
            },
            Groups = groups,
        };
    }

    private static PlanItem Item(string criterion, string weaknesses, string improvement, Level? current)
    {
        var tasks = new List<PlanTask>();
        string itemLead = Lead(improvement);
        string itemWhen = Timeframe(improvement);
        foreach (string sentence in Sentence.Split(improvement).Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            string lead = Lead(sentence);
            string when = Timeframe(sentence);
            tasks.Add(new PlanTask
            {
                Description = sentence,
                Lead = lead.Length > 0 ? lead : itemLead,
                Timeframe = when.Length > 0 ? when : itemWhen,
            });
        }
        return new PlanItem(criterion)
        {
            TargetResult = VietnameseText.IsNothing(weaknesses) ? string.Empty : "Khắc phục: " + weaknesses,
            Tasks = tasks,
            CurrentLevel = current,
        };
    }

    /// <summary>The first actor the text names ("Hiệu trưởng", "Tổ chuyên môn" …), as written, or empty.</summary>
    internal static string Lead(string text)
    {
        // Case-insensitive but not diacritic-insensitive: "Hiếu trường" (a name) is not "Hiệu trưởng".
        string folded = text.ToLowerInvariant();
        int best = int.MaxValue;
        string found = string.Empty;
        foreach (string actor in Actors)
        {
            string f = actor.ToLowerInvariant();
            for (int at = folded.IndexOf(f, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(f, at + 1, StringComparison.Ordinal))
            {
                bool start = at == 0 || !char.IsLetter(folded[at - 1]);
                bool end = at + f.Length == folded.Length || !char.IsLetter(folded[at + f.Length]);
                if (start && end && (at < best || (at == best && f.Length > found.Length)))
                {
                    best = at;
                    found = text.Substring(at, f.Length);
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>The first time phrase the text writes ("Đầu mỗi năm học", "Bắt đầu từ năm học 2021-2022"), as written, or empty.</summary>
    internal static string Timeframe(string text)
    {
        Match m = When.Match(text);
        return m.Success ? m.Groups["t"].Value.Trim().TrimEnd(',', '.', ';') : string.Empty;
    }
}
