using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Rules;
using CaiTien.Domain.Tests.Rules;
using NodaTime;

namespace CaiTien.Domain.Tests.Plans;

/// <summary>
/// Building a plan in code reads like the plan on paper: typed values (criterion ids, levels, the school year, dates)
/// and the catalog's standards, with named fields instead of positional arguments.
/// </summary>
public sealed class PlanBuildingTests
{
    private static readonly FrameworkVersion Tt18 = KnownFrameworks.Tt18;

    /// <summary>plan-supervision-report-2023-2024-thcs.txt, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC Năm học 2023 – 2024", as a school would enter it.</summary>
    private static ImprovementPlan Plan100KhTtt() => new(Tt18, new SchoolYear(2023))
    {
        SchoolName = "Trường THCS Tôn Thất Tùng",
        Reference = new DocumentReference("100/KH-TTT", new LocalDate(2023, 5, 15)),
        Basis = new PlanBasis
        {
            SelfAssessmentPeriod = "giai đoạn từ năm 2017 đến 2022 của Trường",
            PreviousResults = "Kết quả thực hiện cải tiến chất lượng của nhà trường đã đạt được trong năm học 2022 – 2023;",
        },
        Groups =
        [
            TableGroup.For(Tt18.Standards[0],
                new PlanItem(new CriterionId(1, 1))
                {
                    TargetResult = "Thực hiện phổ biến chiến lược phát triển của nhà trường đến cha mẹ học sinh trong các phiên họp định kỳ hằng năm và trong buổi họp giao ban tại Đảng ủy phường Sơn Kỳ. Tiếp tục đăng tải nội dung phương hướng chiến lược lên Website của trường để thông tin rộng rãi đến cha mẹ của học sinh, cộng đồng địa phương",
                    Tasks =
                    [
                        new PlanTask
                        {
                            Description = "Xây dựng kế hoạch chiến lược phát triển từ đầu năm học và triển khai đến PHHS trong buổi họp đầu năm, từ đó nhận được đa số ý kiến đồng thuận từ PHHS",
                            Lead = "Hiệu trưởng", Collaborators = ["GVCN", "Ban ĐD"], Timeframe = "HKI, năm học 23-24",
                        },
                    ],
                },
                new PlanItem(new CriterionId(1, 3))
                {
                    TargetResult = "Tiếp tục đổi mới nội dung, hình thức sinh hoạt, bổ sung lực lượng hoạt động đoàn, đóng góp nhiều hơn cho cộng đồng, phấn đấu giữ vững và đạt danh hiệu cao hơn",
                    Tasks =
                    [
                        new PlanTask
                        {
                            Description = "Chi đạo BCH Chi đoàn vận động Đoàn viên tham gia tích cực các công tác tại địa phương, coi đây là một tiêu chí đánh giá thi đua.",
                            Lead = "Phó hiệu trưởng phụ trách", Collaborators = ["BCH Chi đoàn"], Timeframe = "Năm học 2023-2024",
                        },
                    ],
                },
                new PlanItem(new CriterionId(1, 8))
                {
                    TargetResult = "Xây dựng kế hoạch cụ thể về thời gian thực hiện các kỳ báo cáo, thông kê thường xuyên. phó hiệu trưởng kiểm tra định kỳ số ghi đầu bài và nhận xét, rút kinh nghiệm các trường họp giáo viên còn thiếu sót.",
                    Tasks =
                    [
                        new PlanTask
                        {
                            Description = "Xây dựng kế hoạch thời gian năm học, kế hoạch nhập điểm. Thường xuyên nhắc nhở GV về thời hạn nộp báo cáo thống kê qua bảng thông tin, group zalo.",
                            Lead = "PHT", Collaborators = ["TTCM"], Timeframe = "Năm học 2023-2024",
                        },
                    ],
                }),
            // The plan leaves "và học sinh" out of standard 2's title: kept as written, so the checker can say so.
            new TableGroup<PlanItem>("2", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên",
            [
                new PlanItem(new CriterionId(2, 1))
                {
                    TargetResult = "Cán bộ quản lý nhà trường tham gia học lớp nâng cao trình độ quản lý và chuyên môn, tiếp tục học tập kinh nghiệm ở đồng nghiệp để nâng cao tầm nhìn, khả năng dự báo nhằm đề ra được những biện pháp khả thi, thực hiện có hiệu quả kế hoạch chiến lược và kế hoạch từng năm học của nhà trường. Đồng thời tham gia theo học lớp Tiếng Anh giao tiếp hoặc tự học để nâng cao khả năng giao tiếp bằng tiếng Anh góp phần nâng cao năng lực quản lý nhà trường.",
                    Tasks = [new PlanTask { Description = "CBQL nhà trường tham gia các lớp bồi dưỡng, đào tạo", Lead = "Hiệu trưởng", Timeframe = "9/2023" }],
                },
            ]),
            TableGroup.For(Tt18.Standards[2],
                new PlanItem(new CriterionId(3, 1))
                {
                    TargetResult = "Xây dựng khuôn viên đảm bảo xanh, sạch, đẹp, an toàn để tổ chức các hoạt động giáo dục, đồng thời vận động các nhà tài trợ và chỉ đạo nhân viên bảo vệ tiếp tục trồng thêm nhiều cây xanh có tán rộng tạo bóng mát trên sân trường, giáo dục học sinh ý thức bảo vệ môi trường và chăm sóc cây xanh.",
                    Tasks =
                    [
                        new PlanTask
                        {
                            Description = "Duy trì việc chăm sóc, bảo vệ cây cối, cảnh quan nhà trường. Thường xuyên nhắc nhở, giáo dục học sinh ý thức giữ gìn vệ sinh, cảnh quan trường lớp.",
                            Lead = "Hiệu trưởng", Collaborators = ["GV", "nhân viên"], Timeframe = "Suốt năm học",
                        },
                    ],
                },
                new PlanItem(new CriterionId(3, 6))
                {
                    TargetResult = "Xây dựng kế hoạch để tiến tới việc thành lập Thư viện tiên tiến hiện đại trong nhà trường, bổ sung thêm máy tính kết nối Internet bằng nguồn tài trợ giáo dục.",
                    Tasks =
                    [
                        new PlanTask
                        {
                            Description = "- Từ đầu năm học, hiệu trưởng chỉ đạo TTCM thông nhất với GV để lập danh sách những tựa sách phục vụ cho học tập nâng cao trình độ của GV và HS, đề xuất BGH để bổ sung cho thư viện.",
                            Lead = "Hiệu trưởng", Collaborators = ["TTCM", "GV"], Timeframe = "Năm học 2023-2024",
                        },
                    ],
                }),
            TableGroup.For(Tt18.Standards[3],
                new PlanItem(new CriterionId(4, 2))
                {
                    TargetResult = "Hỗ trợ, phối hợp có hiệu quả với chính quyền địa phương, vận động các tổ chức, cá nhân chung tay xây dựng nhà trường trở thành trung tâm văn hóa, giáo dục của địa phương.",
                    Tasks =
                    [
                        new PlanTask
                        {
                            Description = "Phối hợp Hội khuyến học tổ chức lớp học Tin học cho cán bộ khu phố. Tham gia tích cực các hoạt động do địa phương tổ chức",
                            Lead = "BGH", Collaborators = ["GV được phân công"], Timeframe = "Năm học 2023-2024",
                        },
                    ],
                }),
            // Standard 5 carries the preschool regulation's title in this plan: kept as written.
            new TableGroup<PlanItem>("5", "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục",
            [
                new PlanItem(new CriterionId(5, 2))
                {
                    TargetResult = "Tăng cường công tác đánh giá, rút kinh nghiệm qua từng đợt dạy bồi dưỡng của giáo viên; chú trọng, phân tích sâu những nội dung chưa đạt hiệu quả để tìm giải pháp khắc phục nhằm góp phần nâng cao chất lượng và hiệu quả công tác bồi dưỡng đồng đều ở các bộ môn.",
                    Tasks =
                    [
                        new PlanTask
                        {
                            Description = "Xây dựng kế hoạch tuyển chọn đội tuyển HSG cấp trường, kế hoạch bồi dưỡng HSG trong năm học và trong hè. Cụ thể hoá các giai đoạn bồi dưỡng để kịp thời sàng lọc đội tuyển, điều chỉnh nội dung bồi dưỡng, giúp công tác bồi dưỡng HSG thực chất và hiệu quả hơn",
                            Lead = "PHT phụ trách", Collaborators = ["GV bồi dưỡng", "GVCN"], Timeframe = "Năm học 2023-2024",
                        },
                    ],
                },
            ]),
        ],
    };

    [Fact]
    public void CorpusPlan2023_BuiltInCode_GivesTheFixturesFindings()
    {
        var checker = new ConsistencyChecker();
        CheckResult built = checker.CheckPlan(Plan100KhTtt());
        CheckResult fixture = checker.CheckPlan(CorpusDocuments.Plan2023());
        Assert.NotEmpty(built.Findings);
        Assert.Equal(fixture.Findings, built.Findings);
        Assert.Equal(fixture.Findings.Select(f => f.Message), built.Findings.Select(f => f.Message));
        var report = CorpusDocuments.Report2023();
        Assert.Equal(checker.CheckReport(report, CorpusDocuments.Plan2023()).Findings, checker.CheckReport(report, Plan100KhTtt()).Findings);
    }

    [Fact]
    public void TableGroupFor_TakesTheOfficialTitleFromTheCatalog()
    {
        var group = TableGroup.For(Tt18.Standards[1], new PlanItem(new CriterionId(2, 1)));
        Assert.Equal("2", group.RowNumber);
        Assert.Equal("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh", group.Heading.Text);
        Assert.True(group.Heading.TitleMatches(Tt18.Standards[1].Title));
        var plan = new ImprovementPlan(Tt18, new SchoolYear(2023)) { Groups = [group] };
        Assert.DoesNotContain(new ConsistencyChecker().CheckPlan(plan).Findings, f => f.Code == "CT003");
    }

    [Fact]
    public void TypedValues_WriteTheCanonicalText()
    {
        var item = new PlanItem(new CriterionId(1, 10)) { TargetLevel = Level.Three, CurrentLevel = Level.NotMet };
        Assert.Equal("Tiêu chí 1.10", item.CriterionText);
        Assert.Equal(new CriterionId(1, 10), item.Criterion);
        var row = new SelfAssessmentRow(new CriterionId(1, 2), Level.Two);
        Assert.Equal(new[] { true, true, false }, row.LevelMarks);
        Assert.Equal(Level.Two, row.MarkedLevel);
        Assert.Equal(Level.NotMet, new SelfAssessmentRow(new CriterionId(1, 2), Level.NotMet).MarkedLevel);
    }
}
