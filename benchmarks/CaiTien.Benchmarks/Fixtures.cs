using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using NodaTime;

namespace CaiTien.Benchmarks;

/// <summary>Static fixtures shaped like the corpus: every criterion, about 100 tasks, texts of corpus length.</summary>
public static class Fixtures
{
    public static readonly FrameworkVersion Tt18 = KnownFrameworks.Tt18;

    /// <summary>Every phrase of reference/school-year-calendar.md's list, with the corpus phrases.</summary>
    public static readonly string[] Phrases =
    {
        "Năm học 2023-2024", "năm học 2020 - 2021", "Năm học: 2024 – 2025", "NĂM HỌC 23-24", "NH 21-22", "niên khóa 2023-2024", "năm học 23-24",
        "Học kỳ I", "học kỳ 1", "HKI", "HK I", "HK1", "học kì II", "Giữa học kì I", "Cuối học kì II", "HKI, năm học 23-24", "HKI năm học 2023 - 2024",
        "Suốt năm học", "xuyên suốt năm học", "trong suốt năm học", "thường xuyên", "Từ tháng 9/2026 và thường xuyên",
        "Hàng năm", "Hằng năm", "như hằng năm", "đầu năm học", "cuối năm học", "trong hè", "trong dịp hè", "nghỉ hè", "trước khai giảng",
        "9/2023", "tháng 9/2023", "Tháng 07/2026", "trong tháng 10/2018", "đầu tháng 6/2023", "Thời gian hoàn thành: tháng 4 năm 2022",
        "Thời gian thực hiện: từ tháng 8 năm 2021 Thời gian hoàn thành: tháng 4 năm 2022",
        "Quý I", "Quý I năm 2018", "quý IV và năm 2025", "sáu tháng đầu năm 2026", "06 tháng đầu năm",
        "2021-2025", "giai đoạn 2024-2025", "giai đoạn 2022 – 2025", "nhiệm kỳ 2016 - 2021",
        "05/9/2022", "5/9/2025", "5.9.2018", "5-9-2025", "ngày 05 tháng 9 năm 2021", "ngày 15 tháng 5 năm 2023", "trước ngày 31/5", "Thứ 3, 25/02/2020",
        "25/01/2025 - 02/02/2025", "từ ngày 25/1/2025 đến hết ngày 2/2/2025", "từ 24/06 đến 27/06", "ngày 7-8/7", "ngày 11 và 12/6/2026",
        "Tuần 1-18", "Tuần 19", "Tuần 9 / Tuần 27", "mùng 5 Tết", "26 tháng Chạp", "chậm nhất ngày 15/5/2024",
    };

    private const string TargetText = "Thực hiện phổ biến chiến lược phát triển của nhà trường đến cha mẹ học sinh trong các phiên họp định kỳ hằng năm và trong buổi họp giao ban tại Đảng ủy phường. Tiếp tục đăng tải nội dung phương hướng chiến lược lên Website của trường để thông tin rộng rãi đến cha mẹ của học sinh, cộng đồng địa phương";
    private const string TaskText = "Xây dựng kế hoạch chiến lược phát triển từ đầu năm học và triển khai đến PHHS trong buổi họp đầu năm, từ đó nhận được đa số ý kiến đồng thuận từ PHHS; kiểm tra định kỳ, rút kinh nghiệm các trường hợp còn thiếu sót";
    private const string DoneText = "Đã xây dựng kế hoạch thời gian năm học, kế hoạch nhập điểm. Thường xuyên nhắc nhở giáo viên về thời hạn nộp báo cáo thống kê qua bảng thông tin, nhóm trao đổi. Tình trạng chậm trễ trong báo cáo đã không còn, chất lượng đạt yêu cầu";

    private static readonly string[] TaskTimeframes =
    {
        "HKI, năm học 23-24", "Năm học 2023-2024", "9/2023", "Suốt năm học", "Học kỳ II", "từ tháng 9/2023 đến tháng 4/2024", "Quý I", "cuối năm học",
    };

    public static ImprovementPlan Plan { get; } = BuildPlan();

    public static ImplementationReport Report { get; } = BuildReport(Plan);

    public static AssessmentSheet Sheet { get; } = BuildSheet();

    public static int TaskCount => Plan.Items.Sum(i => i.Tasks.Count);

    private static ImprovementPlan BuildPlan()
    {
        var year = new SchoolYear(2023);
        int t = 0;
        var groups = Tt18.Standards.Select(s => TableGroup.For(s, s.Criteria.Select(c =>
        {
            int taskCount = 3 + (c.Id.Number % 2 == 0 ? 1 : 0) + (c.Id.Number == 1 ? 1 : 0);
            var tasks = Enumerable.Range(0, taskCount).Select(_ => new PlanTask
            {
                Description = $"{TaskText} ({++t})", Lead = "Hiệu trưởng", Timeframe = TaskTimeframes[t % TaskTimeframes.Length],
                Collaborators = ["Phó hiệu trưởng", "Tổ trưởng chuyên môn", "Giáo viên chủ nhiệm"],
            }).ToList();
            int highest = c.HighestLevel.Value;
            return new PlanItem(c.Id)
            {
                TargetResult = TargetText, Tasks = tasks, CurrentLevel = new Level(highest - 1), TargetLevel = c.HighestLevel,
                Budget = "5.000.000 đồng", OtherSupport = "Không", Notes = "Nâng mức",
            };
        }).ToList())).ToList();
        var table = Tt18.Criteria.Select(c => new SelfAssessmentRow(c.Id, new Level(c.HighestLevel.Value - 1))).ToList();
        return new ImprovementPlan(Tt18, year)
        {
            Id = new PlanId("kh-bench"), School = new SchoolId("thcs-bench"), SchoolName = "Trường THCS Thử Nghiệm",
            Reference = new DocumentReference("100/KH-TN", new LocalDate(2023, 5, 15)),
            Basis = new PlanBasis { SelfAssessmentPeriod = "giai đoạn 2017-2022", PreviousResults = "Kết quả đạt được trong năm học 2022 – 2023", SelfAssessment = table },
            Groups = groups, TargetSchoolLevel = Level.Three,
        };
    }

    private static ImplementationReport BuildReport(ImprovementPlan plan)
    {
        var reference = new DocumentReference("106/BC-TN", new LocalDate(2024, 5, 30));
        var groups = plan.Groups.Select(g => new TableGroup<ReportRow>(g.RowNumber, g.Heading.Text, g.Rows.Select(i => new ReportRow(i.CriterionText)
        {
            PlanAsWritten = i.TargetResult, PlanAsAdjusted = "Điều chỉnh thời gian hoàn thành sang học kỳ II", Completed = DoneText,
            InProgress = "Tiếp tục theo dõi, đánh giá hiệu quả; dự kiến hoàn thành tháng 7/2024", NotStarted = "Không",
        }).ToList())).ToList();
        return new ImplementationReport
        {
            Id = new ReportId("bc-bench"), Reference = reference, StatedSchoolYear = new SchoolYear(2023), PlanCited = plan.Reference, Groups = groups,
            Attachments = [new ReportAttachment("Kết quả", reference)],
        };
    }

    private static AssessmentSheet BuildSheet()
    {
        var builder = AssessmentSheet.CreateBuilder(Tt18);
        foreach (var c in Tt18.Criteria)
        {
            builder.TrySetCriterionLevel(c.Id, c.Id == new CriterionId(3, 2) ? 1 : c.HighestLevel.Value);
        }
        return builder.Build();
    }

    /// <summary>10,000 plan/report pairs: the realistic pair with its school and numbers varied.</summary>
    public static (ImprovementPlan Plan, ImplementationReport Report)[] Pairs(int count)
        => Enumerable.Range(0, count).Select(i => (Plan.WithId(new PlanId($"kh-{i}")), Report)).ToArray();
}
