using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.SelfAssessment;

namespace CaiTien.Domain.Tests.SelfAssessment;

public sealed class PlanDraftTests
{
    [Theory]
    [InlineData("Đầu mỗi năm học, Hội đồng trường tổ chức việc rà soát", "Hội đồng trường", "Đầu mỗi năm học")]
    [InlineData("Bắt đầu từ năm học 2021-2022, Hiệu trưởng nhà trường mời đầy đủ các thành viên", "Hiệu trưởng", "Bắt đầu từ năm học 2021-2022")]
    [InlineData("Năm học 2020 – 2021 và những năm tiếp theo, Đảng uỷ cùng Ban lãnh đạo tiếp tục", "Đảng uỷ", "Năm học 2020 – 2021 và những năm tiếp theo")]
    [InlineData("Các Phó hiệu trưởng tăng cường kiểm tra trong học kỳ II", "Phó hiệu trưởng", "học kỳ II")]
    [InlineData("Tham mưu với Sở xây bổ sung nhà xe", "", "")]
    [InlineData("Giáo viên tích cực tự học", "", "")]
    [InlineData("Em Lê Văn Hiếu trường THPT đạt giải", "", "")]
    [InlineData("Nhà trường phối hợp với BGH và GVCN", "Nhà trường", "")]
    public void LeadAndTimeframe_AreReadWhereTheSentenceWritesThem(string sentence, string lead, string timeframe)
    {
        Assert.Equal(lead, PlanDraft.Lead(sentence));
        Assert.Equal(timeframe, PlanDraft.Timeframe(sentence));
    }

    [Fact]
    public void Draft_HasOneItemPerImprovementParagraph_EachSentenceATask()
    {
        SelfAssessmentReport report = SelfAssessmentRulesTests.Consistent(id => id == new CriterionId(1, 1)
            ? SelfAssessmentRulesTests.Section(KnownFrameworks.Tt18.FindCriterion(id)!, Level.Two, "Thiếu văn bản phê duyệt.",
                "Đầu mỗi năm học, Hội đồng trường rà soát kế hoạch. Bắt đầu từ năm học 2021-2022, Hiệu trưởng mời đủ thành viên.")
            : id == new CriterionId(1, 2) ? SelfAssessmentRulesTests.Section(KnownFrameworks.Tt18.FindCriterion(id)!, Level.Two, "Không", "") : null);
        ImprovementPlan plan = report.DraftPlan(new SchoolYear(2021));
        Assert.Equal(27, plan.Items.Count());
        PlanItem item = plan.Items.First();
        Assert.Equal((new CriterionId(1, 1), Level.Two, "Khắc phục: Thiếu văn bản phê duyệt."), (item.Criterion!.Value, item.CurrentLevel!.Value, item.TargetResult));
        Assert.Equal(new[] { ("Hội đồng trường", "Đầu mỗi năm học"), ("Hiệu trưởng", "Bắt đầu từ năm học 2021-2022") }, item.Tasks.Select(t => (t.Lead, t.Timeframe)));
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, plan.Groups.Select(g => g.Heading.Number!.Value.Value));
        Assert.Equal(28, plan.Basis.SelfAssessment.Count);
        Assert.Equal(report.SchoolName, plan.SchoolName);
    }
}
