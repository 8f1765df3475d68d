using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Supervision;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CaiTien.Domain.Tests.Rules;

/// <summary>A plan with its report and supervision records that agree with each other and with the regulation.</summary>
public sealed record DocumentSet(ImprovementPlan Plan, ImplementationReport Report, SupervisionTeam Team, IReadOnlyList<SupervisionMinutes> Minutes)
{
    public override string ToString()
        => $"{Plan.SchoolYear}: {string.Join(", ", Plan.Items.Select(i => i.CriterionText))}; report {Report.Reference}";
}

/// <summary>A defect to inject into a consistent set, and the finding codes it must produce (exactly).</summary>
public sealed record Defect(string Name, string[] Codes, Func<DocumentSet, DocumentSet> Inject)
{
    public override string ToString() => Name;
}

/// <summary>Generators of consistent documents, built like the corpus but without its mistakes.</summary>
public static class DocumentArbitraries
{
    private static readonly FrameworkVersion Tt18 = KnownFrameworks.Tt18;

    private static readonly string[] Targets =
    {
        "Phổ biến chiến lược phát triển đến toàn thể cha mẹ học sinh",
        "Tỉ lệ giáo viên đạt chuẩn trình độ đào tạo đạt 100%",
        "Bổ sung đủ thiết bị dạy học tối thiểu cho các khối lớp",
        "Thư viện đạt chuẩn, có máy tính kết nối Internet",
        "Phối hợp hiệu quả với chính quyền địa phương",
        "Nâng tỉ lệ học sinh khá giỏi thêm 5%",
    };

    private static readonly string[] Tasks =
    {
        "Xây dựng kế hoạch chiến lược và triển khai trong buổi họp phụ huynh",
        "Cử cán bộ quản lý tham gia lớp bồi dưỡng nghiệp vụ",
        "Rà soát danh mục thiết bị, lập dự toán mua sắm bổ sung",
        "Vận động nguồn tài trợ để mua máy tính cho thư viện",
        "Tham mưu cấp ủy, chính quyền về công tác xã hội hóa giáo dục",
        "Tổ chức phụ đạo học sinh yếu và bồi dưỡng học sinh giỏi",
        "Kiểm tra nội bộ định kỳ theo kế hoạch của nhà trường",
    };

    private static readonly string[] Leads = { "Hiệu trưởng", "Phó hiệu trưởng", "Tổ trưởng chuyên môn", "Kế toán" };

    private static readonly string[] Budgets = { "Không", "5.000.000 đồng", "2 triệu", "1,5 triệu đồng", "" };

    private static readonly Func<SchoolYear, string>[] Timeframes =
    {
        _ => "HKI", _ => "Học kỳ II", _ => "Suốt năm học", y => $"tháng 10/{y.StartYear}", y => $"Năm học {y}", _ => "Quý I",
        _ => "cuối năm học", _ => "đầu năm học", y => $"từ tháng 9/{y.StartYear} đến tháng 4/{y.EndYear}", _ => "Hằng năm",
    };

    public static Arbitrary<DocumentSet> DocumentSets() => Sets().ToArbitrary();

    public static Arbitrary<Defect> Defects() => Gen.Elements(Catalogue).ToArbitrary();

    public static Gen<DocumentSet> Sets()
        => from year in Gen.Choose(2018, 2025).Select(y => new SchoolYear(y))
           from count in Gen.Choose(2, 8)
           from picks in Gen.Shuffle(Tt18.Criteria.ToArray()).Select(c => c.Take(count).OrderBy(x => x.Id).ToArray())
           from raises in Gen.Choose(0, 1).ArrayOf(count)
           from taskCounts in Gen.Choose(1, 3).ArrayOf(count)
           from seeds in Gen.Choose(0, 1000).ArrayOf(count * 4)
           from planDay in Gen.Choose(0, 100)
           from reportDay in Gen.Choose(0, 120)
           from members in Gen.Choose(2, 5)
           select Build(year, picks, raises, taskCounts, seeds, planDay, reportDay, members);

    private static DocumentSet Build(SchoolYear year, Criterion[] picks, int[] raises, int[] taskCounts, int[] seeds, int planDay, int reportDay, int memberCount)
    {
        SchoolCalendar calendar = CalendarProvider.National.For(year);
        var planDate = new LocalDate(year.StartYear, 5, 15).PlusDays(planDay);
        if (planDate > calendar.Opening)
        {
            planDate = calendar.Opening;
        }
        var current = new Dictionary<CriterionId, Level>();
        var items = new List<(Criterion C, PlanItem Item)>();
        for (int i = 0; i < picks.Length; i++)
        {
            Criterion c = picks[i];
            int highest = c.HighestLevel.Value;
            var from = new Level(Math.Max(1, highest - 1 - raises[i]));
            current[c.Id] = from;
            var tasks = Enumerable.Range(0, taskCounts[i]).Select(t => new PlanTask
            {
                Description = Tasks[(seeds[i * 4] + t) % Tasks.Length], Lead = Leads[(seeds[i * 4 + 1] + t) % Leads.Length],
                Timeframe = Timeframes[(seeds[i * 4 + 2] + t) % Timeframes.Length](year), Collaborators = ["Giáo viên"],
            }).ToList();
            items.Add((c, new PlanItem(c.Id)
            {
                TargetResult = Targets[seeds[i * 4 + 3] % Targets.Length], Tasks = tasks, CurrentLevel = from, TargetLevel = new Level(from.Value + 1),
                Budget = Budgets[seeds[i * 4] % Budgets.Length], OtherSupport = "Không", Notes = "Nâng mức",
            }));
        }
        var groups = items.GroupBy(x => x.C.Id.Standard).Select((g, index) => new TableGroup<PlanItem>((index + 1).ToString(),
            $"Tiêu chuẩn {g.Key}: {Tt18.FindStandard(g.Key)!.Title}", g.Select(x => x.Item))).ToList();
        var table = Tt18.Standards.SelectMany(s => new[] { new SelfAssessmentRow($"Tiêu chuẩn {s.Number}") }
            .Concat(s.Criteria.Select(c => new SelfAssessmentRow(c.Id, c.HighestLevel)))).ToList();
        // 2025-2026 opens under TT 18 as amended by TT 22/2024, which has the same criteria and titles.
        FrameworkVersion framework = year.StartYear >= 2025 ? KnownFrameworks.Tt18AmendedByTt22 : Tt18;
        var plan = new ImprovementPlan(framework, year)
        {
            Id = new PlanId("kh-gen"), School = new SchoolId("thcs-gen"), SchoolName = "Trường THCS Thử Nghiệm",
            Reference = new DocumentReference($"{(planDay % 90) + 10}/KH-TN", planDate),
            Basis = new PlanBasis { SelfAssessmentPeriod = "giai đoạn 2017-2022", PreviousResults = $"Kết quả đạt được trong năm học {year.Previous}", SelfAssessment = table },
            Groups = groups, TargetSchoolLevel = Level.Three,
        };

        LocalDate date = calendar.SemesterOneLastDay.PlusDays(reportDay);
        var reportRef = new DocumentReference($"{(reportDay % 90) + 10}/BC-TN", date);
        var reportGroups = plan.Groups.Select((g, gi) => new TableGroup<ReportRow>(g.RowNumber, g.Heading.Text, g.Rows.Select((item, ii) => new ReportRow(item.CriterionText)
        {
            PlanAsWritten = item.TargetResult,
            PlanAsAdjusted = gi == plan.Groups.Count - 1 && ii == g.Rows.Count - 1 ? "Điều chỉnh thời gian hoàn thành sang học kỳ II" : "Không",
            Completed = "Đã hoàn thành, đạt yêu cầu đề ra; minh chứng lưu hồ sơ",
            InProgress = ii % 2 == 0 ? "Tiếp tục theo dõi, đánh giá hiệu quả" : "Không",
            NotStarted = "Không",
        }))).ToList();
        var report = new ImplementationReport
        {
            Id = new ReportId("bc-gen"), Reference = reportRef, StatedSchoolYear = year, PlanCited = plan.Reference, Groups = reportGroups,
            Attachments = [new ReportAttachment("Kết quả thực hiện kế hoạch", reportRef)],
        };

        var decision = new DocumentReference("5/QĐ-TN", planDate.PlusDays(3));
        var team = new SupervisionTeam
        {
            Decision = decision,
            Members = Enumerable.Range(1, memberCount).Select(n => new TeamMember($"Ông Thành Viên {n}")
            {
                Number = $"{n}.", Position = "Giáo viên", Role = n == 1 ? TeamRole.Leader : n == memberCount ? TeamRole.Secretary : TeamRole.Member,
            }).ToList(),
        };
        string[] attendees = team.Members.Select(m => $"{m.Name} – {m.Position}").ToArray();
        var minutes = new[]
        {
            new SupervisionMinutes { Date = calendar.SemesterOneLastDay.PlusDays(-5), Place = "Phòng họp", Attendees = attendees },
            new SupervisionMinutes { Date = calendar.YearLastDay.PlusDays(10), Place = "Phòng họp", Attendees = attendees },
        };
        return new DocumentSet(plan, report, team, minutes);
    }

    // ---- Rebuilding helpers: documents are immutable, so defects copy them with one change. ----

    private static ImprovementPlan With(ImprovementPlan p, DocumentReference? reference = null, PlanBasis? basis = null,
        IEnumerable<TableGroup<PlanItem>>? groups = null, SchoolYear? year = null)
        => new(p.Framework, year ?? p.SchoolYear)
        {
            Id = p.Id, School = p.School, SchoolName = p.SchoolName, Reference = reference ?? p.Reference, Basis = basis ?? p.Basis,
            Groups = (groups ?? p.Groups).ToList(), TargetSchoolLevel = p.TargetSchoolLevel,
        };

    private static ImprovementPlan MapFirstItem(ImprovementPlan p, Func<PlanItem, PlanItem> change)
        => With(p, groups: p.Groups.Select((g, gi) => new TableGroup<PlanItem>(g.RowNumber, g.Heading.Text,
            g.Rows.Select((item, ii) => gi == 0 && ii == 0 ? change(item) : item))));

    private static PlanBasis WithBasis(PlanBasis b, string? previousResults = null, IEnumerable<SelfAssessmentRow>? table = null)
        => new() { SelfAssessmentPeriod = b.SelfAssessmentPeriod, PreviousResults = previousResults ?? b.PreviousResults, SelfAssessment = (table ?? b.SelfAssessment).ToList() };

    private static SelfAssessmentRow Marks(SelfAssessmentRow r, params bool[] marks) => new(r.Label) { LevelMarks = marks };

    private static PlanItem Item(PlanItem i, string? criterion = null, string? target = null, IEnumerable<PlanTask>? tasks = null,
        Level? current = null, Level? targetLevel = null, string? budget = null)
        => new(criterion ?? i.CriterionText)
        {
            TargetResult = target ?? i.TargetResult, Tasks = (tasks ?? i.Tasks).ToList(), CurrentLevel = current ?? i.CurrentLevel,
            TargetLevel = targetLevel ?? i.TargetLevel, Budget = budget ?? i.Budget, OtherSupport = i.OtherSupport, Notes = i.Notes,
        };

    private static PlanItem FirstTask(PlanItem i, Func<PlanTask, PlanTask> change)
        => Item(i, tasks: i.Tasks.Select((t, ti) => ti == 0 ? change(t) : t));

    private static PlanTask Task(PlanTask t, string? description = null, string? lead = null, string? timeframe = null)
        => new() { Description = description ?? t.Description, Lead = lead ?? t.Lead, Timeframe = timeframe ?? t.Timeframe, Collaborators = t.Collaborators };

    private static ImplementationReport WithReport(ImplementationReport r, DocumentReference? reference = null, SchoolYear? stated = null,
        DocumentReference? planCited = null, IEnumerable<TableGroup<ReportRow>>? groups = null, IEnumerable<ReportAttachment>? attachments = null)
        => new()
        {
            Id = r.Id, Reference = reference ?? r.Reference, StatedSchoolYear = stated ?? r.StatedSchoolYear, PlanCited = planCited ?? r.PlanCited,
            Groups = (groups ?? r.Groups).ToList(), Attachments = (attachments ?? r.Attachments).ToList(),
        };

    private static ImplementationReport MapFirstRow(ImplementationReport r, Func<ReportRow, ReportRow> change)
        => WithReport(r, groups: r.Groups.Select((g, gi) => new TableGroup<ReportRow>(g.RowNumber, g.Heading.Text,
            g.Rows.Select((row, ri) => gi == 0 && ri == 0 ? change(row) : row))));

    private static ReportRow Row(ReportRow r, string? criterion = null, string? plan = null, string? adjusted = null, string? completed = null,
        string? inProgress = null, bool? late = null, string? notStarted = null)
        => new(criterion ?? r.CriterionText)
        {
            PlanAsWritten = plan ?? r.PlanAsWritten, PlanAsAdjusted = adjusted ?? r.PlanAsAdjusted, Completed = completed ?? r.Completed,
            InProgress = inProgress ?? r.InProgress, IsLate = late ?? r.IsLate, LateReason = r.LateReason, NotStarted = notStarted ?? r.NotStarted,
            NotStartedReason = r.NotStartedReason, Notes = r.Notes,
        };

    private static TeamMember Member(TeamMember m, string? number = null, TeamRole? role = null)
        => new(m.Name) { Number = number ?? m.Number, Position = m.Position, Role = role ?? m.Role };

    private static CriterionId Unplanned(DocumentSet s, Func<Criterion, bool>? filter = null)
        => Tt18.Criteria.Where(c => filter is null || filter(c)).Select(c => c.Id)
            .First(id => s.Plan.Items.All(i => i.Criterion != id));

    private static SchoolCalendar Calendar(DocumentSet s) => CalendarProvider.National.For(s.Plan.SchoolYear);

    private static DocumentSet Plan(DocumentSet s, ImprovementPlan plan) => s with { Plan = plan };

    private static DocumentSet Team(DocumentSet s, Func<IReadOnlyList<TeamMember>, IEnumerable<TeamMember>> change, DocumentReference? decision = null)
        => s with { Team = new SupervisionTeam { Decision = decision ?? s.Team.Decision, Members = change(s.Team.Members).ToList() } };

    /// <summary>Each defect a reader finds in real documents, injected alone.</summary>
    public static readonly Defect[] Catalogue =
    {
        // Catalog and structure
        new("unknown criterion", new[] { "CT001" }, s => Plan(s, MapFirstItem(s.Plan, i => Item(i, criterion: $"Tiêu chí {i.Criterion!.Value.Standard}.15")))),
        new("criterion under wrong standard", new[] { "CT002" }, s => Plan(s, MapFirstItem(s.Plan, i => Item(i, criterion: $"Tiêu chí {Unplanned(s, c => c.Id.Standard != i.Criterion!.Value.Standard)}")))),
        new("preschool title for a standard", new[] { "CT003" }, s => Plan(s, With(s.Plan, groups: s.Plan.Groups.Select((g, i) => i == 0
            ? new TableGroup<PlanItem>(g.RowNumber, $"Tiêu chuẩn {g.Heading.Number}: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục", g.Rows) : g)))),
        new("duplicate row number", new[] { "CT004" }, s => Plan(s, With(s.Plan, groups: s.Plan.Groups.Count > 1
            ? s.Plan.Groups.Select((g, i) => i == 1 ? new TableGroup<PlanItem>(s.Plan.Groups[0].RowNumber, g.Heading.Text, g.Rows) : g)
            : new[]
            {
                new TableGroup<PlanItem>("1", s.Plan.Groups[0].Heading.Text, s.Plan.Groups[0].Rows.Take(1)),
                new TableGroup<PlanItem>("1", s.Plan.Groups[0].Heading.Text, s.Plan.Groups[0].Rows.Skip(1)),
            }))),
        new("criterion labelled as a standard", new[] { "CT005" }, s => Plan(s, MapFirstItem(s.Plan, i => Item(i, criterion: $"Tiêu chuẩn {i.Criterion}")))),
        new("criterion written '2. 4'", new[] { "CT006" }, s => Plan(s, MapFirstItem(s.Plan, i => Item(i, criterion: $"Tiêu chí {i.Criterion!.Value.Standard}. {i.Criterion.Value.Number}")))),
        new("unreadable criterion", new[] { "CT008" }, s => Plan(s, MapFirstItem(s.Plan, i => Item(i, criterion: "Tiêu chí (chưa ghi)")))),
        new("marks on a standard heading", new[] { "CT007" }, s => Plan(s, With(s.Plan, basis: WithBasis(s.Plan.Basis,
            table: s.Plan.Basis.SelfAssessment.Select((r, i) => i == 0 ? Marks(r, true, true) : r))))),
        // Levels
        new("marks skip a level", new[] { "LV001" }, s => Plan(s, With(s.Plan, basis: WithBasis(s.Plan.Basis,
            table: s.Plan.Basis.SelfAssessment.Select(r => r.Criterion == s.Plan.Items.First().Criterion ? Marks(r, true, false, true) : r))))),
        new("target above the criterion's highest level", new[] { "LV002" }, s => Plan(s, MapFirstItem(s.Plan, i => Item(i, targetLevel: Level.Four)))),
        new("target below the current level", new[] { "LV003" }, s => Plan(s, MapFirstItem(s.Plan, i => Item(i, current: Level.Two, targetLevel: Level.One)))),
        new("maintenance item not stated", new[] { "LV004" }, s => Plan(s, MapFirstItem(s.Plan, i => Item(i, targetLevel: i.CurrentLevel)))),
        new("criterion below target without item", new[] { "LV005" }, s => Plan(s, With(s.Plan, basis: WithBasis(s.Plan.Basis,
            table: s.Plan.Basis.SelfAssessment.Select(r => r.Criterion == Unplanned(s) ? Marks(r, true, false, false) : r))))),
        // Plan
        new("item without task", new[] { "KH001" }, s => Plan(s, MapFirstItem(s.Plan, i => Item(i, tasks: i.Tasks.Select(t => Task(t, description: "")))))),
        new("task without lead", new[] { "KH002" }, s => Plan(s, MapFirstItem(s.Plan, i => FirstTask(i, t => Task(t, lead: ""))))),
        new("item without target result", new[] { "KH003" }, s => Plan(s, MapFirstItem(s.Plan, i => Item(i, target: "Không")))),
        new("task without timeframe", new[] { "KH004" }, s => Plan(s, MapFirstItem(s.Plan, i => FirstTask(i, t => Task(t, timeframe: ""))))),
        new("unreadable timeframe", new[] { "KH005" }, s => Plan(s, MapFirstItem(s.Plan, i => FirstTask(i, t => Task(t, timeframe: "khi nào xong"))))),
        new("timeframe ends before it starts", new[] { "KH006" }, s => Plan(s, MapFirstItem(s.Plan, i => FirstTask(i, t => Task(t, timeframe:
            $"từ tháng 4/{s.Plan.SchoolYear.EndYear} đến tháng 10/{s.Plan.SchoolYear.StartYear}"))))),
        new("timeframe outside the school year", new[] { "KH007" }, s => Plan(s, MapFirstItem(s.Plan, i => FirstTask(i, t => Task(t, timeframe:
            $"tháng 9/{s.Plan.SchoolYear.EndYear + 1}"))))),
        new("plan issued after opening", new[] { "KH008" }, s => Plan(s, With(s.Plan, reference: new DocumentReference(s.Plan.Reference.Number, Calendar(s).Opening.PlusDays(20))))),
        new("plan issued two years early", new[] { "KH009" }, s => Plan(s, With(s.Plan, reference: new DocumentReference(s.Plan.Reference.Number, Calendar(s).ReportDay.PlusYears(-2))))),
        new("text copied from an old plan", new[] { "KH010" }, s => Plan(s, MapFirstItem(s.Plan, i => FirstTask(i, t => Task(t,
            description: t.Description + $". Năm học {s.Plan.SchoolYear.StartYear - 2} - {s.Plan.SchoolYear.StartYear - 1}, tiếp tục"))))),
        new("basis cites the plan's own year", new[] { "KH011" }, s => Plan(s, With(s.Plan, basis: WithBasis(s.Plan.Basis, previousResults: $"Kết quả đạt được trong năm học {s.Plan.SchoolYear}")))),
        new("negative budget", new[] { "KH012" }, s => Plan(s, MapFirstItem(s.Plan, i => Item(i, budget: "-5.000.000 đồng")))),
        // Report
        new("report states another year", new[] { "BC001" }, s => s with { Report = WithReport(s.Report, stated: s.Plan.SchoolYear.Previous) }),
        new("report cites another plan number", new[] { "BC002" }, s => s with { Report = WithReport(s.Report, planCited: new DocumentReference("999/KH-TN", s.Plan.Reference.Date)) }),
        new("attachment cites another report date", new[] { "BC003" }, s => s with { Report = WithReport(s.Report, attachments: new[]
            { new ReportAttachment("Kết quả", new DocumentReference(s.Report.Reference.Number, s.Report.Reference.Date!.Value.PlusYears(-1))) }) }),
        new("plan item missing from report", new[] { "BC004" }, s => s with { Report = WithReport(s.Report, groups: s.Report.Groups.Select((g, gi) =>
            gi == 0 ? new TableGroup<ReportRow>(g.RowNumber, g.Heading.Text, g.Rows.Skip(1)) : g)) }),
        new("report row not in plan", new[] { "BC005" }, s =>
        {
            CriterionId extra = Unplanned(s);
            var group = new TableGroup<ReportRow>((s.Report.Groups.Count + 1).ToString(), $"Tiêu chuẩn {extra.Standard}: {Tt18.FindStandard(extra.Standard)!.Title}",
                [new ReportRow(extra) { PlanAsWritten = "Bổ sung thiết bị", PlanAsAdjusted = "Không", Completed = "Đã bổ sung", InProgress = "Không", NotStarted = "Không" }]);
            return s with { Report = WithReport(s.Report, groups: s.Report.Groups.Append(group)) };
        }),
        new("row without outcome", new[] { "BC006" }, s => s with { Report = MapFirstRow(s.Report, r => Row(r, completed: "", inProgress: "Không", notStarted: "Không có")) }),
        new("late without reason", new[] { "BC007" }, s => s with { Report = MapFirstRow(s.Report, r => Row(r, inProgress: "Đang triển khai", late: true)) }),
        new("not started without reason", new[] { "BC008" }, s => s with { Report = MapFirstRow(s.Report, r => Row(r, notStarted: "Mua sắm máy tính")) }),
        new("completed repeats the task", new[] { "BC009" }, s => s with { Report = MapFirstRow(s.Report, r => Row(r, completed: s.Plan.Items.First().Tasks[0].Description)) }),
        new("expected date already past", new[] { "BC010" }, s => s with { Report = MapFirstRow(s.Report, r => Row(r, inProgress: $"Tổ chức hội thảo, dự kiến tháng 10/{s.Plan.SchoolYear.StartYear}")) }),
        new("done on a date after the report", new[] { "BC011" }, s => s with { Report = MapFirstRow(s.Report, r => Row(r,
            completed: $"Đã tổ chức ngày {s.Report.Reference.Date!.Value.PlusDays(5).Day}/{s.Report.Reference.Date.Value.PlusDays(5).Month}/{s.Report.Reference.Date.Value.PlusDays(5).Year}")) }),
        new("plan dated after its report", new[] { "BC012" }, s =>
        {
            var late = new DocumentReference(s.Plan.Reference.Number, s.Report.Reference.Date!.Value.PlusDays(1));
            return s with { Plan = With(s.Plan, reference: late), Report = WithReport(s.Report, planCited: late) };
        }),
        new("report dated before semester I ends", new[] { "BC013" }, s =>
        {
            var early = new DocumentReference(s.Report.Reference.Number, Calendar(s).SemesterOneLastDay.PlusDays(-20));
            return s with { Report = WithReport(s.Report, reference: early, attachments: new[] { new ReportAttachment("Kết quả", early) }) };
        }),
        new("report text copied from an old year", new[] { "BC014" }, s => s with { Report = MapFirstRow(s.Report, r => Row(r,
            completed: $"{r.Completed}. Năm học {s.Plan.SchoolYear.Previous}, đã làm")) }),
        new("plan column holds the weakness", new[] { "BC015" }, s => s with { Report = MapFirstRow(s.Report, r => Row(r, plan: "Đồ dùng dạy học tự làm của giáo viên còn hạn chế")) }),
        new("no adjustment stated anywhere", new[] { "BC016" }, s => s with { Report = WithReport(s.Report, groups: s.Report.Groups.Select(g =>
            new TableGroup<ReportRow>(g.RowNumber, g.Heading.Text, g.Rows.Select(r => Row(r, adjusted: "Không có"))))) }),
        // Supervision
        new("two leaders", new[] { "GS001" }, s => Team(s, m => m.Select((x, i) => i == 1 ? Member(x, role: TeamRole.Leader) : x))),
        new("member without role", new[] { "GS002" }, s => Team(s, m => m.Select((x, i) => i == 1 ? Member(x, role: TeamRole.Unspecified) : x))),
        new("duplicate member number", new[] { "GS003" }, s => Team(s, m => m.Select((x, i) => i == 1 ? Member(x, number: "1.") : x))),
        new("minutes before the decision", new[] { "GS004" }, s => Team(s, m => m, new DocumentReference(s.Team.Decision.Number, s.Minutes[0].Date!.Value.PlusDays(1)))),
        new("minutes outside the year", new[] { "GS005" }, s => s with { Minutes = new[] { s.Minutes[0], new SupervisionMinutes { Date = s.Plan.SchoolYear.Next.AdministrativeYear.Start.PlusDays(3), Place = "Phòng họp", Attendees = s.Minutes[1].Attendees } } }),
        new("minutes without the leader", new[] { "GS006" }, s => s with { Minutes = new[] { s.Minutes[0], new SupervisionMinutes { Date = s.Minutes[1].Date, Place = "Phòng họp", Attendees = s.Minutes[1].Attendees.Skip(1).ToList() } } }),
        // Documents
        new("plan without number", new[] { "VB001" }, s => Plan(s, With(s.Plan, reference: new DocumentReference("Số: /KH-TN", s.Plan.Reference.Date)))),
        new("decision without date", new[] { "VB002" }, s => Team(s, m => m, new DocumentReference(s.Team.Decision.Number, null))),
    };
}
