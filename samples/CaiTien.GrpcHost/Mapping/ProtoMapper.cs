using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CaiTien.Domain;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Rules;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Tracking;
using CaiTien.GrpcHost.Infrastructure;
using NodaTime;
using D = CaiTien.Domain;
using P = CaiTien.V1;

namespace CaiTien.GrpcHost.Mapping;

/// <summary>
/// The one place where protobuf messages and domain values meet. Requests map to domain values with every malformed
/// field collected as a violation; document content that is merely wrong passes through for the rules to report.
/// </summary>
internal static class ProtoMapper
{

    // ---------- dates and small values ----------

    public static LocalDate? ToDate(Google.Type.Date? date, string field, Violations v)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
        {
            return null;
        }
        if (date.Year is < 1900 or > 2199 || date.Month is < 1 or > 12 || date.Day < 1 || date.Day > CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month))
        {
            v.Add(field, $"Ngày {date.Day}/{date.Month}/{date.Year} không có thật", $"{date.Year}-{date.Month}-{date.Day} is not a real date");
            return null;
        }
        return new LocalDate(date.Year, date.Month, date.Day);
    }

    public static Google.Type.Date? ToProto(LocalDate? date)
        => date is { } d ? new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day } : null;

    public static P.DateRange ToProto(DateInterval interval) => new() { Start = ToProto(interval.Start), End = ToProto(interval.End) };

    public static SchoolYear? ToSchoolYear(string text, string field, Violations v, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                v.Add(field, "Thiếu năm học (dạng \"2023-2024\")", "The school year is required (like \"2023-2024\")");
            }
            return null;
        }
        D.ParseResult<SchoolYear> year = SchoolYear.Parse(text);
        if (!year.Success)
        {
            v.Add(field, year.Failure!.Message.Vietnamese, year.Failure.Message.English);
            return null;
        }
        return year.Value;
    }

    public static FrameworkVersion? ToFramework(string name, string field, Violations v, LocalDate? inForceOn)
    {
        if (string.IsNullOrEmpty(name))
        {
            if (inForceOn is { } date && FrameworkCatalog.Default.FindInForce(date, SchoolType.LowerSecondary) is { } f)
            {
                return f;
            }
            v.Add(field, "Không có bộ tiêu chuẩn nào có hiệu lực cho năm học này; hãy ghi rõ, ví dụ \"frameworks/tt18-2018\"",
                "No framework is in force for this school year; name one, such as \"frameworks/tt18-2018\"");
            return null;
        }
        FrameworkVersion? found = name.StartsWith("frameworks/", StringComparison.Ordinal) && FrameworkId.Parse(name.Substring(11)) is { Success: true } id
            ? FrameworkCatalog.Default.Find(id.Value)
            : null;
        if (found is null)
        {
            v.Add(field, $"Không có bộ tiêu chuẩn \"{name}\" (dạng frameworks/tt18-2018)", $"Unknown framework \"{name}\" (like frameworks/tt18-2018)");
        }
        return found;
    }

    public static string FrameworkName(FrameworkVersion f) => $"frameworks/{f.Id}";

    private static Level? ToLevel(bool has, int value, string field, Violations v)
    {
        if (!has)
        {
            return null;
        }
        if (value is < 0 or > Level.MaxValue)
        {
            v.Add(field, $"Mức {value} ngoài khoảng 0–{Level.MaxValue} (0 là không đạt)", $"Level {value} is outside 0–{Level.MaxValue} (0 is không đạt)");
            return null;
        }
        return new Level(value);
    }

    private static T CheckEnum<T>(T value, string field, Violations v)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            v.Add(field, $"Giá trị {Convert.ToInt32(value)} không hợp lệ cho {typeof(T).Name}", $"{Convert.ToInt32(value)} is not a valid {typeof(T).Name}");
        }
        return value;
    }

    // ---------- documents: proto → domain ----------

    public static DocumentReference ToDomain(P.DocumentReference? r, string field, Violations v)
        => r is null ? DocumentReference.Missing : new DocumentReference(r.Number, ToDate(r.Date, field + ".date", v), r.Issuer);

    public static ImprovementPlan? ToDomain(P.Plan? plan, string field, Violations v, PlanId? id = null, SchoolId? school = null)
    {
        if (plan is null)
        {
            v.Add(field, "Thiếu kế hoạch", "The plan is required");
            return null;
        }
        SchoolYear? year = ToSchoolYear(plan.SchoolYear, field + ".school_year", v, required: true);
        FrameworkVersion? framework = year is { } y ? ToFramework(plan.Framework, field + ".framework", v, CalendarProvider.National.For(y).Opening) : null;
        DocumentReference reference = ToDomain(plan.Reference, field + ".reference", v);
        var basis = plan.Basis is null ? PlanBasis.Empty : new PlanBasis
        {
            SelfAssessmentPeriod = plan.Basis.SelfAssessmentPeriod,
            ExternalEvaluation = plan.Basis.ExternalEvaluation is null ? null : ToDomain(plan.Basis.ExternalEvaluation, field + ".basis.external_evaluation", v),
            PreviousResults = plan.Basis.PreviousResults,
            SelfAssessment = plan.Basis.SelfAssessment.Select((r, i) => r.LevelMarks.Count > Level.MaxValue
                ? Reject(v, $"{field}.basis.self_assessment[{i}].level_marks", "Tối đa 4 cột mức", "At most four level columns", new SelfAssessmentRow(r.Label) { NotMet = r.NotMet })
                : new SelfAssessmentRow(r.Label) { NotMet = r.NotMet, LevelMarks = r.LevelMarks }).ToList(),
        };
        var groups = plan.Groups.Select((g, gi) => new TableGroup<PlanItem>(g.RowNumber, g.Heading, g.Items.Select((item, ii) =>
        {
            string path = $"{field}.groups[{gi}].items[{ii}]";
            return new PlanItem(item.Criterion)
            {
                TargetResult = item.TargetResult,
                Tasks = item.Tasks.Select(t => new PlanTask { Description = t.Description, Lead = t.Lead, Timeframe = t.Timeframe, Collaborators = t.Collaborators }).ToList(),
                CurrentLevel = ToLevel(item.HasCurrentLevel, item.CurrentLevel, path + ".current_level", v),
                TargetLevel = ToLevel(item.HasTargetLevel, item.TargetLevel, path + ".target_level", v),
                Budget = item.Budget,
                OtherSupport = item.OtherSupport,
                Notes = item.Notes,
            };
        }).ToList())).ToList();
        Level? target = ToLevel(plan.HasTargetSchoolLevel, plan.TargetSchoolLevel, field + ".target_school_level", v);
        if (year is null || framework is null || v.Any)
        {
            return null;
        }
        return new ImprovementPlan(framework, year.Value)
        {
            Id = id ?? default, School = school ?? default, SchoolName = plan.SchoolName, Reference = reference, Basis = basis, Groups = groups, TargetSchoolLevel = target,
        };
    }

    public static ImplementationReport? ToDomain(P.Report? report, string field, Violations v)
    {
        if (report is null)
        {
            v.Add(field, "Thiếu báo cáo", "The report is required");
            return null;
        }
        SchoolYear? stated = ToSchoolYear(report.StatedSchoolYear, field + ".stated_school_year", v, required: false);
        var groups = report.Groups.Select(g => new TableGroup<ReportRow>(g.RowNumber, g.Heading, g.Rows.Select(r => new ReportRow(r.Criterion)
        {
            PlanAsWritten = r.PlanAsWritten, PlanAsAdjusted = r.PlanAsAdjusted, Completed = r.Completed, InProgress = r.InProgress, IsLate = r.IsLate,
            LateReason = r.LateReason, NotStarted = r.NotStarted, NotStartedReason = r.NotStartedReason, Notes = r.Notes,
        }).ToList())).ToList();
        var attachments = report.Attachments.Select((a, i) => new ReportAttachment(a.Title, ToDomain(a.ReportCited, $"{field}.attachments[{i}].report_cited", v))).ToList();
        var reference = ToDomain(report.Reference, field + ".reference", v);
        var cited = ToDomain(report.PlanCited, field + ".plan_cited", v);
        return v.Any ? null : new ImplementationReport
        {
            Reference = reference, StatedSchoolYear = stated, PlanCited = cited, Groups = groups, Attachments = attachments,
        };
    }

    public static (SupervisionTeam Team, List<SupervisionMinutes> Minutes)? ToDomain(P.Supervision? s, string field, Violations v)
    {
        if (s is null)
        {
            v.Add(field, "Thiếu hồ sơ giám sát", "The supervision record is required");
            return null;
        }
        var members = s.Members.Select((m, i) => new TeamMember(m.Name)
        {
            Number = m.Number, Position = m.Position,
            Role = EnumMaps.TeamRoles.ToDomain(CheckEnum(m.Role, $"{field}.members[{i}].role", v)) ?? TeamRole.Unspecified,
        }).ToList();
        var minutes = s.Minutes.Select((m, i) => new SupervisionMinutes
        {
            Date = ToDate(m.Date, $"{field}.minutes[{i}].date", v), Place = m.Place, Attendees = m.Attendees, CheckedItems = m.CheckedItems,
            Strengths = m.Strengths, Limitations = m.Limitations, Recommendations = m.Recommendations,
        }).ToList();
        var decision = ToDomain(s.Decision, field + ".decision", v);
        return v.Any ? null : (new SupervisionTeam { Decision = decision, Members = members }, minutes);
    }

    private static T Reject<T>(Violations v, string field, string vi, string en, T placeholder)
    {
        v.Add(field, vi, en);
        return placeholder;
    }

    // ---------- documents: domain → proto (round trip for tests and examples) ----------

    public static P.DocumentReference ToProto(DocumentReference r) => new() { Number = r.Number, Date = ToProto(r.Date), Issuer = r.Issuer };

    public static P.Plan ToProto(ImprovementPlan plan)
    {
        var proto = new P.Plan
        {
            SchoolName = plan.SchoolName,
            Framework = FrameworkName(plan.Framework),
            SchoolYear = plan.SchoolYear.ToString(),
            Reference = ToProto(plan.Reference),
            Basis = new P.PlanBasis
            {
                SelfAssessmentPeriod = plan.Basis.SelfAssessmentPeriod,
                ExternalEvaluation = plan.Basis.ExternalEvaluation is { } e ? ToProto(e) : null,
                PreviousResults = plan.Basis.PreviousResults,
            },
        };
        proto.Basis.SelfAssessment.AddRange(plan.Basis.SelfAssessment.Select(r =>
        {
            var row = new P.SelfAssessmentRow { Label = r.Label, NotMet = r.NotMet };
            row.LevelMarks.AddRange(r.LevelMarks);
            return row;
        }));
        if (plan.TargetSchoolLevel is { } t)
        {
            proto.TargetSchoolLevel = t.Value;
        }
        proto.Groups.AddRange(plan.Groups.Select(g =>
        {
            var group = new P.PlanGroup { RowNumber = g.RowNumber, Heading = g.Heading.Text };
            group.Items.AddRange(g.Rows.Select(i =>
            {
                var item = new P.PlanItem { Criterion = i.CriterionText, TargetResult = i.TargetResult, Budget = i.Budget, OtherSupport = i.OtherSupport, Notes = i.Notes };
                if (i.CurrentLevel is { } c)
                {
                    item.CurrentLevel = c.Value;
                }
                if (i.TargetLevel is { } tl)
                {
                    item.TargetLevel = tl.Value;
                }
                item.Tasks.AddRange(i.Tasks.Select(task =>
                {
                    var pt = new P.PlanTask { Description = task.Description, Lead = task.Lead, Timeframe = task.Timeframe };
                    pt.Collaborators.AddRange(task.Collaborators);
                    return pt;
                }));
                return item;
            }));
            return group;
        }));
        return proto;
    }

    public static P.Report ToProto(ImplementationReport report)
    {
        var proto = new P.Report
        {
            Reference = ToProto(report.Reference),
            StatedSchoolYear = report.StatedSchoolYear?.ToString() ?? string.Empty,
            PlanCited = ToProto(report.PlanCited),
        };
        proto.Groups.AddRange(report.Groups.Select(g =>
        {
            var group = new P.ReportGroup { RowNumber = g.RowNumber, Heading = g.Heading.Text };
            group.Rows.AddRange(g.Rows.Select(r => new P.ReportRow
            {
                Criterion = r.CriterionText, PlanAsWritten = r.PlanAsWritten, PlanAsAdjusted = r.PlanAsAdjusted, Completed = r.Completed,
                InProgress = r.InProgress, IsLate = r.IsLate, LateReason = r.LateReason, NotStarted = r.NotStarted,
                NotStartedReason = r.NotStartedReason, Notes = r.Notes,
            }));
            return group;
        }));
        proto.Attachments.AddRange(report.Attachments.Select(a => new P.ReportAttachment { Title = a.Title, ReportCited = ToProto(a.ReportCited) }));
        return proto;
    }

    public static P.Supervision ToProto(SupervisionTeam team, IEnumerable<SupervisionMinutes> minutes)
    {
        var proto = new P.Supervision { Decision = ToProto(team.Decision) };
        proto.Members.AddRange(team.Members.Select(m => new P.TeamMember { Number = m.Number, Name = m.Name, Position = m.Position, Role = EnumMaps.TeamRoles.ToProto(m.Role) }));
        proto.Minutes.AddRange(minutes.Select(m =>
        {
            var pm = new P.SupervisionMinutes { Date = ToProto(m.Date), Place = m.Place, Strengths = m.Strengths, Limitations = m.Limitations, Recommendations = m.Recommendations };
            pm.Attendees.AddRange(m.Attendees);
            pm.CheckedItems.AddRange(m.CheckedItems);
            return pm;
        }));
        return proto;
    }

    // ---------- checks ----------

    public static CheckOptions ToDomain(P.CheckOptions? options, string field, Violations v, string? acceptLanguage = null)
    {
        if (options is null)
        {
            return new CheckOptions { Language = LanguageOf(acceptLanguage) };
        }
        var known = ConsistencyChecker.BuiltInRules.Select(r => r.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, i) in options.Codes.Select((c, i) => (c, i)).Where(x => !known.Contains(x.c)))
        {
            v.Add($"{field}.codes[{i}]", $"Không có quy tắc \"{code}\"", $"No rule \"{code}\"");
        }
        var overrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, severity) in options.SeverityOverrides)
        {
            if (!known.Contains(code))
            {
                v.Add($"{field}.severity_overrides[{code}]", $"Không có quy tắc \"{code}\"", $"No rule \"{code}\"");
            }
            else if (severity == P.Severity.Unspecified || !Enum.IsDefined(severity))
            {
                v.Add($"{field}.severity_overrides[{code}]", "Mức độ không hợp lệ", "Invalid severity");
            }
            else
            {
                overrides[code] = EnumMaps.Severities.ToDomain(severity)!.Value;
            }
        }
        CheckEnum(options.MinimumSeverity, field + ".minimum_severity", v);
        CheckEnum(options.DeadlineMode, field + ".deadline_mode", v);
        if (v.Any)
        {
            return CheckOptions.Default;
        }
        var calendars = EnumMaps.DeadlineModes.ToDomain(options.DeadlineMode) == DeadlineMode.Exclusive ? new CalendarProvider(DeadlineMode.Exclusive) : CalendarProvider.National;
        Severity minimum = EnumMaps.Severities.ToDomain(options.MinimumSeverity) ?? Severity.Info;
        MessageLanguage? asked = options.Language.Length > 0 ? Language(options.Language) : LanguageOf(acceptLanguage);
        if (asked is null)
        {
            v.Add(field + ".language", "Ngôn ngữ phải là \"vi\", \"en\" hoặc \"vi,en\"", "The language must be \"vi\", \"en\" or \"vi,en\"");
            return CheckOptions.Default;
        }
        return new CheckOptions
        {
            Calendars = calendars, Codes = options.Codes.Count == 0 ? null : options.Codes, MinimumSeverity = minimum, SeverityOverrides = overrides,
            Language = asked.Value,
        };
    }

    /// <summary>"vi", "en", "vi,en" (both), or a BCP 47 tag read by its language; <c>null</c> when not one of them.</summary>
    private static MessageLanguage? Language(string text)
    {
        string tag = text.Trim().ToLowerInvariant();
        if (tag.Replace(" ", string.Empty) is "vi,en" or "en,vi" or "both")
        {
            return MessageLanguage.Both;
        }
        string primary = tag.Split('-', '_')[0];
        return primary switch { "vi" => MessageLanguage.Vietnamese, "en" => MessageLanguage.English, _ => null };
    }

    /// <summary>The language an Accept-Language header prefers among Vietnamese and English (by q-value, then order); Vietnamese when neither.</summary>
    private static MessageLanguage LanguageOf(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage))
        {
            return MessageLanguage.Vietnamese;
        }
        var ranked = acceptLanguage.Split(',').Select((part, i) =>
        {
            string[] pieces = part.Split(';');
            double q = 1;
            foreach (string p in pieces.Skip(1))
            {
                string kv = p.Trim();
                if (kv.StartsWith("q=", StringComparison.Ordinal) && !double.TryParse(kv.AsSpan(2), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out q))
                {
                    q = 0;
                }
            }
            return (Language: Language(pieces[0]), Q: q, Order: i);
        }).Where(x => x.Language is not null && x.Q > 0).OrderByDescending(x => x.Q).ThenBy(x => x.Order);
        return ranked.Select(x => x.Language!.Value).FirstOrDefault(MessageLanguage.Vietnamese);
    }

    public static P.CheckResponse ToProto(CheckResult result, bool supervision = false, bool plan = false)
    {
        var response = new P.CheckResponse
        {
            ErrorCount = result.Count(Severity.Error),
            WarningCount = result.Count(Severity.Warning),
            InfoCount = result.Count(Severity.Info),
        };
        long bytes = 0;
        foreach (Finding f in result.Findings)
        {
            if (response.Findings.Count == MaxFindings || bytes > MaxFindingBytes)
            {
                response.Truncated = true;
                break;
            }
            P.Finding proto = ToProto(f, supervision, plan);
            bytes += proto.CalculateSize();
            response.Findings.Add(proto);
        }
        if (response.Truncated || result.Findings.Count > SummaryFrom)
        {
            response.Summary.AddRange(result.Findings.GroupBy(f => (f.Code, f.Rule, f.Severity))
                .Select(g => new P.FindingCount { Code = g.Key.Code, Rule = g.Key.Rule, Severity = EnumMaps.Severities.ToProto(g.Key.Severity), Count = g.Count() })
                .OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal));
        }
        return response;
    }

    /// <summary>At most this many findings in a response, and about this many bytes of them; the counts and the summary cover the rest.</summary>
    public const int MaxFindings = 500;

    public const long MaxFindingBytes = 1024 * 1024;

    /// <summary>From this many findings on, a response also counts them by rule.</summary>
    public const int SummaryFrom = 100;

    public static P.Finding ToProto(Finding f, bool supervision = false, bool plan = false)
    {
        var proto = new P.Finding
        {
            Code = f.Code,
            Rule = f.Rule,
            Severity = EnumMaps.Severities.ToProto(f.Severity),
            Path = ProtoPath(f.Path, supervision, plan),
            Criterion = f.Criterion?.ToString() ?? string.Empty,
            MessageVi = f.Message.Vietnamese,
            MessageEn = f.Message.English,
            Message = f.Text,
        };
        foreach (var (key, value) in f.Arguments)
        {
            proto.Arguments[key] = value;
        }
        return proto;
    }

    /// <summary>
    /// "Groups[2].Rows[0].TargetLevel" → "groups[2].items[0].target_level" for a plan (its proto groups hold items) and
    /// "groups[2].rows[0]…" for a report; the supervision team's fields sit at the top of the proto.
    /// </summary>
    public static string ProtoPath(string path, bool supervision, bool plan = false)
    {
        if (plan)
        {
            path = path.Replace(".Rows[", ".Items[", StringComparison.Ordinal);
        }
        if (supervision && path.StartsWith("Team.", StringComparison.Ordinal))
        {
            path = path.Substring(5);
        }
        var builder = new StringBuilder(path.Length + 8);
        for (int i = 0; i < path.Length; i++)
        {
            char c = path[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && path[i - 1] != '.' && path[i - 1] != '[')
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    // ---------- catalog ----------

    public static P.Framework ToProto(FrameworkVersion f, P.FrameworkView view)
    {
        var proto = new P.Framework
        {
            Name = FrameworkName(f), LegalDocument = f.LegalDocument, Title = f.Title, Issuer = f.Issuer, IssueDate = ToProto(f.IssuedOn),
            EffectiveFrom = ToProto(f.EffectiveFrom), EffectiveUntil = ToProto(f.EffectiveUntil), LevelCount = f.LevelCount,
            RuleKind = EnumMaps.RuleKinds.ToProto(f.Rule.Kind), CriterionCount = f.Criteria.Count, IndicatorCount = f.IndicatorCount,
        };
        proto.SchoolTypes.AddRange(f.SchoolTypes.Select(EnumMaps.SchoolTypes.ToProto));
        proto.Standards.AddRange(f.Standards.Select(s =>
        {
            var standard = new P.Standard { Number = s.Number.Value, Title = s.Title };
            standard.Criteria.AddRange(s.Criteria.Select(c => ToProto(f, c, view == P.FrameworkView.Full)));
            return standard;
        }));
        if (view == P.FrameworkView.Full)
        {
            proto.AdditionalRequirements.AddRange(f.AdditionalRequirements.Select(a => new P.AdditionalRequirement { Clause = a.Clause, Level = a.Level.Value, Text = a.Text }));
        }
        return proto;
    }

    public static P.Criterion ToProto(FrameworkVersion f, Criterion c, bool withIndicators)
    {
        var proto = new P.Criterion { Name = $"{FrameworkName(f)}/criteria/{c.Id}", Id = c.Id.ToString(), Title = c.Name, HighestLevel = c.HighestLevel.Value };
        if (withIndicators)
        {
            proto.Indicators.AddRange(c.Indicators.Select(i => new P.Indicator { Level = i.Level.Value, Key = i.Key.ToString(), Text = i.Text }));
        }
        return proto;
    }

    // ---------- assessment ----------

    public static P.SchoolLevelEvaluation ToProto(SchoolLevelEvaluation e)
    {
        D.BilingualText explanation = e.Describe();
        var proto = new P.SchoolLevelEvaluation { AchievedLevel = e.AchievedValue, ExplanationVi = explanation.Vietnamese, ExplanationEn = explanation.English };
        proto.Criteria.AddRange(e.Criteria.Select(c => new P.CriterionEvaluation { Criterion = c.Criterion.Id.ToString(), AchievedLevel = c.AchievedValue, Pending = c.IsPending }));
        proto.Gaps.AddRange(e.Gaps.Select(g =>
        {
            D.BilingualText text = g.Describe();
            var gap = new P.LevelGap { Level = g.Level.Value, ExplanationVi = text.Vietnamese, ExplanationEn = text.English };
            gap.NotMet.AddRange(g.NotMet.Select(Ref));
            gap.NotAssessed.AddRange(g.NotAssessed.Select(Ref));
            gap.AdditionalNotMet.AddRange(g.AdditionalNotMet.Select(a => a.Clause));
            gap.AdditionalNotAssessed.AddRange(g.AdditionalNotAssessed.Select(a => a.Clause));
            gap.BlockingCriteria.AddRange(g.BlockingCriteria.Select(c => c.ToString()));
            gap.PendingCriteria.AddRange(g.PendingCriteria.Select(c => c.ToString()));
            return gap;
        }));
        return proto;
    }

    private static P.IndicatorRef Ref(Indicator i) => new() { Criterion = i.Criterion.ToString(), Level = i.Level.Value, Key = i.Key.ToString() };

    // ---------- calendar ----------

    public static P.SchoolYearCalendar ToProto(SchoolCalendar c)
    {
        var proto = new P.SchoolYearCalendar
        {
            SchoolYear = c.Year.ToString(), Decision = c.Frame.Decision, Provisional = c.IsProvisional, Province = c.Province?.Province ?? string.Empty,
            ReportDay = ToProto(c.ReportDay), Opening = ToProto(c.Opening), SemesterOne = ToProto(c.GetSemester(Semester.First)),
            SemesterTwo = ToProto(c.GetSemester(Semester.Second)), YearLastDay = ToProto(c.YearLastDay),
            CompletionReviewLastDay = ToProto(c.CompletionReviewLastDay), AdmissionsLastDay = ToProto(c.AdmissionsLastDay),
            Summer = ToProto(c.Summer), AdministrativeYear = ToProto(c.AdministrativeYear), TeachingWeeks = c.Frame.TeachingWeeks,
            GraduationExam = c.Frame.GraduationExam is { } exam ? ToProto(exam) : null, Tet = ToProto(c.Frame.Tet),
        };
        proto.Breaks.AddRange(c.Breaks.Select(b => new P.SchoolBreak { Name = b.Name, Days = ToProto(b.Days) }));
        return proto;
    }

    // ---------- progress ----------

    public static P.PlanProgress ToProto(string name, PlanProgress progress)
    {
        var proto = new P.PlanProgress
        {
            Name = name, Date = ToProto(progress.Date), OverdueCount = progress.Overdue.Count(), DueSoonCount = progress.DueSoon.Count(),
            NotYetStartedCount = progress.NotYetStarted.Count(),
        };
        proto.Tasks.AddRange(progress.Tasks.Select(t =>
        {
            var task = new P.TaskProgress
            {
                Path = ProtoPath(t.Path, false, plan: true), Criterion = t.Criterion?.ToString() ?? string.Empty, Description = t.Task.Description, Lead = t.Task.Lead,
                Timeframe = t.Task.Timeframe, Start = ToProto(t.Days?.Start), End = ToProto(t.Days?.End), State = EnumMaps.TaskStates.ToProto(t.State),
            };
            if (t.DaysLeft is { } left)
            {
                task.DaysLeft = left;
            }
            return task;
        }));
        proto.Criteria.AddRange(progress.ByCriterion.Select(p => new P.CriterionProgress { Criterion = p.Key.ToString(), State = EnumMaps.TaskStates.ToProto(p.Value) }));
        proto.Checkpoints.AddRange(progress.Checkpoints.Select(c => new P.Checkpoint
        {
            NameVi = c.Name.Vietnamese, NameEn = c.Name.English, Due = ToProto(c.Due), HasMinutes = c.HasMinutes, Past = c.IsPast,
        }));
        return proto;
    }
}
