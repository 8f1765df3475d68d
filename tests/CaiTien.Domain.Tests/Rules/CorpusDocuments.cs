using System.Linq;
using CaiTien.Domain;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Supervision;
using NodaTime;

namespace CaiTien.Domain.Tests.Rules;

/// <summary>
/// The three corpus documents (Fixtures/*.txt, copied from shared/corpus) as domain values, with their mistakes
/// intact. Text is copied from the documents; nothing is corrected.
/// </summary>
public static class CorpusDocuments
{
    private static readonly FrameworkVersion Tt18 = KnownFrameworks.Tt18;

    private const string Timeframe2021 = "Thời gian thực hiện: từ tháng 8 năm 2021 Thời gian hoàn thành: tháng 4 năm 2022";

    /// <summary>plan-2021-2022-thcs.txt: self-assessment table, plan table under "MỨC 3", no header (no number or date).</summary>
    public static ImprovementPlan Plan2021()
    {
        static SelfAssessmentRow Row(string label, int marks) => new(label) { LevelMarks = Enumerable.Range(0, 3).Select(i => i < marks).ToList() };
        var table = new[]
        {
            Row("Tiêu chuẩn 1", 0), Row("Tiêu chí 1.1", 3), Row("Tiêu chí 1.2", 2), Row("Tiêu chí 1.3", 3), Row("Tiêu chí 1.4", 3),
            Row("Tiêu chí 1.5", 3), Row("Tiêu chí 1.6", 3), Row("Tiêu chí 1.7", 2), Row("Tiêu chí 1.8", 2), Row("Tiêu chí 1.9", 2),
            Row("Tiêu chí 1.10", 2),
            Row("Tiêu chuẩn 2", 0), Row("Tiêu chí 2.1", 3), Row("Tiêu chí 2.2", 3), Row("Tiêu chí 2.3", 3), Row("Tiêu chí 2.4", 3),
            Row("Tiêu chuẩn 3", 0), Row("Tiêu chí 3.1", 3), Row("Tiêu chí 3.2", 3), Row("Tiêu chí 3.3", 3), Row("Tiêu chí 3.4", 2),
            Row("Tiêu chí 3.5", 3), Row("Tiêu chí 3.6", 3),
            Row("Tiêu chuẩn 4", 3), Row("Tiêu chí 4.1", 3), Row("Tiêu chí 4.2", 3),
            Row("Tiêu chuẩn 5", 0), Row("Tiêu chí 5.1", 3), Row("Tiêu chí 5.2", 3), Row("Tiêu chí 5.3", 2), Row("Tiêu chí 5.4", 2),
            Row("Tiêu chí 5.5", 3), Row("Tiêu chí 5.6", 3),
        };
        var basis = new PlanBasis
        {
            // The list number "4." is numbering, not content (the 2023 plan's "- " bullet is not kept either).
            PreviousResults = "Kết quả thực hiện cải tiến chất lượng của nhà trường đã đạt được trong năm học 2021– 2022;",
            SelfAssessment = table,
        };
        static PlanItem Item(string criterion, string task, params string[] collaborators) => new(criterion)
        {
            TargetResult = "Mức 3",
            Tasks = [new PlanTask { Description = task, Lead = "Hiệu trưởng", Timeframe = Timeframe2021, Collaborators = collaborators }],
            TargetLevel = Level.Three,
            Budget = "Không",
            OtherSupport = "Không",
        };
        var groups = new[]
        {
            new TableGroup<PlanItem>("1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", new[]
            {
                Item("Tiêu chí 1.6", "- Từng quý, học kỳ hiệu trưởng kiểm tra việc cập nhật Sổ tài sản của kế toán. - Hàng năm, hiệu trưởng đưa nhiệm vụ này vào kế hoạch kiểm tra nội bộ, đưa vào thang điểm thi đua .",
                    "BGH nhà trường", "kế toán", "thủ quỹ", "Công Đoàn"),
            }),
            new TableGroup<PlanItem>("2", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên", new[]
            {
                Item("Tiêu chí 2.4", "Tăng cường phụ đạo học sinh yếu, kém trong học tập, cho đề kiểm tra mức độ vừa sức với năng lực học sinh dạng này. Mỗi đợt kiểm tra tập trung đều thống kê điểm riêng để động, viên khen thưởng kịp thời dù là những tiến bộ nhỏ nhất để các em nổ lực vươn lên trong học tập.",
                    "BGH nhà trường", "GV", "PHHS"),
            }),
            new TableGroup<PlanItem>("3", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", new[]
            {
                Item("Tiêu chí 3.2", "Hiệu trưởng tích cực, chủ động lên kế hoạch tham mưu Ủy ban nhân huyện, Phòng Giáo dục và Đào tạo cấp kinh phí mua sắm bàn, ghế sớm. Ban sửa chữa nhỏ thường xuyên kiểm tra, duy tu, sửa chữa để đáp ứng yêu cầu dạy và học.",
                    "BGH nhà trường", "UBND", "PGD&ĐT"),
            }),
            new TableGroup<PlanItem>("4", "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội", new[]
            {
                Item("Tiêu chí 4.2", "Làm tốt hơn nữa công tác tham mưu với cấp ủy, chính quyền địa phương đặc biệt là công tác xã hội hóa giáo dục, liên hệ các doanh nghiệp, các thế hệ học sinh thành đạt, các mạnh thường quân tranh thủ huy động hết mọi nguồn lực xã hội. Tạo nguồn thu đa dạng, phong phú nhưng hợp pháp và đúng quy định.",
                    "BGH nhà trường", "chính quyền địa phương"),
            }),
            new TableGroup<PlanItem>("4", "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục", new[]
            {
                Item("Tiêu chí 5.2", "Đẩy mạnh công tác xã hội hóa, huy động nguồn lực xã hội, sự đóng góp, chia sẻ, hỗ trợ của các Mạnh Thường Quân, của Ban đại diện cha mẹ học sinh nhằm bù đắp một phần công cho thầy cô làm công tác này;",
                    "BGH nhà trường", "CB,GV,CNV,HS", "PHHS"),
            }),
        };
        // The document names no school: no school id or name (an importing system supplies its own school id).
        return new ImprovementPlan(Tt18, new SchoolYear(2021))
        {
            Id = new PlanId("kh-2021-2022"), Basis = basis, Groups = groups, TargetSchoolLevel = Level.Three,
        };
    }

    /// <summary>report-2021-2022-thcs.txt: the results table alone (another school's report; no header, no plan cited).</summary>
    public static ImplementationReport Report2021()
    {
        static ReportRow Row(string criterion, string plan, string completed)
            => new(criterion) { PlanAsWritten = plan, PlanAsAdjusted = "Không có", Completed = completed, InProgress = "Không có", NotStarted = "Không có" };
        var groups = new[]
        {
            new TableGroup<ReportRow>("1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", new[]
            {
                Row("Tiêu chí 1.7", "Tự học, tự rèn luyện để nâng cao trình độ chuyên môn vẫn còn hạn chế đối với một số giáo viên đã lớn tuổi",
                    "Nhà trường tiếp tục khuyến khích và tạo điều kiện cho cán bộ, giáo viên, nhân viên tham gia các lớp bồi dưỡng chính trị, nâng cao trình độ chuyên môn, nghiệp vụ; tổ chức các chuyên đề nâng cao chất lượng chuyên môn, đặc biệt lưu ý đối với những giáo viên chưa đạt chuẩn theo quy định của Luật Giáo dục có hiệu lực từ ngày 01/07/2020"),
            }),
            new TableGroup<ReportRow>(null, "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên", new[]
            {
                Row("Tiêu chí 2. 4", "Học sinh có tham gia hoạt động tập thể nhưng vẫn còn một số em chưa mạnh dạn.",
                    "Nhà trường tiếp tục xây dựng kế hoạch phối hợp giữa nhà trường - gia đình - xã hội, đẩy mạnh công tác xã hội hóa giáo dục. Phát huy vai trò của giáo viên chủ nhiệm, giáo viên bộ môn, giám thị, Tổng phụ trách Đội, Ban đại diện cha mẹ học sinh trong việc rèn luyện ý thức trách nhiệm học sinh thực hiện nội quy nhà trường. Đa dạng hóa các hình thức sinh hoạt tập thể, động viên khích lệ học sinh tích cực tham gia vào các phong trào của trường lớp"),
            }),
            new TableGroup<ReportRow>(null, "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", new[]
            {
                Row("Tiêu chí 3.5", "Đồ dùng dạy học tự làm của giáo viên còn hạn chế",
                    "Trường tiếp tục rà soát thiết bị dạy học của trường theo Danh mục thiết bị tối thiểu ban hành theo Thông tư số 19/2009/TT-BGDĐT ngày 11 tháng 8 năm 2009 của Bộ Giáo dục và Đào tạo làm cơ sở cho việc xây dựng kế hoạch mua sắm bổ sung thiết bị dạy học hằng năm.\nNăm học 2019 - 2020, đưa việc tự làm đồ dùng dạy học của giáo viên để phục vụ cho việc giảng dạy và làm phong phú thêm nguồn đồ dùng dạy học của nhà trường vào điểm thi đua của nhà trường"),
            }),
            new TableGroup<ReportRow>(null, "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục", new[]
            {
                Row("Tiêu chí 5.2", "Việc tổ chức giáo dục cho học sinh có hoàn cảnh khó khăn, học sinh yếu, kém trong học tập còn hạn chế, một số học sinh còn chậm tiến bộ, tham gia các cuộc thi kết quả còn thấp",
                    Completed52),
            }),
        };
        return new ImplementationReport { Id = new ReportId("bc-2021-2022"), StatedSchoolYear = new SchoolYear(2021), Groups = groups };
    }

    /// <summary>plan-supervision-report-2023-2024-thcs.txt: plan 100/KH-TTT of 15/5/2023.</summary>
    public static ImprovementPlan Plan2023()
    {
        static PlanItem Item(string criterion, string target, string task, string lead, string timeframe, params string[] collaborators) => new(criterion)
        {
            TargetResult = target,
            Tasks = [new PlanTask { Description = task, Lead = lead, Timeframe = timeframe, Collaborators = collaborators }],
        };
        var groups = new[]
        {
            new TableGroup<PlanItem>("1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", new[]
            {
                Item("Tiêu chí 1.1", Target11, Task11, "Hiệu trưởng", "HKI, năm học 23-24", "GVCN", "Ban ĐD"),
                Item("Tiêu chí 1.3", "Tiếp tục đổi mới nội dung, hình thức sinh hoạt, bổ sung lực lượng hoạt động đoàn, đóng góp nhiều hơn cho cộng đồng, phấn đấu giữ vững và đạt danh hiệu cao hơn",
                    "Chi đạo BCH Chi đoàn vận động Đoàn viên tham gia tích cực các công tác tại địa phương, coi đây là một tiêu chí đánh giá thi đua.",
                    "Phó hiệu trưởng phụ trách", "Năm học 2023-2024", "BCH Chi đoàn"),
                Item("Tiêu chí 1.8", "Xây dựng kế hoạch cụ thể về thời gian thực hiện các kỳ báo cáo, thông kê thường xuyên. phó hiệu trưởng kiểm tra định kỳ số ghi đầu bài và nhận xét, rút kinh nghiệm các trường họp giáo viên còn thiếu sót.",
                    "Xây dựng kế hoạch thời gian năm học, kế hoạch nhập điểm. Thường xuyên nhắc nhở GV về thời hạn nộp báo cáo thống kê qua bảng thông tin, group zalo.",
                    "PHT", "Năm học 2023-2024", "TTCM"),
            }),
            new TableGroup<PlanItem>("2", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên", new[]
            {
                Item("Tiêu chí 2.1", Target21, "CBQL nhà trường tham gia các lớp bồi dưỡng, đào tạo", "Hiệu trưởng", "9/2023"),
            }),
            new TableGroup<PlanItem>("3", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", new[]
            {
                Item("Tiêu chí 3.1", Target31, "Duy trì việc chăm sóc, bảo vệ cây cối, cảnh quan nhà trường. Thường xuyên nhắc nhở, giáo dục học sinh ý thức giữ gìn vệ sinh, cảnh quan trường lớp.",
                    "Hiệu trưởng", "Suốt năm học", "GV", "nhân viên"),
                Item("Tiêu chí 3.6", Target36, "- Từ đầu năm học, hiệu trưởng chỉ đạo TTCM thông nhất với GV để lập danh sách những tựa sách phục vụ cho học tập nâng cao trình độ của GV và HS, đề xuất BGH để bổ sung cho thư viện.",
                    "Hiệu trưởng", "Năm học 2023-2024", "TTCM", "GV"),
            }),
            new TableGroup<PlanItem>("4", "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội.", new[]
            {
                Item("Tiêu chí 4.2", Target42, Task42, "BGH", "Năm học 2023-2024", "GV được phân công"),
            }),
            new TableGroup<PlanItem>("5", "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục", new[]
            {
                Item("Tiêu chí 5.2", Target52, "Xây dựng kế hoạch tuyển chọn đội tuyển HSG cấp trường, kế hoạch bồi dưỡng HSG trong năm học và trong hè. Cụ thể hoá các giai đoạn bồi dưỡng để kịp thời sàng lọc đội tuyển, điều chỉnh nội dung bồi dưỡng, giúp công tác bồi dưỡng HSG thực chất và hiệu quả hơn",
                    "PHT phụ trách", "Năm học 2023-2024", "GV bồi dưỡng", "GVCN"),
            }),
        };
        var basis = new PlanBasis
        {
            SelfAssessmentPeriod = "giai đoạn từ năm 2017 đến 2022 của Trường",
            PreviousResults = "Kết quả thực hiện cải tiến chất lượng của nhà trường đã đạt được trong năm học 2022 – 2023;",
        };
        return new ImprovementPlan(Tt18, new SchoolYear(2023))
        {
            Id = new PlanId("kh-100-kh-ttt"), School = new SchoolId("thcs-ton-that-tung"), SchoolName = "Trường THCS Tôn Thất Tùng",
            Reference = new DocumentReference("Số : 100/KH-TTT", new LocalDate(2023, 5, 15)), Basis = basis, Groups = groups,
        };
    }

    /// <summary>The decision setting up the supervision team (no number, no date in the document).</summary>
    public static SupervisionTeam Team2023() => new()
    {
        Members =
        [
            new TeamMember("Bà Nguyễn Thị Thảo Linh") { Number = "1.", Position = "Chủ tịch Công đoàn", Role = TeamRole.Leader },
            new TeamMember("Ông Nguyễn Thanh Liêm") { Number = "2.", Position = "Trưởng ban TTND", Role = TeamRole.Member },
            new TeamMember("Bà Trần Phương Dung") { Number = "2.", Position = "Bí thư Chi đoàn TNCS", Role = TeamRole.Member },
            new TeamMember("Ông Nguyễn Đăng Minh") { Number = "3.", Position = "Tổng phụ trách Đội TNTP", Role = TeamRole.Member },
            new TeamMember("Ông Lê Thành Công") { Number = "4.", Position = "Trưởng ban ĐD Hội CMHS", Role = TeamRole.Member },
            new TeamMember("Bà Bùi Ngọc Anh") { Number = "5.", Position = "Thư ký Hội đồng trường" },
        ],
    };

    /// <summary>The supervision minutes of 20/6/2024.</summary>
    public static SupervisionMinutes Minutes2023() => new()
    {
        Date = new LocalDate(2024, 6, 20),
        Place = "Phòng Thư viện trường THCS Tôn Thất Tùng",
        Attendees =
        [
            "Bà Phạm Thị Thanh – Hiệu trưởng", "Ông Đoàn Đức Vĩnh – Phó hiệu trưởng", "Bà Phạm Thị Thu Oanh – Phó hiệu trưởng",
            "Bà Nguyễn Thị Thảo Linh-Chủ tịch Công đoàn – Tổ trưởng", "Ông Nguyễn Thanh Liêm-Trưởng ban TTND – Thành viên",
            "Bà Trần Phương Dung-Bí thư Chi đoàn TNCS – Thành viên", "Ông Nguyễn Đăng Minh-Tổng phụ trách Đội TNTP – Thành viên",
            "Ông Lê Thành Công-Trưởng ban ĐD Hội CMHS – Thành viên", "Bà Bùi Ngọc Anh-Thư ký Hội đồng trường – Thành viên",
        ],
        CheckedItems = ["Tiêu chí 1.1", "Tiêu chí 1.3", "Tiêu chí 1.8", "Tiêu chí 2.1", "Tiêu chí 3.1", "Tiêu chí 3.6", "Tiêu chí 4.2", "Tiêu chí 5.2"],
        Strengths = "- Được sự lãnh đạo, chỉ đạo chuyên môn sâu sát của Phòng GD&ĐT, sự đồng tình ủng hộ của các ban ngành đoàn thể, CBQL-GV-NV và các bậc cha mẹ học sinh. "
            + "- CBQL-GV-NV trong nhà trường luôn đoàn kết, biết vượt qua khó khăn, yên tâm công tác, yêu nghề, mến trẻ, không ngừng học tập, rèn luyện nâng cao trình độ chuyên môn nghiệp vụ, lý luận chính trị và công tác, được cha mẹ học sinh tín nhiệm, tôn trọng và quý mến. "
            + "- Phong trào học tập luôn được phát triển tốt, phụ huynh học sinh quan tâm đến việc học tập của con em, công tác xã hội hóa giáo dục tốt. "
            + "- Cơ sở vật chất nhà trường luôn luôn được bổ sung, trang thiết bị phục vụ dạy và học trong đời đầy đủ.",
        Limitations = "Không",
        Recommendations = "Không có",
    };

    /// <summary>Check report 106/BC-TTT of 30/5/2024 with its attached results table.</summary>
    public static ImplementationReport Report2023()
    {
        static ReportRow Row(string criterion, string plan, string completed, string inProgress, string notStarted = "Không")
            => new(criterion) { PlanAsWritten = plan, Completed = completed, InProgress = inProgress, NotStarted = notStarted };
        var groups = new[]
        {
            new TableGroup<ReportRow>("1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", new[]
            {
                // The report copies the plan's target with "hàng năm" where the plan wrote "hằng năm".
                Row("Tiêu chí 1.1", Target11.Replace("hằng năm", "hàng năm"), Task11, "Cập nhật thông tin hoạt động của nhà trường trên website, bảng thông tin"),
                Row("Tiêu chí 1.3", "Tiếp tục đổi mới nội dung, hình thức sinh hoạt, bổ sung lực lượng hoạt động đoàn, đóng góp nhiều hơn cho cộng đồng, phấn đấu giữ vững và đạt danh hiệu cao hơn",
                    "Chi đạo BCH Chi đoàn vận động Đoàn viên tham gia tích cực các công tác tại địa phương, coi đây là một tiêu chí đánh giá thi đua. Chi đoàn nhận được nhiều bằng khen, được đánh giá là Chi Đoàn vững mạnh xuất sắc",
                    "Duy trì chế độ báo cáo của Chi đoàn cho Chi bộ và chi đạo hoạt động của Chi bộ đối với Chi đoàn"),
                Row("Tiêu chí 1.8", "Xây dựng kế hoạch cụ thể về thời gian thực hiện các kỳ báo cáo, tổng kê thường xuyên. Phó hiệu trưởng kiểm tra định kỳ số ghi đầu bài và nhận xét, rút kinh nghiệm các trường hợp giáo viên còn thiếu sót.",
                    "Đã xây dựng kế hoạch thời gian năm học, kế hoạch nhập điểm. Thường xuyên nhắc nhở GV về thời hạn nộp báo cáo thống kê qua bảng thông tin, group zalo. Tình trạng GV chậm trễ trong báo cáo đã không còn",
                    "Tiếp tục hoàn thiện các kế hoạch."),
            }),
            new TableGroup<ReportRow>("2", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên", new[]
            {
                Row("Tiêu chí 2.1", Target21, "100% CBQL nhà trường đã hoàn thành chương trình đào tạo sau đại học ngành QLGD, bằng Anh văn B1",
                    "CBQL nhà trường duy trì việc học tập, bồi dưỡng kiến thức quản lý, cập nhật tin tức thời sự, văn bản pháp luật... để nâng cao khả năng quản lý, ứng biến kịp thời và chính xác khi xử lý các tình huống trong hoạt động quản lý",
                    "KHông"),
            }),
            new TableGroup<ReportRow>("3", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", new[]
            {
                // The report copies the plan's target with "chi đạo" where the plan wrote "chỉ đạo".
                Row("Tiêu chí 3.1", Target31.Replace("chỉ đạo", "chi đạo"), "Thực hiện tốt",
                    "Duy trì việc chăm sóc, bảo vệ cây cối, cảnh quan nhà trường. Thường xuyên nhắc nhở, giáo dục học sinh ý thức giữ gìn vệ sinh, cảnh quan trường lớp."),
                Row("Tiêu chí 3.6", Target36,
                    "Từ đầu năm học, hiệu trưởng chỉ đạo TTCM thống nhất với GV để lập danh sách những tựa sách phục vụ cho học tập nâng cao trình độ của GV và HS, đề xuất BGH để bổ sung cho thư viện.",
                    "Đang tiến hành tìm nguồn tài trợ nhằm nâng cấp hệ thống internet của thư viện và đầu tư máy tính có kết nối internet."),
            }),
            new TableGroup<ReportRow>("4", "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội.", new[]
            {
                Row("Tiêu chí 4.2", Target42, Task42, "Tiếp tục thực hiện"),
            }),
            new TableGroup<ReportRow>(null, "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục", new[]
            {
                Row("Tiêu chí 5.2", Target52,
                    "Đã xây dựng kế hoạch tuyển chọn đội tuyển HSG cấp trường, kế hoạch bồi dưỡng HSG trong năm học và trong hè. Cụ thể hoá các giai đoạn bồi dưỡng để kịp thời sàng lọc đội tuyển, điều chỉnh nội dung bồi dưỡng, giúp công tác bồi dưỡng HSG thực chất và hiệu quả hơn",
                    "Chuẩn bị cho công tác tổ chức kiểm tra chọn đội tuyển HSG năm học 2023-2024, dự kiến đầu tháng 6/2023"),
            }),
        };
        var attachment = new ReportAttachment("Kết quả thực hiện kế hoạch cải tiến chất lượng giáo dục Năm học 2023-2024",
            new DocumentReference("106/BC-TTT", new LocalDate(2023, 5, 30)));
        return new ImplementationReport
        {
            Id = new ReportId("bc-106-bc-ttt"), Reference = new DocumentReference("Số 106/BC-TTT", new LocalDate(2024, 5, 30)),
            StatedSchoolYear = new SchoolYear(2022), PlanCited = new DocumentReference("100/KH-TTT", new LocalDate(2023, 5, 15)), Groups = groups,
            Attachments = [attachment],
        };
    }

    private const string Completed52 = "Đầu tháng 7 hằng năm, Ban Giám hiệu họp rà soát, đánh giá và phân công những giáo viên có trách nhiệm, chuyên môn vững, có kinh nghiệm để bồi dưỡng học sinh giỏi, học sinh có năng khiếu.\n"
        + "Đầu năm học, Nghị quyết Đại hội cha mẹ học sinh đưa ra các mức thưởng cho học sinh đạt giải trong các cuộc thi học sinh giỏi, năng khiếu (nét vẽ xanh, thể dục thể thao,…) cấp trường, huyện, thành phố và quốc gia, thưởng định kỳ và thưởng đột xuất.\n"
        + "Hằng năm, vào dịp kỷ niệm ngày Nhà giáo Việt Nam 20/11, Liên Đội trường tổ chức hội thi văn nghệ, vẽ tranh, viết cảm nghĩ chào mừng ngày 20/11, đồng thời tuyển chọn các em học sinh có năng khiếu vào đội tuyển năng khiếu của trường.\n"
        + "Đầu tháng 8, tại cuộc họp Hội đồng sư phạm, Ban Giám hiệu giao nhiệm vụ cụ thể cho các giáo viên chủ nhiệm; công tác phụ đạo học sinh yếu, kém cho các giáo viên bộ môn theo các lớp phụ trách. Việc phụ đạo học sinh yếu, kém thực hiện xuyên suốt trong năm học. Nhà trường chi kinh phí phụ đạo học sinh yếu, kém là 50.000 đồng/1 tiết dạy phụ đạo.\n"
        + "Nhà trường xếp thời khóa biểu phụ đạo học sinh yếu và bồi dưỡng học sinh giỏi, có năng khiếu trên cơ sở tạo điều kiện thuận lợi nhất cho các em được tham gia học tập.\n"
        + "Hằng năm, trường sử dụng quỹ khuyến học do tập thể cán bộ, giáo viên, nhân viên nhà trường tự nguyện đóng góp để chăm lo học phí, bảo hiểm y tế và các khoản hỗ trợ đột xuất khác cho các em học sinh khó khăn.\n"
        + "Tại Đại hội Đoàn viên đầu mỗi năm học, Chi đoàn thanh niên trường đăng kí công trình thanh niên “Mỗi đoàn viên nhận đỡ đầu, giúp đỡ 01 học sinh có học lực yếu, kém”\n"
        + "Giáo viên chủ nhiệm và giáo viên bộ môn phối hợp, kịp thời phát hiện sớm những trường hợp học sinh gặp khó khăn trong học tâp để động viên giúp đỡ các em tiếp tục học tập";

    private const string Target11 = "Thực hiện phổ biến chiến lược phát triển của nhà trường đến cha mẹ học sinh trong các phiên họp định kỳ hằng năm và trong buổi họp giao ban tại Đảng ủy phường Sơn Kỳ. Tiếp tục đăng tải nội dung phương hướng chiến lược lên Website của trường để thông tin rộng rãi đến cha mẹ của học sinh, cộng đồng địa phương";
    private const string Task11 = "Xây dựng kế hoạch chiến lược phát triển từ đầu năm học và triển khai đến PHHS trong buổi họp đầu năm, từ đó nhận được đa số ý kiến đồng thuận từ PHHS";
    private const string Target21 = "Cán bộ quản lý nhà trường tham gia học lớp nâng cao trình độ quản lý và chuyên môn, tiếp tục học tập kinh nghiệm ở đồng nghiệp để nâng cao tầm nhìn, khả năng dự báo nhằm đề ra được những biện pháp khả thi, thực hiện có hiệu quả kế hoạch chiến lược và kế hoạch từng năm học của nhà trường. Đồng thời tham gia theo học lớp Tiếng Anh giao tiếp hoặc tự học để nâng cao khả năng giao tiếp bằng tiếng Anh góp phần nâng cao năng lực quản lý nhà trường.";
    private const string Target31 = "Xây dựng khuôn viên đảm bảo xanh, sạch, đẹp, an toàn để tổ chức các hoạt động giáo dục, đồng thời vận động các nhà tài trợ và chỉ đạo nhân viên bảo vệ tiếp tục trồng thêm nhiều cây xanh có tán rộng tạo bóng mát trên sân trường, giáo dục học sinh ý thức bảo vệ môi trường và chăm sóc cây xanh.";
    private const string Target36 = "Xây dựng kế hoạch để tiến tới việc thành lập Thư viện tiên tiến hiện đại trong nhà trường, bổ sung thêm máy tính kết nối Internet bằng nguồn tài trợ giáo dục.";
    private const string Target42 = "Hỗ trợ, phối hợp có hiệu quả với chính quyền địa phương, vận động các tổ chức, cá nhân chung tay xây dựng nhà trường trở thành trung tâm văn hóa, giáo dục của địa phương.";
    private const string Task42 = "Phối hợp Hội khuyến học tổ chức lớp học Tin học cho cán bộ khu phố. Tham gia tích cực các hoạt động do địa phương tổ chức";
    private const string Target52 = "Tăng cường công tác đánh giá, rút kinh nghiệm qua từng đợt dạy bồi dưỡng của giáo viên; chú trọng, phân tích sâu những nội dung chưa đạt hiệu quả để tìm giải pháp khắc phục nhằm góp phần nâng cao chất lượng và hiệu quả công tác bồi dưỡng đồng đều ở các bộ môn.";
}
