using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Text;
using CaiTien.Import.Layout;
using NodaTime;

namespace CaiTien.Import.Recognition;

/// <summary>
/// Recognises an improvement plan (kế hoạch cải tiến chất lượng) under TT 18: its number and date, school year, basis
/// (with the self-assessment table when the plan copies it), its table — level headings, standard headings, items with
/// their tasks, leads, timeframes and budget — from a Word table, a text export's table, or text without cells.
/// </summary>
internal static class PlanRecognizer
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly Regex BasisHeading = new(@"can cu xay dung ke hoach", Options);
    private static readonly Regex ContentHeading = new(@"noi dung ke hoach cai tien chat luong", Options);
    private static readonly Regex Organisation = new(@"^(?:[ivx]+\s*[.)]\s*)?to chuc thuc hien\b", Options);
    private static readonly Regex RomanHeading = new(@"^[ivx]{1,4}\s*[.)]\s+\S", Options);
    private static readonly Regex MonthYear = new(@"thang\s*(?<m>[0-9]{1,2})\s*(?:nam|/)\s*(?<y>[0-9]{4})|(?<![0-9])(?<m>[0-9]{1,2})\s*/\s*(?<y>[0-9]{4})(?![0-9])", Options);
    private static readonly Regex MarkRow = new(@"^(?:tieu chuan\s*[0-9]{1,2}|tieu chi\s*[0-9]{1,2}\s*[.,]\s*[0-9]{1,2})\b", Options);

    internal static ImprovementPlan? Recognize(List<FlowLine> all, Segment segment, LayoutOrigin origin, ImportOptions options, Notes notes)
    {
        List<FlowLine> lines = all.GetRange(segment.Start, segment.End - segment.Start);
        int titleAt = segment.Title < 0 ? 0 : segment.Title - segment.Start;
        List<FlowLine> header = lines.Take(titleAt).ToList();
        List<FlowLine> titleBlock = lines.Skip(titleAt).Take(4).ToList();

        DocumentReference reference = ReadReference(header, notes);
        int basisAt = lines.FindIndex(l => !l.IsTable && BasisHeading.IsMatch(l.Folded));
        int contentAt = lines.FindIndex(l => !l.IsTable && ContentHeading.IsMatch(l.Folded));
        int organisationAt = lines.FindIndex(Math.Max(0, contentAt), l => !l.IsTable && Organisation.IsMatch(l.Folded.Trim()));
        if (organisationAt < 0)
        {
            organisationAt = lines.Count;
        }

        // The table: a Word or text table whose header is a plan's, else the lines of the content section read as a flow.
        List<LogicalRow> rows;
        FlowLine? tableLine = lines.Skip(Math.Max(0, contentAt)).FirstOrDefault(l => l.IsTable && LogicalTable.HeaderKinds(l.Table!).Count(Columns.IsPlanKind) >= 2);
        if (tableLine is not null)
        {
            rows = LogicalTable.Read(tableLine.Table!, origin == LayoutOrigin.Text, notes).Rows;
        }
        else if (contentAt >= 0)
        {
            rows = FlowTable.Read(lines.GetRange(contentAt + 1, organisationAt - contentAt - 1), notes);
        }
        else
        {
            notes.Unread("IMP300", lines[0].Source, "Không thấy bảng nội dung kế hoạch", "The plan's table was not found", lines[0].Text);
            rows = new List<LogicalRow>();
        }

        SchoolYear? year = DocumentText.SchoolYearIn(string.Join(" ", titleBlock.Select(l => l.Folded)));
        if (year is null)
        {
            year = YearFromTimeframes(rows);
            if (year is not null)
            {
                notes.Inferred("IMP301", lines[0].Source, $"Kế hoạch không ghi năm học: đọc là {year} theo thời gian thực hiện trong bảng",
                    $"The plan states no school year: read as {year} from the timeframes in its table");
            }
            else if (reference.Date is { } date)
            {
                // A plan is written from May for the coming year, or during the year it covers.
                year = new SchoolYear(date.Month >= 5 ? date.Year : date.Year - 1);
                notes.Inferred("IMP301", lines[0].Source, $"Kế hoạch không ghi năm học: đọc là {year} theo ngày ban hành", $"The plan states no school year: read as {year} from its date");
            }
        }
        if (year is null)
        {
            notes.Unread("IMP302", lines[0].Source, "Không đọc được năm học của kế hoạch nên không dựng được kế hoạch", "The plan's school year cannot be read, so the plan cannot be built", lines[0].Text);
            return null;
        }

        (string schoolName, SchoolId school) = School(lines, all, options, notes);
        PlanBasis basis = basisAt >= 0 ? ReadBasis(lines.GetRange(basisAt + 1, (contentAt > basisAt ? contentAt : lines.Count) - basisAt - 1), notes) : PlanBasis.Empty;
        (List<TableGroup<PlanItem>> groups, Level? target) = Build(rows, notes);
        FrameworkVersion framework = Framework(options, year.Value, reference.Date);
        string id = reference.HasNumber ? "kh-" + DocumentText.Slug(reference.DisplayNumber) : "kh-" + year.Value;
        ReportSkipped(lines, titleAt, basisAt, contentAt, organisationAt, notes);
        return new ImprovementPlan(framework, year.Value)
        {
            Id = PlanId.IsValid(id) ? new PlanId(id) : default,
            School = school,
            SchoolName = schoolName,
            Reference = reference,
            Basis = basis,
            Groups = groups,
            TargetSchoolLevel = target,
        };
    }

    internal static DocumentReference ReadReference(List<FlowLine> header, Notes notes)
    {
        var number = DocumentText.Number(header);
        var placeDate = DocumentText.PlaceAndDate(header);
        if (number is not null)
        {
            notes.Read("IMP303", number.Value.Source, "Số văn bản", "Document number", number.Value.Text);
        }
        if (placeDate is not null)
        {
            notes.Read("IMP304", placeDate.Value.Source, $"Địa danh và ngày ban hành: {placeDate.Value.Date:dd/MM/yyyy}", $"Place and date: {placeDate.Value.Date:yyyy-MM-dd}");
        }
        return number is null && placeDate is null ? DocumentReference.Missing : new DocumentReference(number?.Text, placeDate?.Date);
    }

    internal static (string Name, SchoolId Id) School(List<FlowLine> lines, List<FlowLine> all, ImportOptions options, Notes notes)
    {
        string? name = DocumentText.SchoolName(lines);
        if (name is null)
        {
            name = DocumentText.SchoolName(all);
            if (name is not null)
            {
                notes.Inferred("IMP305", lines[0].Source, $"Văn bản không ghi tên trường: dùng tên trường ở các văn bản khác trong cùng tệp ({name})",
                    $"The document names no school: using the school named by the other documents in the file ({name})");
            }
        }
        SchoolId id = default;
        if (options.SchoolId is not null)
        {
            id = new SchoolId(options.SchoolId);
        }
        else if (name is not null)
        {
            string slug = DocumentText.Slug(name.StartsWith("Trường ", StringComparison.Ordinal) ? name.Substring(7) : name);
            id = SchoolId.IsValid(slug) ? new SchoolId(slug) : default;
        }
        return (name ?? string.Empty, id);
    }

    internal static FrameworkVersion Framework(ImportOptions options, SchoolYear year, LocalDate? date)
    {
        LocalDate on = date ?? new LocalDate(year.StartYear, 9, 5);
        return options.Frameworks.FindInForce(on, SchoolType.LowerSecondary) ?? options.Frameworks.FindInForce(on, SchoolType.UpperSecondary)
            ?? (options.Frameworks.Frameworks.Count > 0 ? options.Frameworks.Frameworks[0] : KnownFrameworks.Tt18);
    }

    private static SchoolYear? YearFromTimeframes(List<LogicalRow> rows)
    {
        var votes = new Dictionary<int, int>();
        foreach (LogicalRow row in rows.Where(r => r.Kind == RowKind.Item))
        {
            foreach (Match m in MonthYear.Matches(VietnameseText.Fold(row.Value(ColumnKind.Timeframe))))
            {
                int month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (month is >= 1 and <= 12)
                {
                    int start = month >= 8 ? y : y - 1;
                    votes[start] = votes.TryGetValue(start, out int n) ? n + 1 : 1;
                }
            }
        }
        return votes.Count == 0 ? null : new SchoolYear(votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First().Key);
    }

    private static PlanBasis ReadBasis(List<FlowLine> lines, Notes notes)
    {
        string period = string.Empty;
        DocumentReference? external = null;
        string previous = string.Empty;
        var tableLines = new List<FlowLine>();
        List<SelfAssessmentRow>? table = null;
        for (int i = 0; i < lines.Count; i++)
        {
            FlowLine line = lines[i];
            string f = line.Folded.Trim();
            if (line.IsTable)
            {
                table = MarkTables.FromTable(line.Table!, notes);
                continue;
            }
            if (MarkRow.IsMatch(f) || MarkTables.CountMarks(f) > 0 || (tableLines.Count > 0 && MarkTables.IsHeaderWord(f)) || IsTableHeaderStart(f, lines, i))
            {
                tableLines.Add(line);
                continue;
            }
            string text = DocumentText.WithoutListMarker(line.Text);
            string folded = VietnameseText.Fold(text);
            if (folded.Contains("bao cao tu danh gia", StringComparison.Ordinal))
            {
                Match m = Regex.Match(text, @"\((?<p>[^)]*)\)");
                period = m.Success ? m.Groups["p"].Value.Trim() : string.Empty;
                notes.Read("IMP310", line.Source, "Căn cứ: báo cáo tự đánh giá", "Basis: the self-assessment report", line.Text);
            }
            else if (folded.Contains("bao cao danh gia ngoai", StringComparison.Ordinal))
            {
                string? number = DocumentText.NumberAfterSo(text);
                LocalDate? date = DateReading.FindAny(folded)?.Date;
                if (number is not null || date is not null)
                {
                    external = new DocumentReference(number, date);
                    notes.Read("IMP311", line.Source, "Căn cứ: báo cáo đánh giá ngoài", "Basis: the external evaluation report", line.Text);
                }
                else
                {
                    notes.Read("IMP312", line.Source, "Căn cứ báo cáo đánh giá ngoài nhưng không ghi số, ngày", "The external evaluation report is cited without number or date", line.Text);
                }
            }
            else if (folded.Contains("ket qua thuc hien cai tien chat luong", StringComparison.Ordinal))
            {
                string sentence = text;
                // The sentence may wrap; it ends at its punctuation or where the next item of the list begins.
                while (!sentence.TrimEnd().EndsWith(';') && !sentence.TrimEnd().EndsWith('.') && i + 1 < lines.Count && !lines[i + 1].IsTable
                       && !RomanHeading.IsMatch(lines[i + 1].Folded) && DocumentText.WithoutListMarker(lines[i + 1].Text) == lines[i + 1].Text)
                {
                    sentence += " " + lines[++i].Text;
                }
                previous = sentence;
                notes.Read("IMP313", line.Source, "Căn cứ: kết quả cải tiến chất lượng đã đạt được", "Basis: the improvement results achieved", sentence);
            }
        }
        if (table is null && tableLines.Count > 0)
        {
            table = MarkTables.FromLines(tableLines, 3, notes);
        }
        return new PlanBasis { SelfAssessmentPeriod = period, ExternalEvaluation = external, PreviousResults = previous, SelfAssessment = table ?? new List<SelfAssessmentRow>() };
    }

    // The self-assessment table's header in a flow export: "Tiêu chuẩn," / "tiêu chí" / "Kết quả" / "Không" / "đạt" / "Mức 1 Mức 2 Mức 3".
    private static bool IsTableHeaderStart(string folded, List<FlowLine> lines, int i)
        => folded is "tieu chuan," or "tieu chi" or "ket qua" or "khong" or "dat" or "khong dat" || folded.StartsWith("muc 1 muc 2", StringComparison.Ordinal);

    private static (List<TableGroup<PlanItem>> Groups, Level? Target) Build(List<LogicalRow> rows, Notes notes)
    {
        var groups = new List<(string Number, string Heading, List<PlanItem> Items)>();
        Level? target = null;
        foreach (LogicalRow row in rows)
        {
            switch (row.Kind)
            {
                case RowKind.Level:
                    var levels = Regex.Matches(VietnameseText.Fold(row.Label), "[1-4]").Select(m => m.Value[0] - '0').ToList();
                    target = new Level(levels.Max());
                    if (levels.Count > 1)
                    {
                        notes.Inferred("IMP320", row.Source, $"Tiêu đề \"{row.Label}\" nêu nhiều mức: mức trường hướng tới đọc là Mức {levels.Max()}",
                            $"The heading \"{row.Label}\" names several levels: the school level aimed at is read as Mức {levels.Max()}", row.Label);
                    }
                    break;
                case RowKind.Group:
                    groups.Add((row.Number, row.Label, new List<PlanItem>()));
                    break;
                case RowKind.Item:
                    if (groups.Count == 0)
                    {
                        notes.Inferred("IMP321", row.Source, "Tiêu chí đứng trước mọi tiêu đề tiêu chuẩn: xếp vào một nhóm không tiêu đề", "A criterion before any standard heading: placed in a group without heading", row.Label);
                        groups.Add((string.Empty, string.Empty, new List<PlanItem>()));
                    }
                    List<PlanItem> items = groups[^1].Items;
                    var task = TaskOf(row);
                    if (row.IsAnotherTask && items.Count > 0)
                    {
                        PlanItem previous = items[^1];
                        items[^1] = With(previous, previous.Tasks.Append(task));
                        continue;
                    }
                    string targetText = row.Value(ColumnKind.TargetResult);
                    ParseResult<Level> level = Level.Parse(Regex.Replace(targetText, @"^\s*[Đđ]ạt\s+", string.Empty));
                    items.Add(new PlanItem(row.Label)
                    {
                        TargetResult = targetText,
                        Tasks = task.Description.Length + task.Lead.Length + task.Timeframe.Length == 0 ? Array.Empty<PlanTask>() : new[] { task },
                        TargetLevel = level.Success && !level.Value.IsNotMet ? level.Value : null,
                        CurrentLevel = Level.Parse(row.Value(ColumnKind.CurrentLevel)) is { Success: true } current ? current.Value : null,
                        Budget = row.Value(ColumnKind.Budget),
                        OtherSupport = row.Value(ColumnKind.OtherSupport),
                        Notes = row.Value(ColumnKind.Notes),
                    });
                    notes.Read("IMP322", row.Source, $"Dòng kế hoạch của {row.Label}", $"Plan row of {row.Label}");
                    break;
            }
        }
        return (groups.Select(g => new TableGroup<PlanItem>(g.Number, g.Heading, g.Items)).ToList(), target);
    }

    private static PlanTask TaskOf(LogicalRow row)
    {
        (string lead, List<string> collaborators) = People.SplitLead(row.Value(ColumnKind.Lead));
        return new PlanTask { Description = row.Value(ColumnKind.Task), Lead = lead, Timeframe = row.Value(ColumnKind.Timeframe), Collaborators = collaborators };
    }

    private static PlanItem With(PlanItem item, IEnumerable<PlanTask> tasks) => new(item.CriterionText)
    {
        TargetResult = item.TargetResult,
        Tasks = tasks.ToList(),
        TargetLevel = item.TargetLevel,
        CurrentLevel = item.CurrentLevel,
        Budget = item.Budget,
        OtherSupport = item.OtherSupport,
        Notes = item.Notes,
    };

    private static void ReportSkipped(List<FlowLine> lines, int titleAt, int basisAt, int contentAt, int organisationAt, Notes notes)
    {
        if (organisationAt < lines.Count)
        {
            notes.Read("IMP330", lines[organisationAt].Source, "Phần tổ chức thực hiện, nơi nhận và ký tên không thuộc mô hình kế hoạch", "The organisation section, recipients and signature are not part of the plan model", lines[organisationAt].Text);
        }
        int firstSection = basisAt >= 0 ? basisAt : contentAt;
        if (firstSection > titleAt + 1)
        {
            notes.Read("IMP331", lines[Math.Min(titleAt + 1, lines.Count - 1)].Source, "Phần mục đích, yêu cầu không thuộc mô hình kế hoạch", "The purpose section is not part of the plan model");
        }
    }
}
