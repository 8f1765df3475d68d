using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.SelfAssessment;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Rules;

/// <summary>What the self-assessment rules read: the report, its criteria with their paths, and the framework.</summary>
internal sealed class SelfAssessmentCheckContext
{
    internal SelfAssessmentCheckContext(SelfAssessmentReport report, ImprovementPlan? plan = null)
    {
        Report = Preconditions.CheckNotNull(report);
        Plan = plan;
        var criteria = new List<(CriterionSelfAssessment, string, Criterion?)>();
        for (int s = 0; s < report.Standards.Count; s++)
        {
            for (int c = 0; c < report.Standards[s].Criteria.Count; c++)
            {
                CriterionSelfAssessment section = report.Standards[s].Criteria[c];
                criteria.Add((section, $"Standards[{s}].Criteria[{c}]", report.Framework.FindCriterion(section.Criterion)));
            }
        }
        Criteria = criteria;
    }

    internal SelfAssessmentReport Report { get; }

    internal ImprovementPlan? Plan { get; }

    internal IReadOnlyList<(CriterionSelfAssessment Section, string Path, Criterion? Criterion)> Criteria { get; }

    /// <summary>Every evidence citation with the criterion it is cited under and its path, in report order.</summary>
    internal IEnumerable<(EvidenceCitation Citation, CriterionId Under, string Path)> Citations
    {
        get
        {
            foreach ((CriterionSelfAssessment section, string path, _) in Criteria)
            {
                for (int d = 0; d < section.Descriptions.Count; d++)
                {
                    foreach (EvidenceCitation citation in section.Descriptions[d].Evidence)
                    {
                        yield return (citation, section.Criterion, $"{path}.Descriptions[{d}]");
                    }
                }
            }
        }
    }

    /// <summary>The school level the criteria's self-assessed levels and the Mức 4 items give under the framework's rule.</summary>
    internal Level? EvaluatedSchoolLevel()
    {
        AssessmentSheet.Builder sheet = AssessmentSheet.CreateBuilder(Report.Framework);
        foreach ((CriterionSelfAssessment section, _, Criterion? criterion) in Criteria)
        {
            if (criterion is null || section.SelfAssessedLevel is not { } level)
            {
                return null;
            }
            sheet.TrySetCriterionLevel(section.Criterion, Math.Min(level.Value, criterion.HighestLevel.Value));
        }
        foreach (Level4ItemSelfAssessment item in Report.Level4Items)
        {
            if (item.Met is bool met)
            {
                sheet.TrySetAdditional(item.Clause, met ? IndicatorResult.Met : IndicatorResult.NotMet);
            }
        }
        return SchoolLevelEvaluator.Evaluate(sheet.Build()).Achieved ?? Level.NotMet;
    }
}

/// <summary>TD001: a self-assessed level above the criterion's highest level.</summary>
internal sealed class SelfAssessedAboveHighestRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD001", "SelfAssessedAboveHighest", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion} tự đánh giá {level}, nhưng tiêu chí này chỉ có đến {highest}.",
            "Criterion {criterion} is self-assessed at {level}, but it only goes up to {highest}."),
        new BilingualText("Một tiêu chí không thể đạt mức mà bộ tiêu chuẩn không quy định cho nó.", "A criterion cannot reach a level the framework does not define for it."),
        basis: "TT 18/2018, Điều 10–14");

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        foreach ((CriterionSelfAssessment section, string path, Criterion? criterion) in context.Criteria)
        {
            if (criterion is not null && section.SelfAssessedLevel is { IsNotMet: false } level && level > criterion.HighestLevel)
            {
                found.Add(path + ".SelfAssessedLevel", section.Criterion, ("level", level), ("highest", criterion.HighestLevel));
            }
        }
    }
}

/// <summary>TD002: a level up to the self-assessed one that the description does not describe.</summary>
internal sealed class LevelNotDescribedRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD002", "LevelNotDescribed", Severity.Warning,
        new MessageTemplate("Tiêu chí {criterion} tự đánh giá {level} nhưng phần mô tả hiện trạng không có {missing}.",
            "Criterion {criterion} is self-assessed at {level} but its description has no {missing}."),
        new BilingualText("Mức tự đánh giá dựa trên mô tả hiện trạng của từng mức, từ Mức 1 lên.",
            "A self-assessed level rests on the description of each level from Mức 1 up."),
        basis: "Công văn 5932/BGDĐT-QLCL, Phụ lục 5");

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        foreach ((CriterionSelfAssessment section, string path, Criterion? criterion) in context.Criteria)
        {
            if (section.SelfAssessedLevel is not { IsNotMet: false } level || criterion is null)
            {
                continue;
            }
            for (int l = 1; l <= Math.Min(level.Value, criterion.HighestLevel.Value); l++)
            {
                if (section.DescriptionOf(new Level(l)) is null)
                {
                    found.Add(path + ".Descriptions", section.Criterion, ("level", level), ("missing", new Level(l)));
                }
            }
        }
    }
}

/// <summary>TD003: a lettered indicator of a claimed level that the description walks past.</summary>
internal sealed class IndicatorNotDescribedRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD003", "IndicatorNotDescribed", Severity.Warning,
        new MessageTemplate("Phần mô tả {level} của tiêu chí {criterion} đi qua các chỉ báo {described} nhưng không có chỉ báo {missing}).",
            "The description of {level} of criterion {criterion} walks through indicators {described} but not indicator {missing})."),
        new BilingualText("Khi mô tả theo chỉ báo a), b), c), mỗi chỉ báo của mức đã đạt cần được mô tả.",
            "When a description goes indicator by indicator, each indicator of a level claimed needs describing."),
        basis: "Công văn 5932/BGDĐT-QLCL, Phụ lục 5");

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        foreach ((CriterionSelfAssessment section, string path, Criterion? criterion) in context.Criteria)
        {
            if (section.SelfAssessedLevel is not { IsNotMet: false } claimed || criterion is null)
            {
                continue;
            }
            for (int d = 0; d < section.Descriptions.Count; d++)
            {
                LevelDescription description = section.Descriptions[d];
                if (description.Level > claimed || description.DescribedIndicators.Count == 0)
                {
                    continue;
                }
                foreach (Indicator indicator in criterion.IndicatorsAt(description.Level).Where(i => !i.Key.IsUnlettered))
                {
                    if (!description.DescribedIndicators.Contains(indicator.Key))
                    {
                        found.Add($"{path}.Descriptions[{d}]", section.Criterion, ("level", description.Level),
                            ("described", string.Concat(description.DescribedIndicators.Select(k => k.Value + ")"))), ("missing", indicator.Key.Value.ToString()));
                    }
                }
            }
        }
    }
}

/// <summary>TD004: a description of a claimed level that says the level's requirement is not met.</summary>
internal sealed class ShortfallAtClaimedLevelRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD004", "ShortfallAtClaimedLevel", Severity.Warning,
        new MessageTemplate("Tiêu chí {criterion} tự đánh giá {level}, nhưng phần mô tả {described} viết \"{words}\": kiểm tra lại mức đã đạt.",
            "Criterion {criterion} is self-assessed at {level}, but the description of {described} says \"{words}\": check the level claimed."),
        new BilingualText("Một mức chỉ đạt khi mọi chỉ báo của nó đạt; lời văn thừa nhận còn thiếu ở mức đó là dấu hiệu tự đánh giá cao hơn thực tế.",
            "A level is met only when all its indicators are; wording that admits a shortfall at that level suggests the self-assessment is too high."));

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        foreach ((CriterionSelfAssessment section, string path, _) in context.Criteria)
        {
            if (section.SelfAssessedLevel is not { IsNotMet: false } claimed)
            {
                continue;
            }
            for (int d = 0; d < section.Descriptions.Count; d++)
            {
                LevelDescription description = section.Descriptions[d];
                if (description.Level <= claimed && ShortfallWords.Find(description.Text) is { } words)
                {
                    found.Add($"{path}.Descriptions[{d}]", section.Criterion, ("level", claimed), ("described", description.Level), ("words", words));
                }
            }
        }
    }
}

/// <summary>The wording by which a description admits that something is not done: a tested list with near misses.</summary>
internal static class ShortfallWords
{
    // "chưa" followed by a verb of doing or meeting, and "không có"/"không đạt" when they negate the requirement; not
    // "chưa từng xảy ra" (a good thing), not "không có trường hợp vi phạm" (also good), not "không chỉ … mà còn".
    private static readonly Regex Pattern = new(
        @"\b(?:chua (?:co|dat|duoc|thuc hien|xay dung|hoan thanh|dap ung|day du|dong bo|hieu qua|tham khao|phu hop|ban hanh|trien khai|to chuc|ghi nhan)|khong dat|khong dap ung|con han che|con thieu|thieu su)\b",
        RegexOptions.CultureInvariant);

    private static readonly Regex Good = new(@"\b(?:chua (?:co|de) (?:truong hop|hien tuong|vu viec|su co)|chua tung xay ra|chua phat hien)\b", RegexOptions.CultureInvariant);

    internal static string? Find(string text)
    {
        string folded = VietnameseText.Fold(text);
        foreach (Match m in Pattern.Matches(folded))
        {
            if (Good.IsMatch(folded.Substring(m.Index)) && Good.Match(folded.Substring(m.Index)).Index == 0)
            {
                continue;
            }
            // The words and what follows, to the end of the clause (a full stop, a citation, the next indicator "c)").
            int end = Math.Min(text.Length, m.Index + m.Length + 40);
            int stop = text.IndexOfAny(new[] { '.', ';', '[' }, m.Index + m.Length);
            Match next = Regex.Match(text.Substring(m.Index + m.Length), @"\s[a-e]\)\s", RegexOptions.CultureInvariant);
            if (next.Success && (stop < 0 || m.Index + m.Length + next.Index < stop))
            {
                stop = m.Index + m.Length + next.Index;
            }
            return text.Substring(m.Index, (stop > 0 && stop < end ? stop : end) - m.Index).Trim();
        }
        return null;
    }
}

/// <summary>TD005: weaknesses without an improvement plan.</summary>
internal sealed class WeaknessWithoutImprovementRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD005", "WeaknessWithoutImprovement", Severity.Error,
        new MessageTemplate("{item, select, criterion {Tiêu chí {criterion}} other {Tiêu chí Mức 4 số {item}}} nêu điểm yếu nhưng không có kế hoạch cải tiến chất lượng.",
            "{item, select, criterion {Criterion {criterion}} other {Mức 4 item {item}}} states weaknesses but no improvement plan."),
        new BilingualText("Mỗi điểm yếu được khắc phục bằng kế hoạch cải tiến chất lượng của tiêu chí.", "Each weakness is addressed by the criterion's improvement plan."),
        basis: "Công văn 5932/BGDĐT-QLCL, Phụ lục 5");

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        foreach ((CriterionSelfAssessment section, string path, _) in context.Criteria)
        {
            if (!VietnameseText.IsNothing(section.Weaknesses) && VietnameseText.IsNothing(section.Improvement))
            {
                found.Add(path + ".Improvement", section.Criterion, ("item", "criterion"));
            }
        }
        for (int i = 0; i < context.Report.Level4Items.Count; i++)
        {
            Level4ItemSelfAssessment item = context.Report.Level4Items[i];
            if (!VietnameseText.IsNothing(item.Weaknesses) && VietnameseText.IsNothing(item.Improvement))
            {
                found.Add($"Level4Items[{i}].Improvement", null, ("item", item.Clause));
            }
        }
    }
}

/// <summary>TD006: an evidence citation that is not a well-formed code.</summary>
internal sealed class MalformedEvidenceCodeRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD006", "MalformedEvidenceCode", Severity.Error,
        new MessageTemplate("Mã minh chứng \"{code}\" không đúng dạng [Hn-a.b-cc].", "The evidence code \"{code}\" is not of the form [Hn-a.b-cc]."),
        new BilingualText("Mã minh chứng gồm số hộp, tiêu chí và số thứ tự minh chứng.", "An evidence code names the box, the criterion and the item's number."),
        basis: "Công văn 5932/BGDĐT-QLCL, Phụ lục 3");

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        foreach ((EvidenceCitation citation, CriterionId under, string path) in context.Citations)
        {
            if (!citation.IsWellFormed)
            {
                found.Add(path, under, ("code", citation.Text));
            }
        }
    }
}

/// <summary>TD007: a code of another criterion that its own criterion never cites.</summary>
internal sealed class EvidenceUnderOtherCriterionRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD007", "EvidenceUnderOtherCriterion", Severity.Warning,
        new MessageTemplate("Minh chứng {code} mang mã của tiêu chí {owner} nhưng chỉ được dẫn ở tiêu chí {criterion}, không dẫn ở tiêu chí {owner}.",
            "Evidence {code} carries the code of criterion {owner} but is cited only under criterion {criterion}, never under {owner}."),
        new BilingualText("Minh chứng dùng chung giữ mã của tiêu chí đầu tiên dùng nó; một mã mà chính tiêu chí của nó không dẫn là mã đặt sai tiêu chí.",
            "Shared evidence keeps the code of the first criterion that uses it; a code its own criterion never cites was given the wrong criterion."),
        basis: "Công văn 5932/BGDĐT-QLCL, Phụ lục 3");

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        var citations = context.Citations.Where(c => c.Citation.Code is not null).ToList();
        var citedUnderOwn = citations.Where(c => c.Citation.Code!.Value.Criterion == c.Under).Select(c => c.Citation.Code!.Value).ToHashSet();
        var reported = new HashSet<EvidenceCode>();
        foreach ((EvidenceCitation citation, CriterionId under, string path) in citations)
        {
            EvidenceCode code = citation.Code!.Value;
            if (code.Criterion != under && !citedUnderOwn.Contains(code) && reported.Add(code))
            {
                found.Add(path, under, ("code", code.ToString()), ("owner", code.Criterion.ToString()));
            }
        }
    }
}

/// <summary>TD008: a criterion's own evidence numbers with a gap.</summary>
internal sealed class EvidenceNumberGapRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD008", "EvidenceNumberGap", Severity.Warning,
        new MessageTemplate("Minh chứng của tiêu chí {criterion} được dẫn đến số {highest} nhưng thiếu {missing}.",
            "Criterion {criterion}'s evidence is cited up to item {highest} but {missing} are missing."),
        new BilingualText("Minh chứng của một tiêu chí được đánh số liên tục theo thứ tự được dẫn; số bị bỏ qua là minh chứng không được dẫn hoặc đánh số sai.",
            "A criterion's evidence is numbered consecutively as it is cited; a skipped number is evidence never cited, or misnumbered."),
        basis: "Công văn 5932/BGDĐT-QLCL, Phụ lục 3");

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        foreach (var group in context.Citations.Where(c => c.Citation.Code is not null).GroupBy(c => c.Citation.Code!.Value.Criterion))
        {
            var items = group.Select(c => c.Citation.Code!.Value.Item).ToHashSet();
            int highest = items.Max();
            var missing = Enumerable.Range(1, highest).Where(i => !items.Contains(i)).ToList();
            if (missing.Count > 0)
            {
                string path = context.Criteria.FirstOrDefault(c => c.Section.Criterion == group.Key).Path ?? group.First().Path;
                found.Add(path, group.Key, ("highest", highest.ToString("00", CultureInfo.InvariantCulture)),
                    ("missing", string.Join(", ", missing.Select(i => i.ToString("00", CultureInfo.InvariantCulture)))));
            }
        }
    }
}

/// <summary>TD009: a criterion's evidence first cited out of order.</summary>
internal sealed class EvidenceOutOfOrderRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD009", "EvidenceOutOfOrder", Severity.Info,
        new MessageTemplate("Minh chứng {code} được dẫn lần đầu trước {earlier} của cùng tiêu chí {criterion}.",
            "Evidence {code} is first cited before {earlier} of the same criterion {criterion}."),
        new BilingualText("Minh chứng được đánh số theo thứ tự xuất hiện trong báo cáo.", "Evidence is numbered in the order it first appears in the report."),
        basis: "Công văn 5932/BGDĐT-QLCL, Phụ lục 3");

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        var first = new Dictionary<EvidenceCode, string>();
        foreach ((EvidenceCitation citation, CriterionId under, string path) in context.Citations)
        {
            if (citation.Code is { } code && code.Criterion == under && !first.ContainsKey(code))
            {
                first[code] = path;
            }
        }
        foreach (var group in first.GroupBy(p => p.Key.Criterion))
        {
            int highest = 0;
            foreach (var (code, path) in group)
            {
                if (code.Item < highest)
                {
                    found.Add(path, code.Criterion, ("code", code.ToString()), ("earlier", new EvidenceCode(code.Box, code.Criterion, highest).ToString()));
                }
                highest = Math.Max(highest, code.Item);
            }
        }
    }
}

/// <summary>TD010: the summary table shows a criterion at another level than its section.</summary>
internal sealed class SummaryDisagreesRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD010", "SummaryDisagrees", Severity.Error,
        new MessageTemplate("Bảng tổng hợp ghi tiêu chí {criterion} {table}, nhưng mục tự đánh giá của tiêu chí ghi {section}.",
            "The summary table shows criterion {criterion} at {table}, but the criterion's own section says {section}."),
        new BilingualText("Bảng tổng hợp kết quả chép lại mức tự đánh giá của từng tiêu chí.", "The summary table restates each criterion's self-assessed level."));

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        IReadOnlyList<SelfAssessmentRow> rows = context.Report.Summary;
        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r].Criterion is not { } id || context.Report.Find(id) is not { SelfAssessedLevel: { } section })
            {
                continue;
            }
            Level? table = rows[r].MarkedLevel;
            if (table != section)
            {
                found.Add($"Summary[{r}]", id, ("table", table is { } t ? t : (object)"không đánh dấu"), ("section", section));
            }
        }
    }
}

/// <summary>TD011: counts per level that do not add up to the criteria.</summary>
internal sealed class TallyMismatchRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD011", "TallyMismatch", Severity.Error,
        new MessageTemplate("{where, select, conclusion {Kết luận chung} other {Kết luận tiêu chuẩn {where}}} ghi {level} đạt {stated}, nhưng theo các tiêu chí là {counted}.",
            "{where, select, conclusion {The conclusion} other {The conclusion of standard {where}}} states {level} met by {stated}, but the criteria give {counted}."),
        new BilingualText("Số tiêu chí đạt từng mức được đếm từ mức tự đánh giá của các tiêu chí.", "The number of criteria meeting each level is counted from the criteria's self-assessed levels."));

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        for (int s = 0; s < context.Report.Standards.Count; s++)
        {
            StandardSelfAssessment standard = context.Report.Standards[s];
            var criteria = context.Criteria.Where(c => c.Section.Criterion.Standard == standard.Standard).ToList();
            Compare(standard.Tallies, criteria, null, $"Standards[{s}].Tallies", standard.Standard.ToString(), found);
        }
        if (context.Report.Conclusion is { } conclusion)
        {
            Compare(conclusion.Tallies, context.Criteria, context.Report.Level4Items, "Conclusion.Tallies", "conclusion", found);
        }
    }

    private static void Compare(IReadOnlyList<LevelTally> tallies, IReadOnlyList<(CriterionSelfAssessment Section, string Path, Criterion? Criterion)> criteria,
        IReadOnlyList<Level4ItemSelfAssessment>? items, string path, string where, FindingSink found)
    {
        for (int t = 0; t < tallies.Count; t++)
        {
            LevelTally tally = tallies[t];
            int met;
            int total;
            if (tally.Level == Level.Four)
            {
                if (items is null || items.Count == 0)
                {
                    continue;
                }
                met = items.Count(i => i.Met == true);
                total = items.Count;
            }
            else
            {
                var applicable = criteria.Where(c => c.Criterion is not null && c.Criterion.HighestLevel >= tally.Level).ToList();
                met = applicable.Count(c => c.Section.SelfAssessedLevel is { } l && l >= tally.Level);
                total = applicable.Count;
            }
            if (met != tally.Met || total != tally.Total)
            {
                found.Add($"{path}[{t}]", null, ("where", where), ("level", tally.Level),
                    ("stated", $"{tally.Met}/{tally.Total}"), ("counted", $"{met}/{total}"));
            }
        }
    }
}

/// <summary>TD012: a school level stated that the criteria and Mức 4 items do not give.</summary>
internal sealed class SchoolLevelMismatchRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD012", "SchoolLevelMismatch", Severity.Error,
        new MessageTemplate("{where, select, summary {Bảng tổng hợp} other {Kết luận chung}} ghi trường đạt {stated}, nhưng theo mức tự đánh giá của các tiêu chí và tiêu chí Mức 4 thì trường đạt {evaluated}.",
            "The {where, select, summary {summary} other {conclusion}} says the school reaches {stated}, but the criteria's and the Mức 4 items' self-assessed results give {evaluated}."),
        new BilingualText("Mức của trường theo quy tắc của bộ tiêu chuẩn: mọi tiêu chí đạt đến mức đó (Mức 4 thêm các tiêu chí Mức 4).",
            "The school level follows the framework's rule: every criterion up to that level (Mức 4 adds the Mức 4 items)."),
        basis: "TT 18/2018, Điều 6");

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        if (context.EvaluatedSchoolLevel() is not { } evaluated)
        {
            return;
        }
        if (context.Report.SummaryLevel is { } summary && summary != evaluated)
        {
            found.Add("SummaryLevel", null, ("where", "summary"), ("stated", summary), ("evaluated", evaluated));
        }
        if (context.Report.Conclusion?.SchoolLevel is { } concluded && concluded != evaluated)
        {
            found.Add("Conclusion.SchoolLevel", null, ("where", "conclusion"), ("stated", concluded), ("evaluated", evaluated));
        }
    }
}

/// <summary>TD013: an accreditation grade or national-standard degree asked for above what the stated level allows.</summary>
internal sealed class RecognitionAboveLevelRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD013", "RecognitionAboveLevel", Severity.Error,
        new MessageTemplate("Trường tự đánh giá {level} nhưng đề nghị {what, select, grade {kiểm định cấp độ {asked}} other {chuẩn quốc gia mức độ {asked}}}; {level} chỉ cho {what, select, grade {cấp độ {allowed}} other {mức độ {allowed}}}.",
            "The school assesses itself at {level} but asks for {what, select, grade {accreditation grade {asked}} other {national-standard degree {asked}}}; {level} allows {what, select, grade {grade {allowed}} other {degree {allowed}}} at most."),
        new BilingualText("Cấp độ kiểm định và mức độ chuẩn quốc gia theo mức đạt được của trường.", "The accreditation grade and national-standard degree follow the level the school reaches."),
        basis: "TT 18/2018, Điều 6, Điều 33");

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        if (context.Report.Conclusion is not { SchoolLevel: { } level } conclusion)
        {
            return;
        }
        RecognitionResult allowed = RecognitionEvaluator.Evaluate(level.IsNotMet ? null : level, cohortCompleted: true);
        if (conclusion.AccreditationGrade is int grade && grade > (int)allowed.Grade)
        {
            found.Add("Conclusion.AccreditationGrade", null, ("level", level), ("what", "grade"), ("asked", grade), ("allowed", (int)allowed.Grade));
        }
        if (conclusion.NationalStandardDegree is int degree && degree > (int)allowed.Degree)
        {
            found.Add("Conclusion.NationalStandardDegree", null, ("level", level), ("what", "degree"), ("asked", degree), ("allowed", (int)allowed.Degree));
        }
    }
}

/// <summary>TD014: the Mức 4 summary table or conclusion disagreeing with the items' own results.</summary>
internal sealed class Level4SummaryDisagreesRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD014", "Level4SummaryDisagrees", Severity.Error,
        new MessageTemplate("{where, select, row {Bảng tổng hợp ghi khoản {item}} other {Kết luận Mức 4 ghi}} {stated}, nhưng {where, select, row {mục tự đánh giá của khoản này ghi} other {theo các tiêu chí Mức 4 là}} {section}.",
            "{where, select, row {The summary table shows item {item}} other {The Mức 4 conclusion says}} {stated}, but {where, select, row {the item's own section says} other {the Mức 4 items give}} {section}."),
        new BilingualText("Bảng và kết luận Mức 4 chép lại kết quả của từng tiêu chí Mức 4; Mức 4 đạt khi mọi tiêu chí Mức 4 đạt.",
            "The Mức 4 table and conclusion restate each item's result; Mức 4 is met when every item is."));

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        SelfAssessmentReport report = context.Report;
        for (int r = 0; r < report.Level4Summary.Count; r++)
        {
            Level4SummaryRow row = report.Level4Summary[r];
            if (row.Met is bool table && row.Clause is int clause && report.Level4Items.FirstOrDefault(i => i.Clause == clause) is { Met: bool section } && table != section)
            {
                found.Add($"Level4Summary[{r}]", null, ("where", "row"), ("item", clause), ("stated", Word(table)), ("section", Word(section)));
            }
        }
        if (report.Level4Items.Count > 0 && report.Level4Items.All(i => i.Met is not null))
        {
            bool all = report.Level4Items.All(i => i.Met == true);
            foreach ((bool? stated, string path) in new[] { (report.Level4SummaryMet, "Level4SummaryMet"), (report.Level4ConclusionMet, "Level4ConclusionMet") })
            {
                if (stated is bool s && s != all)
                {
                    found.Add(path, null, ("where", "conclusion"), ("item", string.Empty), ("stated", Word(s)), ("section", Word(all)));
                }
            }
        }
    }

    private static string Word(bool met) => met ? "Đạt" : "Không đạt";
}

/// <summary>TD015: a plan's self-assessment table that disagrees with the self-assessment report it rests on.</summary>
internal sealed class PlanBasisDisagreesRule : IRule<SelfAssessmentCheckContext>
{
    public RuleInfo Info { get; } = new("TD015", "PlanBasisDisagrees", Severity.Warning,
        new MessageTemplate("Bảng tự đánh giá trong kế hoạch ghi tiêu chí {criterion} {plan}, nhưng báo cáo tự đánh giá ghi {report}.",
            "The plan's self-assessment table shows criterion {criterion} at {plan}, but the self-assessment report says {report}."),
        new BilingualText("Kế hoạch cải tiến dựa trên báo cáo tự đánh giá và chép lại kết quả của nó.", "The improvement plan rests on the self-assessment report and restates its results."),
        basis: "TT 18/2018, Điều 23; Công văn 5932/BGDĐT-QLCL");

    public void Check(SelfAssessmentCheckContext context, FindingSink found)
    {
        if (context.Plan is null)
        {
            return;
        }
        IReadOnlyList<SelfAssessmentRow> rows = context.Plan.Basis.SelfAssessment;
        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r].Criterion is { } id && context.Report.Find(id) is { SelfAssessedLevel: { } reported } && rows[r].MarkedLevel is { } planned && planned != reported)
            {
                found.Add($"Basis.SelfAssessment[{r}]", id, ("plan", planned), ("report", reported));
            }
        }
    }
}
