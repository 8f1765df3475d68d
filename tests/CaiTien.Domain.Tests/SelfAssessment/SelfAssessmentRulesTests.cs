using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Rules;
using CaiTien.Domain.SelfAssessment;

namespace CaiTien.Domain.Tests.SelfAssessment;

/// <summary>
/// The self-assessment rules (TD…): a consistent report has no finding but the informative ones; each single defect gives
/// its finding, and only that one.
/// </summary>
public sealed class SelfAssessmentRulesTests
{
    private static readonly FrameworkVersion Tt18 = KnownFrameworks.Tt18;

    /// <summary>A consistent report: every criterion at Mức 2 (Mức 1 where it has no Mức 2), described indicator by
    /// indicator with consecutively numbered evidence, the tables and counts restating the criteria.</summary>
    internal static SelfAssessmentReport Consistent(Func<CriterionId, CriterionSelfAssessment?>? replace = null, Func<SelfAssessmentReport, SelfAssessmentReport>? edit = null)
    {
        var standards = new List<StandardSelfAssessment>();
        foreach (Standard standard in Tt18.Standards)
        {
            var criteria = new List<CriterionSelfAssessment>();
            foreach (Criterion criterion in standard.Criteria)
            {
                criteria.Add(replace?.Invoke(criterion.Id) ?? Section(criterion, Level.Two));
            }
            int withThree = standard.Criteria.Count(c => c.HighestLevel >= Level.Three);
            standards.Add(new StandardSelfAssessment(standard.Number)
            {
                Heading = standard.ToString(),
                Criteria = criteria,
                Tallies = [new LevelTally(Level.One, standard.Criteria.Count, standard.Criteria.Count), new LevelTally(Level.Two, standard.Criteria.Count, standard.Criteria.Count), new LevelTally(Level.Three, 0, withThree)],
            });
        }
        var report = new SelfAssessmentReport(Tt18)
        {
            SchoolName = "THPT Thử Nghiệm",
            Standards = standards,
            Level4Items = Tt18.AdditionalRequirements.Select(r => new Level4ItemSelfAssessment(r.Clause)
            {
                Title = r.Text, Description = new LevelDescription(Level.Four, "Chưa thực hiện."), Weaknesses = "Chưa đạt.", Improvement = "Nhà trường tiếp tục cố gắng.", Met = false,
            }).ToList(),
            Summary = Tt18.Criteria.Select(c => new SelfAssessmentRow(c.Id, Level.Two)).ToList(),
            SummaryLevel = Level.Two,
            Level4Summary = Tt18.AdditionalRequirements.Select(r => new Level4SummaryRow($"Khoản {r.Clause:00}", false)).ToList(),
            Level4SummaryMet = false,
            Level4ConclusionMet = false,
            Conclusion = new SelfAssessmentConclusion
            {
                Tallies = [new LevelTally(Level.One, 28, 28), new LevelTally(Level.Two, 28, 28), new LevelTally(Level.Three, 0, 20), new LevelTally(Level.Four, 0, 6)],
                SchoolLevel = Level.Two, AccreditationGrade = 2, NationalStandardDegree = 1,
            },
        };
        return edit is null ? report : edit(report);
    }

    internal static CriterionSelfAssessment Section(Criterion criterion, Level level, string? weaknesses = null, string? improvement = null,
        Func<Level, string>? describe = null)
    {
        int item = 1;
        string Evidence(CriterionId id) => $"[H{id.Standard}-{id}-{item++:00}]";
        var descriptions = new List<LevelDescription>();
        for (int l = 1; l <= Math.Min(level.Value, criterion.HighestLevel.Value); l++)
        {
            var at = new Level(l);
            string text = describe?.Invoke(at) ?? string.Join(" ", criterion.IndicatorsAt(at).Select(i =>
                (i.Key.IsUnlettered ? string.Empty : i.Key.Value + ") ") + "Nhà trường thực hiện đầy đủ. " + Evidence(criterion.Id) + ";"));
            descriptions.Add(new LevelDescription(at, text));
        }
        return new CriterionSelfAssessment(criterion.Id)
        {
            Title = criterion.Name, Descriptions = descriptions, Strengths = "Thực hiện tốt.", Weaknesses = weaknesses ?? "Còn một số hạn chế nhỏ.",
            Improvement = improvement ?? "Hiệu trưởng tiếp tục chỉ đạo từ năm học 2021-2022.", SelfAssessedLevel = level,
        };
    }

    private static List<string> Codes(SelfAssessmentReport report, ImprovementPlan? plan = null)
        => new ConsistencyChecker().CheckSelfAssessment(report, plan).Findings.Where(f => f.Severity != Severity.Info).Select(f => f.Code).ToList();

    private static CriterionSelfAssessment? At(CriterionId id, int s, int c, Func<Criterion, CriterionSelfAssessment> make)
        => id == new CriterionId(s, c) ? make(Tt18.FindCriterion(id)!) : null;

    [Fact]
    public void ConsistentReport_HasNoFinding() => Assert.Empty(new ConsistencyChecker().CheckSelfAssessment(Consistent()).Findings);

    [Fact]
    public void LevelAboveTheCriterionsHighest_TD001() // 1.2 goes up to Mức 2 only
        => Assert.Contains("TD001", Codes(Consistent(id => At(id, 1, 2, c => Section(c, Level.Two) is var s ? new CriterionSelfAssessment(c.Id)
        {
            Title = s.Title, Descriptions = s.Descriptions, Strengths = s.Strengths, Weaknesses = s.Weaknesses, Improvement = s.Improvement, SelfAssessedLevel = Level.Three,
        } : null!))));

    [Fact]
    public void ClaimedLevelWithoutItsDescription_TD002()
        => Assert.Equal(new[] { "TD002" }, Codes(Consistent(id => At(id, 1, 1, c => Section(c, Level.Two) is var s ? new CriterionSelfAssessment(c.Id)
        {
            Title = s.Title, Descriptions = s.Descriptions.Take(1).ToList(), Strengths = s.Strengths, Weaknesses = s.Weaknesses, Improvement = s.Improvement, SelfAssessedLevel = Level.Two,
        } : null!))));

    [Fact]
    public void AnIndicatorSkipped_TD003()
        => Assert.Equal(new[] { "TD003" }, Codes(Consistent(id => At(id, 1, 1, c => Section(c, Level.Two,
            describe: l => l == Level.One ? "a) Có kế hoạch. [H1-1.1-01]; b) Được phê duyệt. [H1-1.1-02];" : "Có giải pháp giám sát. [H1-1.1-03]")))));

    [Theory]
    [InlineData("Tuy nhiên, nhà trường chưa có văn bản phê duyệt.", true)]
    [InlineData("Số phòng học bộ môn vẫn còn thiếu so với quy định.", true)]
    [InlineData("Hoạt động của tổ còn hạn chế về thành tích.", true)]
    [InlineData("Kết quả không đạt yêu cầu đề ra.", true)]
    [InlineData("Trong 5 năm, nhà trường chưa có trường hợp vi phạm pháp luật.", false)]
    [InlineData("Chưa từng xảy ra mất an toàn.", false)]
    [InlineData("Nhà trường có đủ phòng học, không chỉ đáp ứng mà còn vượt chuẩn.", false)]
    [InlineData("Chưa phát hiện sai phạm trong thu chi.", false)]
    public void ShortfallWording_AtAClaimedLevel_TD004(string sentence, bool found)
    {
        List<string> codes = Codes(Consistent(id => At(id, 1, 5, c => Section(c, Level.Two,
            describe: l => l == Level.One ? "a) Đủ lớp. [H1-1.5-01]; b) Có lớp trưởng. [H1-1.5-02]; c) Có sĩ số phù hợp. " + sentence + " [H1-1.5-03]" : "Thực hiện. [H1-1.5-04]"))));
        Assert.Equal(found ? new[] { "TD004" } : Array.Empty<string>(), codes);
    }

    [Fact]
    public void WeaknessesWithoutImprovement_TD005()
        => Assert.Equal(new[] { "TD005" }, Codes(Consistent(id => At(id, 2, 2, c => Section(c, Level.Two, weaknesses: "Một số GV chậm đổi mới.", improvement: "")))));

    [Fact]
    public void NoWeaknessNoImprovement_IsFine()
        => Assert.Empty(Codes(Consistent(id => At(id, 2, 2, c => Section(c, Level.Two, weaknesses: "Không", improvement: "")))));

    [Fact]
    public void MalformedCode_TD006_AndTheGapItLeaves_TD008()
        => Assert.Equal(new[] { "TD006", "TD008" }, Codes(Consistent(id => At(id, 3, 1, c => Section(c, Level.Two,
            describe: l => l == Level.One ? "a) Đủ. [H3-3.1-01]; b) Đủ. [H3-3.102]; c) Đủ. [H3-3.1-03]" : "Đạt. [H3-3.1-04]")))).OrderBy(c => c));

    [Fact]
    public void CodeOfACriterionThatNeverCitesIt_TD007_ButSharedEvidenceIsFine()
    {
        // 1.2 cites its own [H1-1.2-01] … ; 1.3 citing [H1-1.2-01] too is shared evidence: no finding.
        Assert.Empty(Codes(Consistent(id => At(id, 1, 3, c => Section(c, Level.Two,
            describe: l => l == Level.One ? "a) Có. [H1-1.3-01]; [H1-1.2-01]; b) Có. [H1-1.3-02]; c) Có. [H1-1.3-03]" : "a) Có. [H1-1.3-04]; b) Có. [H1-1.3-05]")))));
        // [H1-1.2-09] is cited only under 1.3: its own criterion never cites it.
        List<string> codes = Codes(Consistent(id => At(id, 1, 3, c => Section(c, Level.Two,
            describe: l => l == Level.One ? "a) Có. [H1-1.3-01]; [H1-1.2-09]; b) Có. [H1-1.3-02]; c) Có. [H1-1.3-03]" : "a) Có. [H1-1.3-04]; b) Có. [H1-1.3-05]"))));
        Assert.Contains("TD007", codes);
    }

    [Fact]
    public void EvidenceFirstCitedOutOfOrder_TD009_IsInformation()
    {
        CheckResult result = new ConsistencyChecker().CheckSelfAssessment(Consistent(id => At(id, 1, 1, c => Section(c, Level.Two,
            describe: l => l == Level.One ? "a) Có. [H1-1.1-02]; b) Có. [H1-1.1-01]; c) Có. [H1-1.1-03]" : "Có. [H1-1.1-04]"))));
        Finding finding = Assert.Single(result.Findings);
        Assert.Equal(("TD009", Severity.Info), (finding.Code, finding.Severity));
    }

    [Fact]
    public void SummaryRowAtAnotherLevel_TD010()
        => Assert.Equal(new[] { "TD010" }, Codes(Consistent(edit: r => With(r, summary: r.Summary.Select(s => s.Criterion == new CriterionId(4, 1) ? new SelfAssessmentRow(s.Criterion!.Value, Level.Three) : s).ToList()))));

    [Fact]
    public void CountsThatDoNotAddUp_TD011()
        => Assert.Equal(new[] { "TD011" }, Codes(Consistent(edit: r => With(r, conclusion: new SelfAssessmentConclusion
        {
            Tallies = [new LevelTally(Level.One, 28, 28), new LevelTally(Level.Two, 28, 28), new LevelTally(Level.Three, 12, 20), new LevelTally(Level.Four, 0, 6)],
            SchoolLevel = Level.Two, AccreditationGrade = 2, NationalStandardDegree = 1,
        }))));

    [Fact]
    public void SchoolLevelTheCriteriaDoNotGive_TD012()
        => Assert.Equal(new[] { "TD012" }, Codes(Consistent(edit: r => With(r, summaryLevel: Level.Three))));

    [Fact]
    public void GradeAboveTheLevel_TD013()
        => Assert.Equal(new[] { "TD013" }, Codes(Consistent(edit: r => With(r, conclusion: new SelfAssessmentConclusion
        {
            Tallies = r.Conclusion!.Tallies, SchoolLevel = Level.Two, AccreditationGrade = 4, NationalStandardDegree = 1,
        }))));

    [Fact]
    public void Level4TableDisagreeingWithItsItem_TD014()
        => Assert.Equal(new[] { "TD014" }, Codes(Consistent(edit: r => With(r, level4Summary: r.Level4Summary.Select((row, i) => i == 2 ? new Level4SummaryRow(row.Label, true) : row).ToList()))));

    [Fact]
    public void PlanBasisTableDisagreeing_TD015_OnlyWithAPlan()
    {
        SelfAssessmentReport report = Consistent();
        var plan = new ImprovementPlan(Tt18, new CaiTien.Domain.Calendar.SchoolYear(2021))
        {
            Basis = new PlanBasis { SelfAssessment = Tt18.Criteria.Select(c => new SelfAssessmentRow(c.Id, c.Id == new CriterionId(5, 2) ? Level.Three : Level.Two)).ToList() },
        };
        Assert.Equal(new[] { "TD015" }, Codes(report, plan));
        Assert.Empty(Codes(report));
    }

    private static SelfAssessmentReport With(SelfAssessmentReport r, IReadOnlyList<SelfAssessmentRow>? summary = null, Level? summaryLevel = null,
        SelfAssessmentConclusion? conclusion = null, IReadOnlyList<Level4SummaryRow>? level4Summary = null) => new(r.Framework)
    {
        SchoolName = r.SchoolName, Standards = r.Standards, Level4Items = r.Level4Items, Summary = summary ?? r.Summary, SummaryLevel = summaryLevel ?? r.SummaryLevel,
        Level4Summary = level4Summary ?? r.Level4Summary, Level4SummaryMet = r.Level4SummaryMet, Level4ConclusionMet = r.Level4ConclusionMet, Conclusion = conclusion ?? r.Conclusion,
    };
}
